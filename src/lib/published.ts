import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
 * The dates follow the same rule as the role pages' "last updated".
 */
export function roleFiles(dir = ROLES_DIR): RoleFile[] {
  const changed = lastChanged(dir);
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const data = readMatter(readFileSync(file, 'utf8')).data as {
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
