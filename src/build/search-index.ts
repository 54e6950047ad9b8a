/**
 * The search index, built beside Astro: Pagefind's own process is started first and fed the
 * records built from content (src/build/search-records.ts), in batches, while Astro starts and
 * renders; the built pages are not read again. `npm run build` hands the records over in a file
 * its content step wrote (src/build/content-step.ts), read a batch at a time; tests build them
 * here. When nothing that is indexed has changed since the last build (same records, same
 * Pagefind), the last bundle is used as it is.
 *
 * `finish(outDir)`, once Astro has written the site, checks that every record is a built page
 * and puts the bundle into `outDir/pagefind/`: a copy made while Astro was still rendering,
 * moved in.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import * as pagefind from 'pagefind';
import { SITE_LANGUAGE } from '../lib/language.ts';
import type { SearchRecord } from '../lib/search/record.ts';
import type { ReadPage } from './search-records.ts';

/**
 * Pagefind's settings; part of the reuse key, since they change the bundle. Pagefind keeps an
 * index per page language and searches the one of the search page's own language, so a role in
 * French would not be found from the (English) search page: every page goes into one index, in
 * the site's language. A role's page still declares its own language (`lang` in its frontmatter).
 */
export const PAGEFIND_CONFIG = { includeCharacters: '#+', forceLanguage: SITE_LANGUAGE };
// Pagefind's package exports only its entry point: its package.json is read beside it.
const PAGEFIND_VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }
).version;
/** Records in flight to Pagefind at once: enough to keep its process busy, few enough to bound memory. */
const BATCH = 100;

export interface SearchIndexReport {
  /** Pages in the index. */
  pages: number;
  /** The last build's bundle was used as it was. */
  reused: boolean;
  /** Milliseconds from the start to the bundle being ready (beside Astro), and the time spent after Astro had finished. */
  ms: number;
  msAfterSite: number;
}

export interface SearchIndexJob {
  /** Waits for the index, checks it against the built site in `outDir`, and writes it to `outDir/pagefind/`. */
  finish(outDir: string): Promise<SearchIndexReport>;
  /** Stops Pagefind without writing anything (the build failed). */
  cancel(): Promise<void>;
}

/** Turns Pagefind's error lists into one error that names the step. */
function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
}

/** What decides the bundle: every record, Pagefind's version and settings. */
function reuseKey(records: SearchRecord[]): string {
  const hash = createHash('sha256').update(JSON.stringify({ PAGEFIND_VERSION, PAGEFIND_CONFIG }));
  for (const record of records) hash.update(record.url).update('\0').update(record.html).update('\0');
  return hash.digest('hex');
}

/** The records of a build, ready to be indexed: their reuse key, their pages, and the records themselves in batches. */
export interface PreparedRecords {
  /** `reuseKey` of the records. */
  key: string;
  /** The pages the index will have: the records', then those indexed from the built pages. */
  urls: string[];
  /** Pages whose body only Astro can render, indexed from the built page (see SearchRecords). */
  fromBuiltPages: string[];
  /** The records, a batch at a time. */
  batches(): AsyncIterable<SearchRecord[]>;
}

/** Records a hundred at a time: as Pagefind is fed them, and as they are written to a file. */
function* chunks(records: SearchRecord[]): Iterable<SearchRecord[]> {
  for (let i = 0; i < records.length; i += BATCH) yield records.slice(i, i + BATCH);
}

async function* inBatches(records: SearchRecord[]): AsyncIterable<SearchRecord[]> {
  yield* chunks(records);
}

/** What the index needs to know of a set of records before it reads them: their key and pages. */
export function describeRecords(records: SearchRecord[], fromBuiltPages: string[]): Omit<PreparedRecords, 'batches'> {
  return { key: reuseKey(records), urls: [...records.map((r) => r.url), ...fromBuiltPages], fromBuiltPages };
}

/** Records built here, from a content folder. */
export async function recordsFrom(contentDir: string, read?: Map<string, ReadPage>): Promise<PreparedRecords> {
  const { searchRecords } = await import('./search-records.ts');
  const { records, fromBuiltPages } = await searchRecords(contentDir, read);
  return { ...describeRecords(records, fromBuiltPages), batches: () => inBatches(records) };
}

/** Writes records as `recordsFromFile` reads them: one JSON record a line, whole or not at all. */
export function writeRecords(file: string, records: SearchRecord[]): void {
  const partial = `${file}.partial`;
  const fd = openSync(partial, 'w');
  try {
    // A batch at a time: the whole file as one string would be 330 MB at 50,000 roles.
    for (const batch of chunks(records)) writeSync(fd, batch.map((record) => `${JSON.stringify(record)}\n`).join(''));
  } finally {
    closeSync(fd);
  }
  renameSync(partial, file);
}

