import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTwoFilesPatch } from 'diff';

/** The file, kept beside the pages, that records what the ingest last wrote to each. */
export const MANIFEST = '.ingest.json';

export interface Manifest {
  /** Page file name → the source it came from and the SHA-256 of the page as written. */
  pages: Record<string, PageEntry>;
}

export interface PageEntry {
  source: string;
  sha256: string;
}

export type Status = 'created' | 'updated' | 'unchanged' | 'kept' | 'deleted' | 'overwritten';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function readOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** A record a run keeps beside what it writes (`{ "pages": {...} }`), and writes back when it changed. */
export interface KeptRecord<T> {
  /** The entries under the record's one key, to read and change. */
  entries: Record<string, T>;
  /** Writes the record where it has changed since it was read, unless this is a dry run. */
  save(dryRun: boolean): void;
}

/**
 * Reads the record `name` in `dir`, whose entries are under `key`. No record, or a damaged one,
 * is empty: it protects nothing, and every existing file is then an editor's. A record that is
 * there but cannot be read is an error, or with `unreadable: 'empty'` empty as well.
 */
export function keepRecord<T>(dir: string, name: string, key: string, unreadable: 'error' | 'empty'): KeptRecord<T> {
  const file = join(dir, name);
  let entries: Record<string, T> = {};
  let text: string | undefined;
  try {
    text = readOrUndefined(file);
  } catch (error) {
    if (unreadable === 'error') throw error;
  }
  if (text !== undefined) {
    try {
      entries = { ...(JSON.parse(text) as Record<string, Record<string, T>>)[key] };
    } catch {
      // Damaged: empty, as above.
    }
  }
  const before = recordText(key, entries);
  return {
    entries,
    save(dryRun) {
      const after = recordText(key, entries);
      if (!dryRun && after !== before) {
        ensureDir(dir);
        writeAtomically(file, after);
      }
    },
  };
}

/** Sorted keys and a final newline, so the record changes only when a page does. */
function recordText(key: string, entries: Record<string, unknown>): string {
  const sorted = Object.fromEntries(Object.entries(entries).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify({ [key]: sorted }, null, 2)}\n`;
}

export interface Decision {
  status: Status;
  /** The page as it is on disk now, where there is one. */
  current?: string;
}

/**
 * What writing `next` to a page would do. A page is replaced only when it is exactly what the
 * ingest last wrote; a page changed since, or made by hand, is kept unless `force` is set.
 */
export function decide(file: string, name: string, next: string, manifest: Manifest, force: boolean): Decision {
  const current = readOrUndefined(file);
  // Written before and gone now: an editor deleted it (a role retired), so it stays gone.
  if (current === undefined) return { status: manifest.pages[name] && !force ? 'deleted' : 'created' };
  if (current === next) return { status: 'unchanged', current };
  if (manifest.pages[name]?.sha256 === sha256(current)) return { status: 'updated', current };
  return { status: force ? 'overwritten' : 'kept', current };
}

/** Writes beside the target and renames, so a reader never sees half a file. */
export function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

export function ensureDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
}

/** Where a run prints. */
export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

const LABEL: Record<Status, [string, string]> = {
  created: ['created', 'would create'],
  updated: ['updated', 'would update'],
  unchanged: ['unchanged', 'unchanged'],
  kept: ['kept', 'would keep'],
  deleted: ['kept deleted', 'would keep deleted'],
  overwritten: ['overwritten', 'would overwrite'],
};
/** The status column: the longest label and two spaces, so that every path starts in one column. */
const LABEL_WIDTH =
  Math.max(
    ...Object.values(LABEL)
      .flat()
      .map((label) => label.length),
  ) + 2;

/** How a run writes its files. */
export interface WriteRun {
  /** The folder the files go to. */
  out: string;
  dryRun: boolean;
  force: boolean;
  /** What writes them, as messages name it ("the import wrote it"). */
  writer: 'import' | 'ingest';
  io: Output;
  /** A path as printed. */
  show: (path: string) => string;
}

export interface FileToWrite {
  file: string;
  /** The file's name in the record. */
  name: string;
  text: string;
  /** What the run wrote before: a file changed since is an editor's. */
  written: Manifest;
  /** The status line, after its label. */
  line: string;
  /** Prints what there is to say about the file (its warnings) under the status line. */
  notes: () => void;
  /** Notes the file in the run's record; called just before the file is written. */
  record: () => void;
}

/**
 * Writes one file as `decide` says, and prints what it did: the status line, the file's notes,
 * why a file is kept, and in a dry run what would change. A file kept (changed or deleted by an
 * editor) is not recorded or written, and a dry run records and writes nothing.
 */
export function writeRecorded(run: WriteRun, page: FileToWrite): Status {
  const { io, show } = run;
  const { file, text } = page;
  const { status, current } = decide(file, page.name, text, page.written, run.force);
  io.out(`${LABEL[status][run.dryRun ? 1 : 0].padEnd(LABEL_WIDTH)}${page.line}`);
  page.notes();
  if (status === 'kept')
    io.out(
      `  kept     ${show(file)} was changed since the ${run.writer} wrote it; it is left as it is (--force replaces it)`,
    );
  if (status === 'deleted')
    io.out(
      `  kept     ${show(file)} was deleted since the ${run.writer} wrote it; it is not written again (--force writes it)`,
    );
  if (run.dryRun && current !== undefined && status !== 'unchanged')
    io.out(createTwoFilesPatch(show(file), show(file), current, text, 'on disk', `from the ${run.writer}`));
  if (status === 'kept' || status === 'deleted' || run.dryRun) return status;
  page.record();
  if (status !== 'unchanged') {
    ensureDir(run.out);
    writeAtomically(file, text);
  }
  return status;
}
