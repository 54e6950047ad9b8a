/**
 * Share images for a build: each drawn once per content, in worker threads while the build goes on
 * rendering pages, and kept in the build's cache folder under a hash of everything it is drawn
 * from (its text, the brand, the typeface's files, the drawing code and the libraries' versions),
 * so that a rebuild draws only the images whose page changed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ShareCard } from './share-card.ts';
import type { RenderSetup } from './share-render.ts';

export interface ShareImagesOptions {
  /** Where drawn images are kept between builds. */
  cacheDir: string;
  /** The worker thread's file (share-worker.ts). */
  worker: string;
  setup: RenderSetup;
  /** Files whose content decides how an image looks besides the setup: the drawing code, the libraries' manifests. */
  code: string[];
  /**
   * How many worker threads at most. Default: one per core, up to four. While pages render they
   * share the cores with the build; once the pages are written the build only waits for them.
   */
  threads?: number;
}

export interface ShareImageStats {
  drawn: number;
  reused: number;
  /** Time from the first image asked for to the last one ready, in ms. */
  ms: number;
}

/** A drawn image is kept this long after it was last used; older ones are removed. */
const KEEP_MS = 30 * 24 * 60 * 60 * 1000;

/** A small pool of worker threads, each drawing one image at a time; idle threads are stopped. */
function workerPool(file: string, setup: RenderSetup, size: number) {
  type Job = {
    id: number;
    card: ShareCard;
    done: (png: Uint8Array<ArrayBuffer>) => void;
    fail: (error: Error) => void;
  };
  const queue: Job[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Job>();
  let next = 0;

  const start = (): Worker => {
    const worker = new Worker(file, { workerData: setup });
    worker.on('message', (message: { id: number; png?: Uint8Array<ArrayBuffer>; error?: string }) => {
      const job = busy.get(worker)!;
      busy.delete(worker);
      if (message.png) job.done(message.png);
      else job.fail(new Error(`the share image "${job.card.title}" could not be drawn: ${message.error}`));
      idle.push(worker);
      pump();
    });
    worker.on('error', (error) => {
      const job = busy.get(worker);
      busy.delete(worker);
      job?.fail(error);
      const at = idle.indexOf(worker);
      if (at >= 0) idle.splice(at, 1);
      pump();
    });
    return worker;
  };

  const pump = () => {
    while (queue.length > 0) {
      const worker = idle.pop() ?? (busy.size < size ? start() : undefined);
      if (!worker) return;
      const job = queue.shift()!;
      busy.set(worker, job);
      worker.postMessage({ id: job.id, card: job.card });
    }
    // Nothing left to draw: stop the idle threads, so that they neither hold memory nor keep the process alive.
    if (busy.size === 0) for (const worker of idle.splice(0)) void worker.terminate();
  };

  return (card: ShareCard) =>
    new Promise<Uint8Array<ArrayBuffer>>((done, fail) => {
      queue.push({ id: next++, card, done, fail });
      pump();
    });
}

/** A hash of the files and settings every image is drawn from. */
function fingerprint({ setup, code }: ShareImagesOptions): string {
  const hash = createHash('sha256').update(JSON.stringify(setup.look));
  for (const file of [...setup.fonts.map((font) => font.path), ...code]) hash.update('\0').update(readFileSync(file));
  return hash.digest('hex');
}

export function shareImages(options: ShareImagesOptions) {
  const dir = join(options.cacheDir, 'share-images');
  const base = fingerprint(options);
  const draw = workerPool(options.worker, options.setup, options.threads ?? Math.min(4, availableParallelism()));
  // Each image's file in the cache once it is there: the bytes are read when its page is written,
  // not held from drawing to writing (the images are written last, 290 MB at 10,000 roles).
  const images = new Map<string, Promise<string>>();
  const stats: ShareImageStats = { drawn: 0, reused: 0, ms: 0 };
  let started: number | undefined;

  /** The image's name in the cache: a hash of its text and everything else it is drawn from. */
  const key = (card: ShareCard) =>
    createHash('sha256').update(base).update(JSON.stringify(card)).digest('base64url').slice(0, 32);

  const load = async (name: string, card: ShareCard): Promise<string> => {
    started ??= performance.now();
    const file = join(dir, `${name}.png`);
    try {
      const now = new Date();
      utimesSync(file, now, now);
      stats.reused++;
      return file;
    } catch {
      // Not drawn yet.
    }
    const png = await draw(card);
    mkdirSync(dir, { recursive: true });
    // Whole or not at all: a build stopped mid-write leaves no half image to reuse.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, png);
    renameSync(partial, file);
    stats.drawn++;
    stats.ms = performance.now() - started;
    return file;
  };

  const image = (card: ShareCard): Promise<string> => {
    const name = key(card);
    let found = images.get(name);
    if (!found) {
      found = load(name, card);
      images.set(name, found);
    }
    return found;
  };

  return {
    /** The name an image is kept under: the same text and brand give the same name. */
    key,
    /** Starts drawing these images (those not drawn before), for `png` to find them ready. */
    async prepare(cards: ShareCard[]): Promise<ShareImageStats> {
      await Promise.all(cards.map(image));
      return { ...stats };
    },
    /** The image for a card as PNG bytes: kept from an earlier build, or drawn now. */
    async png(card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
      const file = await image(card);
      images.delete(key(card));
      return readFileSync(file);
    },
    stats: () => ({ ...stats }),
  };
}

/** Removes images no build has used for a month. */
export function pruneShareImages(cacheDir: string, now = Date.now()): number {
  const dir = join(cacheDir, 'share-images');
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const file = join(dir, name);
    try {
      if (now - statSync(file).mtimeMs > KEEP_MS) {
        rmSync(file, { force: true });
        removed++;
      }
    } catch {
      // Removed meanwhile.
    }
  }
  return removed;
}
