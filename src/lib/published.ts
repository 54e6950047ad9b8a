import { readdirSync, readFileSync } from 'node:fs';
import { join, parse } from 'node:path';
import matter from 'gray-matter';
import { ROLES_DIR } from './paths.ts';

/**
 * The slugs of the role pages a production build publishes, read straight from the files
 * (independently of Astro), so the build can check that search covers every one.
 */
export function publishedRoleSlugs(dir = ROLES_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name))
    .filter((name) => matter(readFileSync(join(dir, name), 'utf8')).data.draft !== true)
    .map((name) => parse(name).name)
    .sort();
}
