/**
 * Set by `npm run build` (src/build/cli.ts) in Astro's environment: the search index is built
 * beside Astro, in a process of its own, so the Pagefind integration leaves it alone. A module of
 * its own so that neither side loads the other's code to read it.
 */
export const INDEX_BESIDE_ASTRO = 'CAREERS_SEARCH_INDEX_BESIDE';
