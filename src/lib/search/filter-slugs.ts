import { LEVELS, LEVEL_LABELS } from '../levels.ts';
import { toSlug } from '../slug.ts';
import type { Taxonomy } from '../taxonomy.ts';

/**
 * The slug a search filter value has in the site's own URLs: a level's id (`mid`, as in
 * /roles/level/mid/), a family's id (`backend`), a skill's page name (`c-sharp`, as in /skills/c-sharp/).
 */
export function filterSlug(key: string, value: string, taxonomy: Taxonomy): string {
  if (key === 'level') return LEVELS.find((level) => LEVEL_LABELS[level] === value) ?? toSlug(value);
  if (key === 'family') return taxonomy.families.find((family) => family.name === value)?.id ?? toSlug(value);
  return toSlug(value);
}
