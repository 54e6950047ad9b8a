import { existsSync, readFileSync } from 'node:fs';
import type { YAMLError } from 'yaml';
import { readYaml as parseYamlText } from './yaml.ts';
import { z } from 'astro/zod';
import { TAXONOMY_DIR } from './paths.ts';
import { VOCABULARY_FILE } from './vocabulary.ts';

const skillSchema = z.object({
  /** The canonical name shown on the site. */
  name: z.string().trim().min(1),
  /** A key of `categories`. */
  category: z.string().trim().min(1),
  /** Other spellings, matched in any letter case. */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** Spellings matched only in exactly this letter case. */
  exact: z.array(z.string().trim().min(1)).default([]),
  /** Everyday words that name the skill only in context (in a list of skills, after "experience with"). */
  contextual: z.array(z.string().trim().min(1)).default([]),
  /** Phrases that hold a spelling and name something else ("communication over CAN bus"). */
  not: z.array(z.string().trim().min(1)).default([]),
  /** Skills one of which a sentence must also name for this skill's everyday spellings to count there. */
  near: z.array(z.string().trim().min(1)).default([]),
});

const skillsFileSchema = z.object({
  categories: z.record(z.string(), z.string().trim().min(1)),
  skills: z.array(skillSchema).min(1),
});

const familySchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'use lowercase letters, digits and dashes'),
  name: z.string().trim().min(1),
  keywords: z.array(z.string().trim().min(1)).min(1),
});

const vocabularySchema = z.object({ skills: z.array(skillSchema) });

/** A skill, and whether editors wrote it in skills.yaml or `npm run vocabulary` generated it. */
export type Skill = z.output<typeof skillSchema> & { origin?: 'vocabulary' };
export type Family = z.output<typeof familySchema>;

/**
 * Categories whose skills are named in everyday words ("communication", "code reviews", "Agile"),
 * in each language the ingest reads: their spellings help read a text, they are not other names
 * a visitor searches a role by.
 */
export const CONCEPT_CATEGORIES: ReadonlySet<string> = new Set(['practice', 'leadership']);

export interface Taxonomy {
  /** Category key → label, in the order editors listed them. */
  categories: Map<string, string>;
  /** The curated skills of skills.yaml, then the generated vocabulary's that no curated skill names. */
  skills: Skill[];
  families: Family[];
}

