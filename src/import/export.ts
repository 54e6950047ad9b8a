/**
 * An export's text as jobs: JSON first, then the shape of its system's API (zod). A file that is
 * not JSON, or not that shape, is refused whole, each problem at its line and column with the
 * field's path, so that nothing is written from half an export.
 */
import { LineCounter, parseDocument, type Node } from 'yaml';
import { SYSTEM_NAMES, type ImportedJob, type System } from './job.ts';
import { SYSTEMS } from './systems.ts';

export class ExportError extends Error {
  override name = 'ExportError';
}

const HINTS: Record<System, string> = {
  greenhouse:
    'export it from https://boards-api.greenhouse.io/v1/boards/{board}/jobs?content=true&pay_transparency=true',
  lever: 'export it from https://api.lever.co/v0/postings/{site}?mode=json (without mode=json Lever sends HTML)',
  ashby: 'export it from https://api.ashbyhq.com/posting-api/job-board/{name}?includeCompensation=true',
};

/** Line and column (1-based) of an offset in a text. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** "jobs[2].location.name" for a zod path. */
function pathText(path: PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}${out ? '.' : ''}${String(key)}`),
    '',
  );
}

export function parseExport(system: System, text: string, name: string): { jobs: ImportedJob[]; notes: string[] } {
  const reader = SYSTEMS[system];
  if (text.trim() === '') throw new ExportError(`${name}: the export is empty; ${HINTS[system]}`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const where = at ? position(text, Number(at[1])) : { line: 1, column: 1 };
    const html = /^\s*</.test(text) ? ' (it looks like HTML)' : '';
    throw new ExportError(
      `${name}:${where.line}:${where.column}: the export is not JSON${html}: ${message.replace(/\s*\(line \d+ column \d+\)/, '')}; ${HINTS[system]}`,
    );
  }
  const result = reader.schema.safeParse(raw);
  if (!result.success) {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines });
    const place = (path: (string | number)[]) => {
      for (let depth = path.length; depth >= 0; depth--) {
        const node = (depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true)) as Node | null | undefined;
        if (node?.range) {
          const { line, col } = lines.linePos(node.range[0]);
          return { line, column: col };
        }
      }
      return { line: 1, column: 1 };
    };
    const issues = result.error.issues.slice(0, 10).map((issue) => {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const jobIndex = system === 'lever' ? path[0] : path[0] === 'jobs' ? path[1] : undefined;
      const job =
        typeof jobIndex === 'number'
          ? ((system === 'lever' ? (raw as unknown[]) : (raw as { jobs: unknown[] }).jobs)[jobIndex] as
              Record<string, unknown> | undefined)
          : undefined;
      const id = job && (typeof job.id === 'string' || typeof job.id === 'number') ? ` (job ${job.id})` : '';
      const { line, column } = place(path);
      return `${name}:${line}:${column}  ${pathText(path) || '(top)'}${id}: ${issue.message}`;
    });
    const more = result.error.issues.length > 10 ? `\n…and ${result.error.issues.length - 10} more` : '';
    throw new ExportError(
      `${name} is not a ${SYSTEM_NAMES[system]} export: it should be ${reader.shape}.\n${issues.join('\n')}${more}\n${HINTS[system]}`,
    );
  }
  return {
    jobs: reader.read(result.data as never),
    notes: reader.notes(result.data as never, raw),
  };
}
