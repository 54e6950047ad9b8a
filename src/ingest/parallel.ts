/**
 * Many texts at once: the reading (ingestText, the costly part) is shared among worker threads,
 * one per core, and the results go back to `runIngest` in input order, which writes the pages
 * and prints the report exactly as it does for a few texts read one by one.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { IngestError } from './errors.ts';
import { decodeSource, ingestText, type IngestResult } from './ingest.ts';
import type { Taxonomy } from '../lib/taxonomy.ts';
import type { GenderTags } from './title.ts';

/** Below this many texts, starting workers (each loads the vocabulary) costs more than it saves. */
export const PARALLEL_FROM = 200;

export interface Job {
  /** The file to read. */
  path: string;
  /** What the page's `source:` says. */
  source: string;
}

/** A text's page, or why the ingest refused it (an IngestError's message). */
export type Outcome = { result: IngestResult } | { error: string };

/** A file system error in an editor's words. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'the file cannot be read (permission denied)';
  if (code === 'EISDIR') return 'this is a folder, not a file';
  return `the file cannot be read (${code ?? String(error)})`;
}

/** Reads and ingests one file: what `runIngest` does for each input. */
export function ingestFile(job: Job, taxonomy: Taxonomy, genderTags: GenderTags): Outcome {
  try {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(job.path);
    } catch (error) {
      throw new IngestError(describeFsError(error));
    }
    return { result: ingestText(decodeSource(bytes), { source: job.source, taxonomy, genderTags }) };
  } catch (error) {
    if (error instanceof IngestError) return { error: error.message };
    throw error;
  }
}

/**
 * Ingests the jobs on worker threads (as many as the machine has cores, two at least), each
 * loading the taxonomy from `taxonomyDir`; resolves to the outcomes by path.
 */
export async function ingestInParallel(
  jobs: Job[],
  taxonomyDir: string,
  genderTags: GenderTags,
): Promise<Map<string, Outcome>> {
  const count = Math.max(2, Math.min(availableParallelism(), 8));
  const shares = Array.from({ length: count }, (_, k) => jobs.filter((_, i) => i % count === k));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<[string, Outcome][]>((resolve, reject) => {
          const worker = new Worker(new URL('./parallel-worker.ts', import.meta.url), {
            workerData: { jobs: share, taxonomyDir, genderTags },
          });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`an ingest worker stopped with code ${code}`));
          });
        }),
    ),
  );
  return new Map(results.flat());
}
