import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { loadSettings } from '../lib/settings.ts';
import { loadHiring } from '../lib/hiring.ts';
import { ContentFileError } from '../lib/yaml-file.ts';
import { loadTaxonomy, TaxonomyError, type Taxonomy } from '../lib/taxonomy.ts';
import { buildReport, byPlace, type Problem } from './problems.ts';
import { checkRoles, type Loaded } from './roles.ts';
import { checkOpenings, openingPages } from './openings.ts';
import { DEFAULT_PAY_TRANSPARENCY, type Settings } from '../lib/settings.ts';
import { readMatter } from '../lib/yaml.ts';

export interface ContentCheck {
  problems: Problem[];
  errors: number;
  warnings: number;
  files: number;
  /** The role pages as the checks read them (their frontmatter and Markdown), by path (the roles folder's, joined with the file name). */
  roles: Map<string, Loaded>;
}

/**
 * Checks all content in a content folder (settings, taxonomy, every role page) and returns every
 * problem found, sorted by place. Reads only; never writes.
 */
export function checkContent(contentDir: string, root = process.cwd(), now = new Date()): ContentCheck {
  const problems: Problem[] = [];
  const show = (path: string) => relative(root, path).split(sep).join('/');
  let settings: Settings | undefined;
  for (const load of [
    () => (settings = loadSettings(join(contentDir, 'site.yaml'))),
    () => loadHiring(join(contentDir, 'hiring.yaml')),
  ]) {
    try {
      load();
    } catch (error) {
      if (!(error instanceof ContentFileError)) throw error;
      for (const problem of error.problems) problems.push({ ...problem, file: show(problem.file), severity: 'error' });
    }
  }
  let taxonomy: Taxonomy | undefined;
  try {
    taxonomy = loadTaxonomy(join(contentDir, 'taxonomy'));
  } catch (error) {
    if (!(error instanceof TaxonomyError)) throw error;
    for (const problem of error.problems) {
      problems.push({
        file: show(problem.file),
        line: problem.line ?? 1,
        column: problem.column ?? 1,
        field: 'taxonomy',
        message: problem.message,
        severity: 'error',
      });
    }
  }
  const rolesDir = join(contentDir, 'roles');
  const openingsDir = join(contentDir, 'openings');
  const hasOpenings = existsSync(openingsDir);
  let files = 0;
  let pages = new Map<string, Set<string>>();
  const roles = new Map<string, Loaded>();
  if (taxonomy && existsSync(rolesDir)) {
    const found = checkRoles({
      root,
      rolesDir,
      publicDir: join(root, 'public'),
      taxonomy,
      now,
      ...(hasOpenings ? { pages: openingPages(openingsDir) } : {}),
      sitePages: (all) => (pages = all),
      loaded: (all) => all.forEach((role) => roles.set(role.path, role)),
    });
    // One by one: spread as arguments, a site's hundred thousand warnings overflow the stack.
    for (const problem of found) problems.push(problem);
    files = new Set(found.map((p) => p.file)).size;
  }
  if (hasOpenings) {
    const found = checkOpenings({
      root,
      openingsDir,
      publicDir: join(root, 'public'),
      roles: roleTitles(rolesDir, roles),
      payTransparency: (settings as Settings | undefined)?.payTransparency ?? DEFAULT_PAY_TRANSPARENCY,
      pages,
    });
    for (const problem of found) problems.push(problem);
    files += new Set(found.map((p) => p.file)).size;
  }
  problems.sort(byPlace);
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { problems, errors, warnings: problems.length - errors, files, roles };
}

/**
 * Role slugs and their titles, as the files say (a role's own problems are reported on it): from
 * the pages the role check has read, else from the file.
 */
function roleTitles(dir: string, loaded: Map<string, Loaded>): Map<string, string> {
  const roles = new Map<string, string>();
  if (!existsSync(dir)) return roles;
  for (const name of readdirSync(dir).filter((n) => /\.mdx?$/.test(n))) {
    const path = join(dir, name);
    let title: unknown = loaded.get(path)?.data?.title;
    if (!loaded.has(path)) {
      try {
        title = (readMatter(readFileSync(path, 'utf8')).data as { title?: unknown }).title;
      } catch {
        // Unreadable frontmatter: the role check says so; the slug still exists.
      }
    }
    roles.set(name.replace(/\.mdx?$/, ''), typeof title === 'string' ? title : '');
  }
  return roles;
}

/**
 * The checks as `npm run build` runs them: how long they took, then what they found (every
 * error, the first warnings: see buildReport), each in one write.
 */
export function checkForBuild(contentDir: string): ContentCheck {
  const started = performance.now();
  const result = checkContent(contentDir);
  console.log(`Content checked in ${Math.round(performance.now() - started)}ms.`);
  // One write: thousands of separate ones to a pipe would each wait for the reader.
  process.stderr.write(buildReport(result.problems));
  return result;
}
