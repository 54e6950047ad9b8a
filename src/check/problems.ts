/** One thing wrong with the content, where it is and how to fix it. */
export interface Problem {
  /** Path relative to the repository root. */
  file: string;
  line: number;
  column: number;
  /** The frontmatter field, or "body", or "file". */
  field: string;
  message: string;
  hint?: string;
  severity: 'error' | 'warning';
}

/** `path:line:column  field  message`, with the hint on the next line. */
export function formatProblem(problem: Problem): string {
  const head = `${problem.file}:${problem.line}:${problem.column}  ${problem.field}  ${problem.severity === 'warning' ? 'warning: ' : ''}${problem.message}`;
  return problem.hint ? `${head}\n    hint: ${problem.hint}` : head;
}

export function byPlace(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.field.localeCompare(b.field);
}