/** Records another process wrote (`writeRecords`), read a batch at a time as Pagefind takes them. */
export function recordsFromFile(file: string, prepared: Omit<PreparedRecords, 'batches'>): PreparedRecords {
  return {
    ...prepared,
    async *batches() {
      let batch: SearchRecord[] = [];
      for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
        batch.push(JSON.parse(line) as SearchRecord);
        if (batch.length === BATCH) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
    },
  };
}

async function addAll(index: pagefind.PagefindIndex, batches: AsyncIterable<SearchRecord[]>): Promise<void> {
  for await (const batch of batches) {
    const added = await Promise.all(
      batch.map((record) => index.addHTMLFile({ url: record.url, content: record.html })),
    );
    for (const [j, response] of added.entries()) check(`index ${batch[j]!.url}`, response.errors);
  }
}

/**
 * Starts building the search index now: of the records `prepared` brings, or else of
 * `contentDir`'s, built here (`read` holds role pages the content checks have read: see
 * searchRecords). `cacheDir` keeps the last bundle for reuse (a folder of the project's cache,
 * outside the output).
 */
export function startSearchIndex(
  options: { cacheDir: string } & (
    { prepared: Promise<PreparedRecords> } | { contentDir: string; read?: Map<string, ReadPage> }
  ),
): SearchIndexJob {
  const started = performance.now();
  const store = join(options.cacheDir, 'search-index');
  const bundle = join(store, 'bundle');
  const keyFile = join(store, 'key');
  /** The bundle copied for the site while Astro renders, to be moved into it when Astro is done. */
  const ready = join(store, 'ready');
  let open: pagefind.PagefindIndex | undefined;

  const openIndex = async () => {
    const { index, errors } = await pagefind.createIndex(PAGEFIND_CONFIG);
    check('start', errors);
    if (!index) throw new Error('Pagefind could not start');
    open = index;
    return index;
  };
  /** Writes the index into the store, replacing the last bundle only once the new one is whole. */
  const write = async (index: pagefind.PagefindIndex, key: string) => {
    const next = join(store, 'next');
    rmSync(next, { recursive: true, force: true });
    rmSync(keyFile, { force: true });
    const written = await index.writeFiles({ outputPath: next });
    check('write the index', written.errors);
    rmSync(bundle, { recursive: true, force: true });
    renameSync(next, bundle);
    writeFileSync(keyFile, key);
  };
  const close = async () => {
    if (open) await pagefind.close();
    open = undefined;
  };

  // From content alone: ready before Astro finishes, unless some pages only Astro can render.
  const fromContent = (async () => {
    // Pagefind's process starts while the records are built.
    const opening = openIndex();
    opening.catch(() => undefined);
    const prepared = await ('prepared' in options ? options.prepared : recordsFrom(options.contentDir, options.read));
    const { key, urls, fromBuiltPages } = prepared;
    if (fromBuiltPages.length > 0) {
      await addAll(await opening, prepared.batches());
      return { urls, key, fromBuiltPages, reused: false, readyAt: 0 };
    }
    mkdirSync(store, { recursive: true });
    const reused = existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key && existsSync(bundle);
    if (reused) {
      await opening;
      await close();
    } else {
      const index = await opening;
      await addAll(index, prepared.batches());
      await write(index, key);
      await close();
    }
    const readyAt = performance.now();
    await rm(ready, { recursive: true, force: true });
    await cp(bundle, ready, { recursive: true });
    return { urls, key, fromBuiltPages, reused, readyAt };
  })();
  fromContent.catch(() => undefined);

  return {
    async finish(outDir) {
      const siteDone = performance.now();
      try {
        const { urls, key, fromBuiltPages, reused, readyAt } = await fromContent;
        const missing = urls.filter((url) => !existsSync(join(outDir, url, 'index.html')));
        if (missing.length > 0) {
          throw new Error(
            `the search index has records for pages the site does not have: ${missing.join(', ')} (did a page move, or its template stop building it?)`,
          );
        }
        if (fromBuiltPages.length > 0) {
          const pages = fromBuiltPages.map((url) => ({
            url,
            html: readFileSync(join(outDir, url, 'index.html'), 'utf8'),
          }));
          await addAll(open!, inBatches(pages));
          await write(open!, createHash('sha256').update(key).update(reuseKey(pages)).digest('hex'));
          await close();
        }
        const target = join(outDir, 'pagefind');
        rmSync(target, { recursive: true, force: true });
        if (fromBuiltPages.length > 0) cpSync(bundle, target, { recursive: true });
        else {
          try {
            renameSync(ready, target);
          } catch {
            // The cache on another disk than the site: copied instead.
            cpSync(bundle, target, { recursive: true });
          }
        }
        const now = performance.now();
        return { pages: urls.length, reused, ms: (readyAt || now) - started, msAfterSite: now - siteDone };
      } finally {
        await close();
      }
    },
    async cancel() {
      await fromContent.catch(() => undefined);
      await close();
    },
  };
}
