import { readdirSync, readFileSync } from 'node:fs';
import { join, parse } from 'node:path';
import { lastChanged } from './git-dates.ts';
import { ROLES_DIR } from './paths.ts';
import { readMatter } from './yaml.ts';

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
