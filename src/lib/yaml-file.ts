import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, type Node } from 'yaml';
import type { z } from 'astro/zod';
import { YAML_OPTIONS } from './yaml.ts';

/** One mistake in a content YAML file, where it is. */
export interface FileProblem {
  file: string;
  line: number;
  column: number;
  /** The entry, as a dotted path: `brand.accent`, `process.steps.2.name`. */
  field: string;
  message: string;
}

/** Thrown when a content file cannot be used; `problems` says where and what, one entry each. */
export class ContentFileError extends Error {
  override name = 'ContentFileError';
  readonly problems: FileProblem[];
  constructor(problems: FileProblem[]) {
    super(problems.map((p) => `${p.file}:${p.line}:${p.column}  ${p.field}  ${p.message}`).join('\n'));
    this.problems = problems;
  }
}

export type Issue = { path: (string | number)[]; message: string };

/**
 * A YAML file read against a schema (with the YAML engine every reader here shares), and then
 * `extra` checks on what it parsed to. Every problem
 * stops with its line and column: at the entry itself, or at the nearest entry around it that
 * exists (for one that is missing).
 */
export function checkedYaml<S extends z.ZodType>(
  file: string,
  schema: S,
  extra: (data: z.output<S>) => Issue[] = () => [],
  Failure: new (problems: FileProblem[]) => ContentFileError = ContentFileError,
): z.output<S> {
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { ...YAML_OPTIONS, lineCounter: lines });
  if (doc.errors.length > 0) {
    throw new Failure(
      doc.errors.map((error) => ({
        file,
        line: error.linePos?.[0].line ?? 1,
        column: error.linePos?.[0].col ?? 1,
        field: '(file)',
        message: `the YAML does not parse: ${error.message.split('\n')[0]}`,
      })),
    );
  }
  const place = (at: (string | number)[]) => {
    for (let depth = at.length; depth >= 0; depth--) {
      const node = (depth === 0 ? doc.contents : doc.getIn(at.slice(0, depth), true)) as Node | null | undefined;
      const offset = node?.range?.[0];
      if (offset !== undefined) {
        const { line, col } = lines.linePos(offset);
        return { line, column: col };
      }
    }
    return { line: 1, column: 1 };
  };
  const result = schema.safeParse(doc.toJS() ?? {});
  const issues: Issue[] = result.success
    ? extra(result.data)
    : result.error.issues.map((i) => ({ path: i.path as (string | number)[], message: i.message }));
  if (issues.length > 0) {
    throw new Failure(
      issues.map(({ path, message }) => ({ file, ...place(path), field: path.join('.') || '(top)', message })),
    );
  }
  return result.data as z.output<S>;
}
