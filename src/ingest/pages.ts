import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file, kept beside the pages, that records what the ingest last wrote to each. */
export const MANIFEST = '.ingest.json';

export interface Manifest {
  /** Page file name → the source it came from and the SHA-256 of the page as written. */
  pages: Record<string, { source: string; sha256: string }>;
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

export function readManifest(dir: string): Manifest {
  const text = readOrUndefined(join(dir, MANIFEST));
  if (text === undefined) return { pages: {} };
  try {
    const parsed = JSON.parse(text) as Manifest;
    return { pages: { ...parsed.pages } };
  } catch {
    // A damaged record protects nothing; every existing page is then treated as an editor's.
    return { pages: {} };
  }
}

/** Sorted keys and a final newline, so the record changes only when a page does. */
export function manifestText(manifest: Manifest): string {
  const pages = Object.fromEntries(Object.entries(manifest.pages).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify({ pages }, null, 2)}\n`;
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
