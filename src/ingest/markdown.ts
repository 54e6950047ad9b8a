import type { Root, RootContent } from 'mdast';
import { unified } from 'unified';
import remarkStringify from 'remark-stringify';
import { writeMatter } from '../lib/yaml.ts';
import type { Section } from './sections.ts';

const text = (value: string) => ({ type: 'text' as const, value });

/** The page body as a Markdown syntax tree: a heading per section, then its paragraphs and lists. */
export function bodyTree(sections: Section[]): Root {
  const children: RootContent[] = [];
  for (const section of sections) {
    children.push({ type: 'heading', depth: 2, children: [text(section.heading)] });
    for (const block of section.blocks) {
      if (block.kind === 'paragraph') {
        if (block.sentences.length > 0)
          children.push({ type: 'paragraph', children: [text(block.sentences.join(' '))] });
      } else {
        children.push({
          type: 'list',
          ordered: false,
          spread: false,
          children: block.items.map((item) => ({
            type: 'listItem',
            spread: false,
            children: [{ type: 'paragraph', children: [text(item)] }],
          })),
        });
      }
    }
  }
  return { type: 'root', children };
}

const processor = unified().use(remarkStringify, { bullet: '-', listItemIndent: 'one', rule: '-', emphasis: '_' });

/** Serialises the body with remark and puts the frontmatter on top with gray-matter (the `yaml` engine). */
export function toPage(frontmatter: Record<string, unknown>, tree: Root): string {
  const body = processor.stringify(tree);
  // Undefined fields are left out rather than written as empty values.
  const data = Object.fromEntries(Object.entries(frontmatter).filter(([, v]) => v !== undefined));
  return writeMatter(`\n${body}`, data);
}
