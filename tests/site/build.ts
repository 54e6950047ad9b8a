import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const FIXTURE_CONTENT = 'tests/fixtures/site/content';
/**
 * The day the fixture site is built on, so that which of its openings are open does not move
 * with the calendar (one has closed, one opens next year); a test may build another day.
 */
export const FIXTURE_DAY = '2026-11-22';

export interface BuiltSite {
  /** The folder a static host would serve from: the site itself sits at `root + base`. */
  root: string;
  base: string;
  /** The parsed page at a path inside the site ("/roles/x/"). */
  page(path: string): HTMLElement;
  /** A file's text at a path inside the site. */
  file(path: string): string;
}

/** The environment without what Vitest adds (NODE_ENV=test, BASE_URL, DEV…), which would leak into Astro's build. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(VITEST|VITE_|TEST$|NODE_ENV$|BASE_URL$|MODE$|DEV$|PROD$|SSR$)/.test(key)) delete env[key];
  }
  return env;
}

/**
 * Builds the site from `content` with `npm run build`'s own config into a temporary folder,
 * under the given base path, with `env` added to the environment (CAREERS_CACHE_DIR: a cache
 * folder to use and keep). Fails with Astro's output when the build fails.
 */
export function buildSite(content: string, base = '/', env: NodeJS.ProcessEnv = {}): BuiltSite {
  const root = mkdtempSync(join(tmpdir(), 'site-'));
  const out = join(root, base);
  // Outside the output folder, which Astro empties before it writes. A cache folder given in
  // `env` is kept, for a test of what a rebuild reuses.
  const kept = env.CAREERS_CACHE_DIR;
  const cache = kept ?? mkdtempSync(join(tmpdir(), 'site-cache-'));
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: {
      ...cleanEnv(),
      CAREERS_CONTENT: content,
      CAREERS_OUT_DIR: out,
      CAREERS_BASE: base,
      CAREERS_CACHE_DIR: cache,
      CAREERS_TODAY: FIXTURE_DAY,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
  });
  if (!kept) rmSync(cache, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(`the build failed:\n${result.stdout}\n${result.stderr}`);
  const file = (path: string) => readFileSync(join(out, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
  return { root, base, file, page: (path) => parse(file(path)) };
}

/** A skill chip's visible name, without the "roles" that only screen readers hear. */
export function chipName(chip: { text: string }): string {
  return chip.text.replace(/\s+roles\s*$/, '').trim();
}
