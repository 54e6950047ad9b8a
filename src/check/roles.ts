import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, parse, relative, sep } from 'node:path';
import { closest, distance } from 'fastest-levenshtein';
import { roleSchema, SUMMARY_MAX } from '../schemas/role.ts';
import { LEVELS } from '../lib/levels.ts';
import type { Taxonomy } from '../lib/taxonomy.ts';
import { compileSkills } from '../ingest/skills.ts';
import { unlistedSkills } from './skills.ts';
import { toSlug } from '../lib/slug.ts';
import { checkBody, parseBody, type BodyContext, type BodyInfo } from './body.ts';
import { checkSchema } from './fields.ts';
import { parseYaml, splitFrontmatter, type ParsedYaml } from './frontmatter.ts';
import type { Problem } from './problems.ts';

/** Larger than any role page needs; a bigger file is a mistake (a pasted export, a binary). */
export const MAX_PAGE_BYTES = 100 * 1024;
/** Ids the role layout adds to every role page, for links like /roles/x/#skills. */
const LAYOUT_IDS = [
  'main',
  'skills',
  'openings',
  'apply',
  'working-here',
  'story-equal-opportunity',
  'story-adjustments',
  'related',
];

export interface Loaded {
  file: string;
  path: string;
  slug: string;
  mdx: boolean;
  yaml?: ParsedYaml;
  data?: Record<string, unknown>;
  body?: BodyInfo;
  /** The Markdown after the frontmatter, as written. */
  markdown?: string;
  bodyLine: number;
}

export interface CheckOptions {
  root: string;
  rolesDir: string;
  publicDir: string;
  taxonomy: Taxonomy;
  now?: Date;
  /** Other pages a body may link to (the jobs pages), with their ids. */
  pages?: Map<string, Set<string>>;
  /** Receives every page of the site with its ids, for checking the links of other content. */
  sitePages?: (pages: Map<string, Set<string>>) => void;
  /** Receives the role pages as read, so that what else needs them need not read them again. */
  loaded?: (roles: Loaded[]) => void;
}

export function suggest(value: string, candidates: string[], aliases: Map<string, string>): string | undefined {
  const alias = aliases.get(value.toLowerCase());
  if (alias) return alias;
  const lower = candidates.map((c) => c.toLowerCase());
  const best = closest(value.toLowerCase(), lower);
  return distance(value.toLowerCase(), best) <= Math.max(2, Math.floor(value.length / 3))
    ? candidates[lower.indexOf(best)]
    : undefined;
}

/** What a kind of page is called in messages, and how an editor starts one. */
export interface PageKind {
  what: string;
  start: string;
  fields: string;
}

const ROLE_PAGE: PageKind = {
  what: 'a role page',
  start: '`npm run new -- "Role title"`',
  fields: 'title, summary, levels, family, skills',
};

