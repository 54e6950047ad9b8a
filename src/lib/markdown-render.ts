import { baseLinks } from '../integrations/base-links.ts';
import { ledeOnce } from '../integrations/lede-once.ts';

/**
 * How role bodies are rendered: the options of the site's Markdown processor (Sätteri, in
 * astro.config.mjs), shared with the search index, which renders the same bodies outside Astro
 * (with the frontmatter, which ledeOnce reads).
 */
export function markdownOptions(base: string) {
  return { mdastPlugins: [baseLinks(base), ledeOnce()] };
}
