import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONTENT_DIR } from '../lib/paths.ts';
import { hiring, settings, showEditLinks, taxonomy, type RoleEntry } from './site.ts';

/**
 * Keys for Astro's incremental build: a page is rebuilt only when its key changes. A key holds
 * everything the page shows that is not in its module graph: the roles it draws, and the
 * settings, hiring story, taxonomy and logo, which every page reads from content/, and whether
 * edit links show.
 */
const shared = createHash('sha256')
  .update(
    JSON.stringify({
      settings,
      hiring,
      showEditLinks,
      taxonomy: { ...taxonomy, categories: [...taxonomy.categories] },
    }),
  )
  .update(readFileSync(resolve(CONTENT_DIR, settings.brand.logo)))
  .digest('hex');

export function cacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(shared).update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

/** What a role card, a filter count or a list shows of a role. */
export function card(role: RoleEntry) {
  const { title, summary, levels, family, specialization, experience, draft } = role.data;
  return { id: role.id, title, summary, levels, family, specialization, experience, draft };
}

/** Roles per page on the level, family and skill lists. */
export const PAGE_SIZE = 48;
