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

/** Warnings `npm run build` prints before it only counts the rest: errors are always printed in full. */
export const BUILD_WARNINGS_SHOWN = 50;

/**
 * What a build prints of the checks' findings: every error, and the first `shown` warnings
 * (in the order found, which is by file and place), then how many more there are and where to
 * read them all. A site of thousands of pages can have tens of thousands of warnings, which no
 * one reads in a build's output; `npm run check` lists every one.
 */
export function buildReport(problems: Problem[], shown = BUILD_WARNINGS_SHOWN): string {
  const lines: string[] = [];
  let warnings = 0;
  const files = new Set<string>();
  for (const problem of problems) {
    if (problem.severity === 'warning') {
      warnings++;
      if (warnings > shown) {
        files.add(problem.file);
        continue;
      }
    }
    lines.push(formatProblem(problem));
  }
  const left = warnings - shown;
  if (left > 0) {
    const more = `${left.toLocaleString('en')} more warning${left === 1 ? '' : 's'}`;
    const where = `${files.size.toLocaleString('en')} file${files.size === 1 ? '' : 's'}`;
    lines.push(`… and ${more} in ${where}, not shown here: \`npm run check\` lists every one.`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