/** One thing wrong in a taxonomy file, at a line where it is known. */
export interface TaxonomyProblem {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

/** Thrown when a taxonomy file cannot be used; `problems` says where and what, one entry each. */
export class TaxonomyError extends Error {
  override name = 'TaxonomyError';
  readonly problems: TaxonomyProblem[];
  constructor(problems: TaxonomyProblem[]) {
    super(
      problems
        .map(({ file, line, column, message }) => `${file}${line ? `:${line}:${column ?? 1}` : ''}: ${message}`)
        .join('\n'),
    );
    this.problems = problems;
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new TaxonomyError([
      { file, message: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? error})` },
    ]);
  }
}

function readYaml(file: string): unknown {
  const text = readText(file);
  try {
    return parseYamlText(text);
  } catch (error) {
    // The YAML parser's message ends with a picture of the line; the position says it already.
    const { message, linePos } = error as YAMLError;
    const at = linePos?.[0];
    throw new TaxonomyError([
      {
        file,
        ...(at ? { line: at.line, column: at.col } : {}),
        message: message
          .split('\n')[0]!
          .replace(/ at line \d+, column \d+:?$/, '')
          .trim(),
      },
    ]);
  }
}

function describeIssues(file: string, error: z.ZodError): TaxonomyProblem[] {
  return error.issues.map((issue) => ({ file, message: `${issue.path.join('.') || '(top)'}: ${issue.message}` }));
}

/**
 * The generated skills beneath the curated ones: a vocabulary skill that a curated skill already
 * names is left out, and so is any spelling of it that a curated skill claims.
 */
function mergeVocabulary(data: unknown, file: string, categories: Map<string, string>, owner: Map<string, string>) {
  const parsed = vocabularySchema.safeParse(data);
  if (!parsed.success) throw new TaxonomyError(describeIssues(file, parsed.error));
  const skills: Skill[] = [];
  const problems: TaxonomyProblem[] = [];
  for (const skill of parsed.data.skills) {
    if (!categories.has(skill.category)) {
      problems.push({ file, message: `${skill.name}: category "${skill.category}" is not in skills.yaml` });
      continue;
    }
    // A curated skill with the same name or spelling is the same technology, as editors wrote it.
    if ([skill.name, ...skill.aliases, ...skill.exact].some((form) => owner.has(form.toLowerCase()))) continue;
    const free = (form: string) => !owner.has(form.toLowerCase());
    const merged: Skill = {
      ...skill,
      aliases: skill.aliases.filter(free),
      exact: skill.exact.filter(free),
      contextual: skill.contextual.filter(free),
      origin: 'vocabulary',
    };
    for (const form of [merged.name, ...merged.aliases, ...merged.exact, ...merged.contextual])
      owner.set(form.toLowerCase(), merged.name);
    skills.push(merged);
  }
  if (problems.length > 0) throw new TaxonomyError(problems);
  return skills;
}

/** Checks the parsed files together: categories exist, no name or spelling is claimed twice. */
export function buildTaxonomy(
  skillsData: unknown,
  familiesData: unknown,
  files: { skills: string; families: string; vocabulary?: string } = {
    skills: 'skills.yaml',
    families: 'families.yaml',
  },
  vocabularyData?: unknown,
): Taxonomy {
  const skillsFile = skillsFileSchema.safeParse(skillsData);
  if (!skillsFile.success) throw new TaxonomyError(describeIssues(files.skills, skillsFile.error));
  const families = z.array(familySchema).min(1).safeParse(familiesData);
  if (!families.success) throw new TaxonomyError(describeIssues(files.families, families.error));

  const problems: TaxonomyProblem[] = [];
  const categories = new Map(Object.entries(skillsFile.data.categories));
  const owner = new Map<string, string>();
  skillsFile.data.skills.forEach((skill, index) => {
    if (!categories.has(skill.category)) {
      problems.push({
        file: files.skills,
        message: `skills.${index} (${skill.name}): category "${skill.category}" is not one of ${[...categories.keys()].join(', ')}`,
      });
    }
    for (const form of new Set(
      [skill.name, ...skill.aliases, ...skill.exact, ...skill.contextual].map((f) => f.toLowerCase()),
    )) {
      const other = owner.get(form);
      if (other !== undefined && other !== skill.name) {
        problems.push({
          file: files.skills,
          message: `skills.${index} (${skill.name}): "${form}" already names ${other}`,
        });
      }
      owner.set(form, skill.name);
    }
  });
  const ids = new Set<string>();
  for (const family of families.data) {
    if (ids.has(family.id)) problems.push({ file: files.families, message: `family "${family.id}" is listed twice` });
    ids.add(family.id);
  }
  if (problems.length > 0) throw new TaxonomyError(problems);
  const skills: Skill[] = skillsFile.data.skills;
  if (vocabularyData !== undefined)
    skills.push(...mergeVocabulary(vocabularyData, files.vocabulary ?? 'vocabulary.json', categories, owner));
  return { categories, skills, families: families.data };
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readText(file));
  } catch (error) {
    if (error instanceof TaxonomyError) throw error;
    throw new TaxonomyError([
      { file, message: `the file is not JSON (${(error as Error).message}); run npm run vocabulary` },
    ]);
  }
}

/**
 * Reads `skills.yaml` and `families.yaml` from the taxonomy folder, and the generated
 * `vocabulary.json` beneath them where there is one (`vocabulary: false` leaves it out).
 */
export function loadTaxonomy(dir = TAXONOMY_DIR, options: { vocabulary?: boolean } = {}): Taxonomy {
  const files = { skills: `${dir}/skills.yaml`, families: `${dir}/families.yaml`, vocabulary: VOCABULARY_FILE(dir) };
  const vocabulary =
    options.vocabulary !== false && existsSync(files.vocabulary) ? readJson(files.vocabulary) : undefined;
  return buildTaxonomy(readYaml(files.skills), readYaml(files.families), files, vocabulary);
}
