/**
 * A build with nothing changed: when every input of the site is as it was for the last build,
 * and the site that build left is still there untouched, building again would give the same
 * files. `npm run build` then keeps the site as it is instead of starting Astro and Pagefind
 * (the content checks still run: they report, they do not build).
 *
 * The inputs are everything a build reads: the project's code, styles and settings (src/,
 * public/, the config files, the installed packages' lockfile, .env files), the whole content
 * folder, the date each role last changed (git's, or the file's), the build's environment
 * variables and arguments, and Node's version. Anything that is not sure to be the same counts
 * as a change: a full build is always the safe answer.
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lastChanged } from '../lib/git-dates.ts';
import { openingFiles, roleFiles } from '../lib/published.ts';
import { today } from '../lib/openings.ts';

/** The project's own inputs, relative to its root. */
const PROJECT_INPUTS = [
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'src',
  'public',
  // What npm installed (versions, integrity), not only what package.json asks for.
  'node_modules/.package-lock.json',
];

/** Every file under `path` (or `path` itself), sorted, so that the hash does not depend on the disk's order. */
function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function hashFiles(hash: Hash, root: string, paths: string[]): void {
  for (const file of paths) {
    hash.update(relative(root, file)).update('\0');
    try {
      hash.update(readFileSync(file));
    } catch {
      // A dangling link or a file gone meanwhile: its name alone is hashed, and a later build sees the change.
      hash.update('\u0001missing');
    }
    hash.update('\0');
  }
}

export interface SiteInputs {
  /** The project's root (where astro.config.mjs is). */
  root: string;
  contentDir: string;
  /** Arguments passed on to `astro build`. */
  args: string[];
  env: NodeJS.ProcessEnv;
}

/** A hash of everything a build of the site reads. */
export function siteInputs({ root, contentDir, args, env }: SiteInputs): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ node: process.version, args }));
  // The site's own variables and those Vite passes to pages, from the environment and .env files.
  const variables = Object.keys(env)
    // The build day counts only through what it changes: which openings are open (below).
    .filter((key) => /^(CAREERS_|PUBLIC_|ASTRO_|NODE_ENV$)/.test(key) && key !== 'CAREERS_TODAY')
    .sort()
    .map((key) => [key, env[key]]);
  hash.update(JSON.stringify(variables)).update('\0');
  const dotEnv = readdirSync(root).filter((name) => name.startsWith('.env'));
  hashFiles(
    hash,
    root,
    [...PROJECT_INPUTS, ...dotEnv].flatMap((path) => files(join(root, path))),
  );
  hash.update('\0content\0');
  const content = files(contentDir);
  hashFiles(hash, contentDir, content);
  // Pages show when each role last changed: a commit can change that without changing a file.
  const rolesDir = join(contentDir, 'roles');
  const changed = lastChanged(rolesDir);
  for (const file of content.filter((f) => !relative(rolesDir, f).startsWith('..')))
    hash.update(relative(rolesDir, file)).update('\0').update(changed(file).toISOString()).update('\0');
  // Openings open and close by the day the build runs: a build on the day one opens or closes
  // is a new site, even with no file changed. On other days nothing here changes.
  for (const opening of openingFiles(join(contentDir, 'openings'), roleFiles(rolesDir), today(env.CAREERS_TODAY)))
    hash.update(`${opening.slug}\0${opening.open}\0${opening.updated.toISOString()}\0`);
  return hash.digest('hex');
}

/** A hash of a built site as it is on disk: every file's path, size and modification time. */
export function siteState(dir: string): string {
  const hash = createHash('sha256');
  for (const file of files(dir)) {
    const stat = statSync(file);
    hash.update(`${relative(dir, file)}\0${stat.size}\0${stat.mtimeMs}\0`);
  }
  return hash.digest('hex');
}

interface LastBuild {
  inputs: string;
  site: string;
  out: string;
}

/**
 * The record of the last build, in the build's cache folder: what it was built from, and the
 * site it left in `out`.
 */
export function lastBuild(cacheDir: string) {
  const file = join(cacheDir, 'last-build.json');
  const read = (): LastBuild | undefined => {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as LastBuild;
    } catch {
      return undefined;
    }
  };
  return {
    /** The site in `out` is what a build from `inputs` would give: the last build's, untouched since. */
    matches(inputs: string, out: string): boolean {
      const last = read();
      return (
        last !== undefined &&
        last.inputs === inputs &&
        last.out === out &&
        existsSync(out) &&
        last.site === siteState(out)
      );
    },
    /** A build from `inputs` has just put its site into `out`. */
    remember(inputs: string, out: string): void {
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(file, JSON.stringify({ inputs, out, site: siteState(out) } satisfies LastBuild));
    },
    /** A build has started: until it succeeds, the record no longer says what is in `out`. */
    forget(): void {
      rmSync(file, { force: true });
    },
  };
}