/** Reads one page; problems with the file itself stop there, problems with fields are listed. */
export function load(
  path: string,
  options: Pick<CheckOptions, 'root'>,
  problems: Problem[],
  kind: PageKind = ROLE_PAGE,
): Loaded | undefined {
  const file = relative(options.root, path).split(sep).join('/');
  const fileProblem = (message: string, hint?: string) =>
    problems.push({ file, line: 1, column: 1, field: 'file', message, severity: 'error', ...(hint ? { hint } : {}) });
  const size = statSync(path).size;
  if (size === 0) return void fileProblem('the file is empty', `start from ${kind.start}`);
  if (size > MAX_PAGE_BYTES)
    return void fileProblem(
      `the file is ${Math.round(size / 1024)} KB; ${kind.what} is under ${MAX_PAGE_BYTES / 1024} KB`,
      'is it the right file?',
    );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch {
    return void fileProblem('the file is not valid UTF-8 text', 'save it as UTF-8 in your editor');
  }
  const { name, ext } = parse(path);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) {
    // The file name is the page's address; Astro would change one written otherwise, and links would miss it.
    fileProblem(
      `the file name "${name}${ext}" is not a page address`,
      `use lowercase letters, digits and dashes: ${toSlug(name) || 'page-name'}${ext}`,
    );
  }
  const loaded: Loaded = { file, path, slug: name, mdx: ext === '.mdx', bodyLine: 1 };
  const split = splitFrontmatter(text.replace(/^\uFEFF/, ''));
  loaded.bodyLine = split.bodyLine;
  if (split.yaml === undefined) {
    fileProblem(
      'the file has no frontmatter',
      `start it with a --- line, the fields (${kind.fields}), and another --- line`,
    );
  } else {
    loaded.yaml = parseYaml(split.yaml, split.yamlLine);
    for (const error of loaded.yaml.errors) {
      problems.push({
        file,
        line: error.line,
        column: error.column,
        field: 'frontmatter',
        message: `the YAML does not parse: ${error.message}`,
        hint: 'check indentation, colons and quotes around values that contain ": "',
        severity: 'error',
      });
    }
    const data = loaded.yaml.data;
    if (loaded.yaml.errors.length === 0) {
      if (data && typeof data === 'object' && !Array.isArray(data)) loaded.data = data as Record<string, unknown>;
      else
        problems.push({
          file,
          line: split.yamlLine,
          column: 1,
          field: 'frontmatter',
          message: 'the frontmatter is not a list of fields',
          severity: 'error',
        });
    }
  }
  loaded.markdown = split.body;
  loaded.body = parseBody(split.body);
  // Placeholders from `npm run new` left in: fine while drafting, an error once published.
  const placeholder = /\bReplace with\b/.exec(text);
  if (placeholder) {
    const line = text.slice(0, placeholder.index).split('\n').length;
    const draft = loaded.data?.draft === true;
    problems.push({
      file,
      line,
      column: placeholder.index - text.lastIndexOf('\n', placeholder.index - 1),
      field: line < loaded.bodyLine ? 'frontmatter' : 'body',
      message: 'placeholder text from `npm run new` is still here',
      hint: draft
        ? 'replace it before you remove draft: true'
        : 'replace it with the real text before this page is published',
      severity: draft ? 'warning' : 'error',
    });
  }
  return loaded;
}

/** Where a page's body is and how it is written, for the body checks. */
export function bodyPlace(page: Loaded): Pick<BodyContext, 'file' | 'path' | 'bodyLine' | 'mdx'> {
  return { file: page.file, path: page.path, bodyLine: page.bodyLine, mdx: page.mdx };
}

const namesOf = new WeakMap<Taxonomy, { names: string[]; known: Set<string>; aliases: Map<string, string> }>();

/** The taxonomy's names and spellings, worked out once for all the pages it checks. */
function skillNames(taxonomy: Taxonomy) {
  let found = namesOf.get(taxonomy);
  if (!found) {
    const names = taxonomy.skills.map((s) => s.name);
    const aliases = new Map(
      taxonomy.skills.flatMap((s) =>
        [...s.aliases, ...s.exact, ...s.contextual].map((a) => [a.toLowerCase(), s.name] as const),
      ),
    );
    namesOf.set(taxonomy, (found = { names, known: new Set(names), aliases }));
  }
  return found;
}

function checkFields(role: Loaded, options: CheckOptions, problems: Problem[]) {
  const { data, yaml, file } = role;
  if (!data || !yaml) return;
  const { add } = checkSchema({ file, yaml, data }, roleSchema, problems, ({ issue, path, field }, add) => {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const guess = suggest(key, Object.keys(roleSchema.shape), new Map());
        add(
          [key],
          `"${key}" is not a field of a role page${guess ? ` (did you mean ${guess}?)` : ''}`,
          `the fields are ${Object.keys(roleSchema.shape).join(', ')}`,
        );
      }
    } else if (field === 'levels' && issue.code === 'invalid_value') {
      add(
        path,
        `"${String((data.levels as unknown[])[path[1] as number])}" is not a level`,
        `use one of ${LEVELS.join(', ')}`,
      );
    } else if (field === 'updated') {
      // Reported below, with the value as written.
    } else if (path.length === 1 && data[field] === undefined) {
      add(path, `${field} is missing`, fieldHint(field));
    } else if (field === 'summary' && issue.code === 'too_big') {
      add(
        path,
        `the summary is ${String(data.summary).length} characters; role cards and meta descriptions need ${SUMMARY_MAX} or fewer`,
        'keep it to one or two sentences',
      );
    } else {
      add(path, issue.message, fieldHint(field));
    }
  });
  const families = options.taxonomy.families.map((f) => f.id);
  if (typeof data.family === 'string' && !families.includes(data.family)) {
    const guess = suggest(data.family, families, new Map());
    add(
      ['family'],
      `"${data.family}" is not a role family${guess ? ` (did you mean ${guess}?)` : ''}`,
      `use one of ${families.join(', ')}, or add the family to content/taxonomy/families.yaml`,
    );
  }
  if (Array.isArray(data.skills)) {
    const { names, known, aliases } = skillNames(options.taxonomy);
    data.skills.forEach((skill, index) => {
      if (typeof skill !== 'string' || known.has(skill)) return;
      const guess = suggest(skill, names, aliases);
      add(
        ['skills', index],
        `"${skill}" is not in the skills taxonomy${guess ? ` (did you mean ${guess}?)` : ''}`,
        `use the name from content/taxonomy/skills.yaml, or add "${skill}" there with its category`,
      );
    });
  }
  if ('updated' in data) {
    // The schema decides what is a date; the message says what the editor wrote.
    const date = roleSchema.shape.updated.safeParse(data.updated).data;
    if (!date) add(['updated'], `"${String(data.updated)}" is not a date`, 'write it as YYYY-MM-DD, e.g. 2026-03-01');
    else if (date.getTime() > (options.now ?? new Date()).getTime())
      add(['updated'], `${date.toISOString().slice(0, 10)} is in the future`, 'use the date the role last changed');
  }
}

