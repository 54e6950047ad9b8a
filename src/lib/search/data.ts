import { escapeAttribute } from 'entities';

/**
 * What the search index knows of one page besides its text: the one definition that both the
 * page's template (through `searchDataHtml`) and the index records (src/build/search-records.ts)
 * use, so the two cannot drift apart.
 */
export interface SearchData {
  /** The page inside the site, without the base path: `/roles/backend-engineer/`. */
  url: string;
  /** Shown with a result (Pagefind's `meta`); `title` is the result's heading. */
  meta: Record<string, string>;
  /** Filter values by filter, in the order the page lists them. */
  filters: Record<string, string[]>;
  /** Sort keys: Pagefind sorts numbers as numbers and anything else as text. */
  sort: Record<string, string>;
  /** Words a visitor may search for that the page does not show, each with its weight (1 = body text). */
  hiddenWords: { name: string; text: string; weight?: number }[];
}

/**
 * A date as a sort key: its day, as the pages show it (2026-03-01). Pages of the same day then
 * keep the index's order (roles in career order), so that the sort order, which every search
 * downloads with the index's metadata, is mostly runs that compress, not a random permutation.
 */
export const sortDay = (date: Date): string => date.toISOString().slice(0, 10);

const attr = (name: string, value: string) => ` ${name}="${escapeAttribute(value)}"`;

/**
 * The page's search data as HTML for inside its `data-pagefind-body`: a hidden block of empty
 * elements, one per meta field, filter value and sort key (Pagefind reads one `key:value` per
 * attribute, and a comma in a value is part of it), then the hidden words, indexed from attributes.
 * The role template renders exactly this, and so does its index record.
 */
export function searchDataHtml(data: SearchData): string {
  const tags: string[] = [];
  for (const [key, value] of Object.entries(data.meta))
    tags.push(`<span${attr('data-pagefind-meta', `${key}:${value}`)}></span>`);
  for (const [key, values] of Object.entries(data.filters))
    for (const value of values) tags.push(`<span${attr('data-pagefind-filter', `${key}:${value}`)}></span>`);
  for (const [key, value] of Object.entries(data.sort))
    tags.push(`<span${attr('data-pagefind-sort', `${key}:${value}`)}></span>`);
  for (const { name, text, weight } of data.hiddenWords) {
    if (!text) continue;
    const weighted = weight === undefined || weight === 1 ? '' : attr('data-pagefind-weight', String(weight));
    tags.push(
      `<span${weighted}${attr('data-pagefind-index-attrs', `data-${name}`)}${attr(`data-${name}`, text)}></span>`,
    );
  }
  return `<div hidden>${tags.join('')}</div>`;
}
