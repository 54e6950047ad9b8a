/**
 * `npm run check`: every problem in the content, as `path:line:column  field  message` and a hint.
 * Exits 1 when there are errors, 0 when there are only warnings.
 */
import { CONTENT_DIR } from '../lib/paths.ts';
import { checkContent } from './index.ts';
import { formatProblem } from './problems.ts';

const { problems, errors, warnings } = checkContent(CONTENT_DIR);
// One write for them all: a check of thousands of pages can have thousands of warnings.
if (problems.length > 0) process.stderr.write(`${problems.map(formatProblem).join('\n')}\n`);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
console.log(
  errors || warnings
    ? `\n${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`
    : 'Content checked: no problems.',
);
process.exitCode = errors > 0 ? 1 : 0;
