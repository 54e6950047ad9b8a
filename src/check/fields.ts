import type { z } from 'astro/zod';
import type { ParsedYaml } from './frontmatter.ts';
import type { Problem } from './problems.ts';

/** Lists a problem at a place in the frontmatter: at its line and column, named by its dotted path. */
export type AddProblem = (
  path: (string | number)[],
  message: string,
  hint?: string,
  severity?: Problem['severity'],
) => void;

/** One issue the schema found, with where it is. */
export interface FieldIssue {
  issue: z.core.$ZodIssue;
  /** The path into the frontmatter (symbol keys left out). */
  path: (string | number)[];
  /** The top-level field the path starts at; empty for the frontmatter as a whole. */
  field: string;
}

/**
 * Checks a page's frontmatter against its schema. Each issue goes to `explain`, which says it in
 * the words of that kind of page through `add`; `add` is returned too, for the checks that follow.
 */
export function checkSchema<S extends z.ZodType>(
  page: { file: string; yaml: ParsedYaml; data: Record<string, unknown> },
  schema: S,
  problems: Problem[],
  explain: (found: FieldIssue, add: AddProblem) => void,
): { result: z.ZodSafeParseResult<z.output<S>>; add: AddProblem } {
  const { file, yaml, data } = page;
  const add: AddProblem = (path, message, hint, severity = 'error') =>
    problems.push({
      file,
      ...yaml.position(path),
      field: path.join('.') || 'frontmatter',
      message,
      severity,
      ...(hint ? { hint } : {}),
    });
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      explain({ issue, path, field: String(path[0] ?? '') }, add);
    }
  }
  return { result, add };
}
