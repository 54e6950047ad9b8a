import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, parse } from 'node:path';
import { lastChanged } from './git-dates.ts';
import { OPENINGS_DIR, ROLES_DIR } from './paths.ts';
import { readMatter } from './yaml.ts';
import { openingSchema } from '../schemas/opening.ts';
import { openingStatus, today } from './openings.ts';

export interface RoleFile {
  slug: string;
  draft: boolean;
  /** The levels its frontmatter names (unchecked: the content checks judge them). */
  levels: string[];
  /** When the role last changed: its `updated` field, else its last commit, else its file date. */
  updated: Date;
}

/**
 * The role pages as files, read straight from the folder (independently of Astro, before it
 * loads content): for the sitemap's dates and for checking that search covers every role.
 * The dates follow the same rule as the role pages' "last updated". `frontmatter` reads a file's
 * frontmatter (pages the content checks have already read need not be parsed again).
 */
export function roleFiles(
  dir = ROLES_DIR,
  frontmatter: (file: string) => Record<string, unknown> = (file) => readMatter(readFileSync(file, 'utf8')).data,
): RoleFile[] {
  const changed = lastChanged(dir);
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const data = frontmatter(file) as {
        draft?: unknown;
        updated?: unknown;
        levels?: unknown;
      };
      const updated = data.updated ? new Date(data.updated as string | Date) : undefined;
      return {
        slug: parse(name).name,
        draft: data.draft === true,
        levels: Array.isArray(data.levels) ? data.levels.map(String) : [],
        updated: updated && !Number.isNaN(updated.getTime()) ? updated : changed(file),
      };
    });
}

export interface OpeningFile {
  slug: string;
  /** Listed today: not a draft, under an existing role, open (as the jobs pages decide). */
  open: boolean;
  /** When the opening last changed: its last commit (or file date), or the day it opened if later. */
  updated: Date;
}

/**
 * The openings as files, for the sitemap: an open one is in it with its date, a closed one (a
 * noindex page saying so) and a scheduled one (no page yet) are not.
 */
export function openingFiles(dir = OPENINGS_DIR, roles: RoleFile[] = roleFiles(), day = today()): OpeningFile[] {
  if (!existsSync(dir)) return [];
  const changed = lastChanged(dir);
  const published = new Set(roles.filter((r) => !r.draft).map((r) => r.slug));
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name) && name.toLowerCase() !== 'readme.md')
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const parsed = openingSchema.safeParse(readMatter(readFileSync(file, 'utf8')).data);
      const data = parsed.success ? parsed.data : undefined;
      const modified = changed(file);
      return {
        slug: parse(name).name,
        open: !!data && !data.draft && published.has(data.role) && openingStatus(data, day) === 'open',
        updated: data && data.opens > modified ? data.opens : modified,
      };
    });
}

/** The environment variable that names a file of `roleFiles()` written by `npm run build` for Astro (src/build/cli.ts names it too). */
export const ROLE_FILES_HANDOFF = 'CAREERS_ROLE_FILES';

/** Writes `roleFiles()` for a build's Astro process to read back with `handedRoleFiles`. */
export function handOverRoleFiles(file: string, roles: RoleFile[]): void {
  writeFileSync(`${file}.tmp`, JSON.stringify(roles));
  renameSync(`${file}.tmp`, file);
}

/**
 * `roleFiles()`, from the file `npm run build` wrote once its content checks had read every role
 * (named by CAREERS_ROLE_FILES), else read from the folder. Astro's process needs them only for
 * the sitemap, at the end of the build: by then the checks have long finished, and the pages'
 * frontmatter is not parsed a second time on Astro's side of the machine.
 */
export function handedRoleFiles(file = process.env[ROLE_FILES_HANDOFF]): RoleFile[] {
  if (file && existsSync(file)) {
    const roles = JSON.parse(readFileSync(file, 'utf8')) as (Omit<RoleFile, 'updated'> & { updated: string })[];
    return roles.map((role) => ({ ...role, updated: new Date(role.updated) }));
  }
  return roleFiles();
}
