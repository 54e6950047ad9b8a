import { readdirSync } from 'node:fs';
import { join, parse } from 'node:path';
import { lastChanged } from './git-dates.ts';
import { ROLES_DIR } from './paths.ts';

/** Role slug → when its page last changed, for the sitemap (read before Astro loads content). */
export function roleDates(dir = ROLES_DIR): Map<string, Date> {
  const changed = lastChanged(dir);
  const dates = new Map<string, Date>();
  for (const name of readdirSync(dir)) {
    const { name: slug, ext } = parse(name);
    if (ext === '.md' || ext === '.mdx') dates.set(slug, changed(join(dir, name)));
  }
  return dates;
}
