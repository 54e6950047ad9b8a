import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';

/**
 * Role bodies as a Markdown syntax tree, read by the parser that renders them (Sätteri, with
 * GFM as in the site's config): the checks see the links, headings and HTML the pages will
 * have. Text stays as written (no smart quotes), and it is many times faster than remark.
 */
export function parseMarkdown(body: string, options: { position?: boolean } = {}): Root {
  return markdownToMdast(body, {
    features: { gfm: true, smartPunctuation: false },
    position: options.position ?? true,
  }) as Root;
}
