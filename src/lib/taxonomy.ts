import { readFileSync } from 'node:fs';
import type { YAMLError } from 'yaml';
import { readYaml as parseYamlText } from './yaml.ts';
import { z } from 'astro/zod';
import { TAXONOMY_DIR } from './paths.ts';

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

export type Skill = z.output<typeof skillSchema>;
export type Family = z.output<typeof familySchema>;

export interface Taxonomy {
  /** Category key → label, in the order editors listed them. */
  categories: Map<string, string>;
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

function readYaml(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new TaxonomyError([
      { file, message: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? error})` },
    ]);
  }
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

/** Checks the parsed files together: categories exist, no name or spelling is claimed twice. */
export function buildTaxonomy(
  skillsData: unknown,
  familiesData: unknown,
  files = { skills: 'skills.yaml', families: 'families.yaml' },
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
  return { categories, skills: skillsFile.data.skills, families: families.data };
}

/** Reads `skills.yaml` and `families.yaml` from the taxonomy folder. */
export function loadTaxonomy(dir = TAXONOMY_DIR): Taxonomy {
  const files = { skills: `${dir}/skills.yaml`, families: `${dir}/families.yaml` };
  return buildTaxonomy(readYaml(files.skills), readYaml(files.families), files);
}