function fieldHint(field: string): string | undefined {
  const hints: Record<string, string> = {
    title: 'the role as candidates search for it, e.g. "Senior Backend Engineer"',
    summary: 'one or two sentences for role cards and search results',
    levels: `a list such as [senior] or [senior, staff], from ${LEVELS.join(', ')}`,
    family: 'a family id from content/taxonomy/families.yaml, e.g. backend',
    skills: 'a list of names from content/taxonomy/skills.yaml',
    experience: 'min (and max) years, e.g. { min: 5, max: 10 }',
    draft: 'true or false',
    apply: 'an https:// link or a mailto: address',
  };
  return hints[field];
}

/** Checks every role page, each on its own and all together (duplicates, links between them). */
export function checkRoles(options: CheckOptions): Problem[] {
  const problems: Problem[] = [];
  const files = readdirSync(options.rolesDir)
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .map((name) => join(options.rolesDir, name));
  const roles = files.map((path) => load(path, options, problems)).filter((r): r is Loaded => r !== undefined);
  options.loaded?.(roles);

  const bySlug = new Map<string, Loaded>();
  const byTitle = new Map<string, Loaded>();
  for (const role of roles) {
    const other = bySlug.get(role.slug);
    if (other)
      problems.push({
        file: role.file,
        line: 1,
        column: 1,
        field: 'file',
        message: `the page address /roles/${role.slug}/ is also ${other.file}'s`,
        hint: 'rename one of the files',
        severity: 'error',
      });
    else bySlug.set(role.slug, role);
    const title = typeof role.data?.title === 'string' ? role.data.title.trim().toLowerCase() : undefined;
    if (!title) continue;
    const same = byTitle.get(title);
    if (same)
      problems.push({
        file: role.file,
        ...role.yaml!.position(['title']),
        field: 'title',
        message: `the title "${String(role.data!.title)}" is also the title of ${same.file}`,
        hint: 'give each role its own title',
        severity: 'error',
      });
    else byTitle.set(title, role);
  }

  const pages = new Map<string, Set<string>>();
  for (const path of ['/', '/roles/', '/skills/', '/career-path/', '/compare/', '/search/'])
    pages.set(path, new Set(['main']));
  for (const level of LEVELS) pages.set(`/roles/level/${level}/`, new Set(['main']));
  for (const family of options.taxonomy.families) pages.set(`/roles/family/${family.id}/`, new Set(['main']));
  for (const skill of options.taxonomy.skills) pages.set(`/skills/${toSlug(skill.name)}/`, new Set(['main']));
  for (const role of roles) pages.set(`/roles/${role.slug}/`, new Set([...LAYOUT_IDS, ...(role.body?.ids ?? [])]));
  for (const [path, ids] of options.pages ?? []) pages.set(path, ids);
  options.sitePages?.(pages);

  const matcher = compileSkills(options.taxonomy);
  for (const role of roles) {
    checkFields(role, options, problems);
    const listed = role.data?.skills;
    if (role.body && Array.isArray(listed) && listed.every((s) => typeof s === 'string'))
      problems.push(...unlistedSkills(role.body, listed, matcher, { file: role.file, bodyLine: role.bodyLine }));
    if (role.body) {
      problems.push(
        ...checkBody(role.body, {
          ...bodyPlace(role),
          publicDir: options.publicDir,
          page: (path) => pages.get(path),
          ownIds: pages.get(`/roles/${role.slug}/`)!,
        }),
      );
    }
  }
  return problems;
}
