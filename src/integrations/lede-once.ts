import { defineMdastPlugin } from 'satteri';
import type { Paragraph, RootContent, Text } from 'mdast';
import { withoutLede } from '../lib/lede.ts';

/**
 * A role's summary is its page's lede: this Markdown plugin takes it out of the body's first
 * paragraph where it is repeated there word for word, as whole sentences.
 */
export function ledeOnce() {
  return defineMdastPlugin({
    name: 'careers:lede-once',
    before(root, ctx) {
      const summary = (ctx.data as { astro?: { frontmatter?: { summary?: unknown } } }).astro?.frontmatter?.summary;
      if (typeof summary !== 'string') return;
      const first = (root.children as RootContent[]).find((node) => node.type === 'paragraph') as Paragraph | undefined;
      if (!first || !first.children.every((child) => child.type === 'text')) return;
      // The parser may split a run of text in several nodes (at quotes, for one).
      const texts = first.children as Text[];
      const rest = withoutLede(texts.map((t) => t.value).join(''), summary);
      if (rest === undefined) return;
      if (!rest) return ctx.removeNode(first);
      ctx.setProperty(texts[0]!, 'value', rest);
      for (const extra of texts.slice(1)) ctx.removeNode(extra);
    },
  });
}
