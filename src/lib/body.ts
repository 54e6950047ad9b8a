import type { Heading, List, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from './markdown.ts';
import { isDutiesHeading } from './section-headings.ts';

export interface BodySection {
  heading: string;
  items: string[];
  paragraphs: string[];
}

/** The body's level-2 sections with their bullet items and paragraphs. */
export function bodySections(markdown: string): BodySection[] {
  const sections: BodySection[] = [];
  for (const node of parseMarkdown(markdown, { position: false }).children as RootContent[]) {
    if (node.type === 'heading' && (node as Heading).depth === 2) {
      sections.push({ heading: toString(node), items: [], paragraphs: [] });
      continue;
    }
    const current = sections.at(-1);
    if (!current) continue;
    if (node.type === 'list') current.items.push(...(node as List).children.map((item) => toString(item)));
    if (node.type === 'paragraph') current.paragraphs.push(toString(node as Paragraph));
  }
  return sections;
}

const read = new Map<string, string[]>();

/**
 * What the role does: the bullets of its "What you will do" section (in the page's language), else its sentences.
 * Each body is parsed once per build, however many pages ask (career path, structured data).
 */
export function responsibilities(markdown: string | undefined): string[] {
  if (!markdown) return [];
  let known = read.get(markdown);
  if (!known) read.set(markdown, (known = readResponsibilities(markdown)));
  return known;
}

function readResponsibilities(markdown: string): string[] {
  const section = bodySections(markdown).find((s) => isDutiesHeading(s.heading));
  if (!section) return [];
  if (section.items.length > 0) return section.items;
  return section.paragraphs.flatMap((p) => p.split(/(?<=[.!?])\s+(?=\p{Lu})/u));
}
