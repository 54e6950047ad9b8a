/**
 * `npm run build`: check the content and build the site at the same time, into a folder beside
 * `dist/`; move the result into place only when the checks have passed and the whole build,
 * search index included, has succeeded. Content with errors or a failed build leaves the previous
 * `dist/` exactly as it was, and no half-written folder behind.
 *
 * The checks run while Astro starts up (they need one core for a fraction of a second, Astro's
 * start-up waits on the disk and its bundler), in a process of their own that then writes the
 * search index's records (src/build/content-step.ts): Astro's output is held back until they
 * pass, and Astro is stopped, its folder removed, if they fail. Then the search index is built
 * from those records in Pagefind's process, on the other core, while Astro renders
 * (src/build/search-index.ts).
 *
 * When nothing the site is built from has changed since the last build and that build's site is
 * untouched, the checks run and the site is kept as it is (src/build/unchanged.ts).
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_DIR, ROLES_DIR } from '../lib/paths.ts';
import { INDEX_BESIDE_ASTRO } from './beside.ts';
import type { ContentStepMessage } from './content-step.ts';
import { lastBuild, siteInputs } from './unchanged.ts';
// The checks and the search index are loaded once Astro has been started (below): loading their
// modules takes a few hundred milliseconds that Astro's start need not wait for.
const checks = () => import('../check/index.ts');
/** Named here, not imported: src/lib/published.ts is one of the modules loaded after Astro's start. */
const ROLE_FILES_HANDOFF = 'CAREERS_ROLE_FILES';

/** Holds a stream's output back until `release`, then passes it (and the rest) through. */
function holdBack(from: NodeJS.ReadableStream, to: NodeJS.WritableStream) {
  let held: Buffer[] | undefined = [];
  from.on('data', (chunk: Buffer) => (held ? held.push(chunk) : to.write(chunk)));
  return {
    release() {
      for (const chunk of held ?? []) to.write(chunk);
      held = undefined;
    },
  };
}

/**
 * A heap limit for Astro's process that grows with the site. V8 grows its heap lazily, far past
 * what it holds (3.2–4.2 GB at 10,000 roles, with under 1 GB live), and the search index is
 * built at the same time: a limit keeps the two under the machine's memory together. Derived
 * from the number of roles, so a larger site gets more instead of failing.
 */
function astroHeapMB(): number {
  let roles = 0;
  try {
    roles = readdirSync(ROLES_DIR).length;
  } catch {
    // No roles folder: the checks say so.
  }
  return 1024 + Math.ceil(roles * 0.06);
}

/** Runs the content checks here and prints what they found; returns the number of errors. */
async function runChecks(): Promise<number> {
  const { checkForBuild } = await checks();
  return checkForBuild(CONTENT_DIR).errors;
}

/**
 * What the content step (src/build/content-step.ts) says: the number of errors once the checks
 * have run, then the search records it wrote. Either fails if the step ends without saying it.
 */
function contentStep(step: ChildProcess) {
  type Records = Extract<ContentStepMessage, { kind: 'records' }>;
  let checked!: { done: (errors: number) => void; fail: (error: Error) => void };
  let records!: { done: (message: Records) => void; fail: (error: Error) => void };
  const result = {
    checked: new Promise<number>((done, fail) => (checked = { done, fail })),
    records: new Promise<Records>((done, fail) => (records = { done, fail })),
  };
  result.records.catch(() => undefined);
  step.on('message', (message: ContentStepMessage) => {
    if (message.kind === 'checked') checked.done(message.errors);
    else records.done(message);
  });
  const ended = (why: string) => {
    const error = new Error(`the content checks ${why}`);
    checked.fail(error);
    records.fail(error);
  };
  step.on('error', (error) => ended(`could not start: ${error.message}`));
  step.on('close', (code, signal) => ended(signal ? `were stopped (${signal})` : `stopped with exit code ${code}`));
  return result;
}

const nothingBuilt = (errors: number, final: string) =>
  `\nThe content has ${errors} error${errors === 1 ? '' : 's'}: nothing was built, and ${final} is unchanged.`;

