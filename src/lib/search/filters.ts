import { LEVEL_LABELS } from '../levels.ts';
import { EMPLOYMENT_LABELS, WORKPLACE_LABELS } from '../job-labels.ts';
import type { SearchData } from './data.ts';

/**
 * The search page's filters: keys as in the index (src/lib/search/role.ts), in the order shown,
 * their labels, and whether several values chosen mean "any of" or "all of". Read by the
 * search page at build time and by its script.
 */
export const SEARCH_FILTERS = [
  { key: 'type', label: 'Show', match: 'any' },
  { key: 'level', label: 'Level', match: 'any' },
  { key: 'family', label: 'Family', match: 'any' },
  { key: 'location', label: 'Location', match: 'any' },
  { key: 'workplace', label: 'Workplace', match: 'any' },
  { key: 'employment', label: 'Employment', match: 'any' },
  { key: 'specialization', label: 'Specialization', match: 'any' },
  { key: 'skill', label: 'Skills (all of)', match: 'all' },
] as const;

export interface FilterGroup {
  key: string;
  label: string;
  values: { value: string; count: number }[];
}

/**
 * Filters whose values have an order of their own; the rest are alphabetical. A function, so
 * that the search page's script, which needs only SEARCH_FILTERS, leaves the labels out.
 */
const fixedOrder = (): Record<string, string[]> => ({
  type: ['Job', 'Role'],
  level: Object.values(LEVEL_LABELS),
  workplace: Object.values(WORKPLACE_LABELS),
  employment: Object.values(EMPLOYMENT_LABELS),
});

/**
 * Every filter value of the whole site with the number of pages that have it, as the search
 * page shows them before any search: levels in career order, the rest alphabetically.
 */
export function filterGroups(pages: SearchData[]): FilterGroup[] {
  const order = fixedOrder();
  return SEARCH_FILTERS.map(({ key, label }) => {
    const counts = new Map<string, number>();
    for (const page of pages)
      for (const value of new Set(page.filters[key] ?? [])) counts.set(value, (counts.get(value) ?? 0) + 1);
    const values = [...counts].map(([value, count]) => ({ value, count }));
    const fixed = order[key];
    values.sort(
      fixed ? (a, b) => fixed.indexOf(a.value) - fixed.indexOf(b.value) : (a, b) => a.value.localeCompare(b.value),
    );
    return { key, label, values };
  }).filter((group) => group.values.length > 0);
}

/** How many values a long filter shows before "Show all". */
export const SHOWN_VALUES = 5;

/**
 * The values a long filter (skills) keeps folded at first, by their place in the list: all but
 * the few most pages have, which stay in the list's own order. The whole list would push the
 * filters below it out of reach; a list only a few values longer is shown whole.
 */
export function foldedValues(values: readonly { count: number }[], shown = SHOWN_VALUES): Set<number> {
  if (values.length < shown + 3) return new Set();
  const top = new Set(
    values
      .map((value, index) => ({ index, count: value.count }))
      .sort((a, b) => b.count - a.count || a.index - b.index)
      .slice(0, shown)
      .map(({ index }) => index),
  );
  return new Set(values.map((_, index) => index).filter((index) => !top.has(index)));
}