async function main(): Promise<number> {
  const final = resolve(process.env.CAREERS_OUT_DIR ?? 'dist');
  // Beside the final folder, so that moving it into place is a rename on the same disk. The name
  // stays the same from build to build: Astro's incremental build keys its cache on the config,
  // output folder included.
  const staging = `${final}.building`;
  const previous = `${final}.previous`;
  // A build stopped between its two renames left the site in `previous`: put it back first.
  if (!existsSync(final) && existsSync(previous)) renameSync(previous, final);
  rmSync(previous, { recursive: true, force: true });
  rmSync(staging, { recursive: true, force: true });
  // The site the last build replaced waits in the cache folder and is deleted while this build
  // runs: deleting thousands of files can take seconds on some disks (here: 2 s for 1,000 roles,
  // whose pages Astro had restored from its cache with copy-on-write copies).
  const cacheDir = resolve(process.env.CAREERS_CACHE_DIR ?? 'node_modules/.astro');
  const trash = join(cacheDir, 'replaced-site');
  const clearing = rm(trash, { recursive: true, force: true }).catch(() => undefined);

  const args = process.argv.slice(2);
  const inputs = siteInputs({ root: process.cwd(), contentDir: CONTENT_DIR, args, env: process.env });
  const record = lastBuild(cacheDir);
  if (record.matches(inputs, final)) {
    // Nothing the site is built from has changed, and the site is as the last build left it:
    // the checks still run and report, but Astro and Pagefind would write the same files again.
    const errors = await runChecks();
    await clearing;
    if (errors > 0) {
      console.error(nothingBuilt(errors, final));
      return 1;
    }
    console.log(`\nNothing the site is built from has changed since the last build: ${final} is kept as it is.`);
    return 0;
  }
  record.forget();

  // The roles as the checks read them, for Astro's sitemap (src/lib/published.ts): written once the
  // checks pass; until then (or if this build's file is not there) Astro reads them itself.
  const handoff = join(cacheDir, 'role-files.json');
  rmSync(handoff, { force: true });
  // The search index's records, from the content step to Pagefind.
  const recordsFile = join(cacheDir, 'search-records.ndjson');
  rmSync(recordsFile, { force: true });
  const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
  const astro = spawn(process.execPath, [`--max-old-space-size=${astroHeapMB()}`, astroBin, 'build', ...args], {
    stdio: ['inherit', 'pipe', 'pipe'],
    env: {
      ...process.env,
      CAREERS_OUT_DIR: staging,
      [INDEX_BESIDE_ASTRO]: '1',
      [ROLE_FILES_HANDOFF]: handoff,
      // Astro's output goes through a pipe here: keep its colours when a person is watching.
      ...(process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {}),
    },
  });
  const exited = new Promise<number>((done) => astro.on('close', (code, signal) => done(code ?? (signal ? 1 : 0))));
  const out = holdBack(astro.stdout!, process.stdout);
  const err = holdBack(astro.stderr!, process.stderr);

  /** Stops Astro and removes what it wrote: the checks failed, or could not run. */
  const abandon = async () => {
    astro.kill();
    await exited;
    rmSync(staging, { recursive: true, force: true });
  };
  const step = fork(fileURLToPath(new URL('./content-step.ts', import.meta.url)), [handoff, recordsFile], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const said = contentStep(step);
  // The search index's code loads while the checks run: it is needed once they pass.
  const searchIndex = import('./search-index.ts');
  searchIndex.catch(() => undefined);
  let errors: number;
  try {
    errors = await said.checked;
  } catch (error) {
    await abandon();
    await clearing;
    throw error;
  }
  if (errors > 0) {
    await abandon();
    await clearing;
    console.error(nothingBuilt(errors, final));
    return 1;
  }
  out.release();
  err.release();
  const { startSearchIndex, recordsFromFile } = await searchIndex;
  const search = startSearchIndex({
    cacheDir,
    prepared: said.records.then((message) => recordsFromFile(message.file, message)),
  });

  const status = await exited;
  if (status !== 0) {
    await search.cancel();
    rmSync(staging, { recursive: true, force: true });
    await clearing;
    console.error(`\nThe build failed: ${final} is unchanged.`);
    return status;
  }
  try {
    const report = await search.finish(staging);
    rmSync(recordsFile, { force: true });
    console.log(
      `Search: ${report.pages} pages indexed from the content in ${Math.round(report.ms)}ms, ${Math.round(report.msAfterSite)}ms of it after Astro${report.reused ? ' (nothing indexed had changed: the last index reused)' : ''}.`,
    );
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    await clearing;
    console.error(`\nThe search index failed: ${(error as Error).message}\n${final} is unchanged.`);
    return 1;
  }
  await clearing;
  if (existsSync(final)) renameSync(final, previous);
  try {
    renameSync(staging, final);
  } catch (error) {
    if (existsSync(previous)) renameSync(previous, final);
    throw error;
  }
  try {
    mkdirSync(dirname(trash), { recursive: true });
    renameSync(previous, trash);
  } catch {
    // Not on the same disk (or no previous site): delete it now.
    rmSync(previous, { recursive: true, force: true });
  }
  record.remember(inputs, final);
  console.log(`\nThe site is in ${final}.`);
  return 0;
}

process.exitCode = await main();
