/**
 * A job board's description HTML, which is untrusted, as the Markdown body of an opening:
 * rehype-parse → rehype-sanitize → rehype-remark → remark-stringify. What survives is text,
 * headings, lists, emphasis, quotes, tables and http(s) or mailto links; no element, attribute or
 * URL that could run script or load anything from another site reaches the page.
 */
import type { Heading, Parents, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

/** Elements a description may keep (GitHub's list, less images, media, forms and anchors by name). */
const TAGS = [
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'br',
  'hr',
  'b',
  'strong',
  'i',
  'em',
  'u',
  's',
  'strike',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'a',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'div',
  'span',
  'sup',
  'sub',
];

/** Elements removed with everything inside them (their text is code, styling or a document of its own). */
const STRIP = ['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'head', 'title'];

const SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  tagNames: TAGS,
  strip: STRIP,
  // Only a link's target survives; no class, id, style or event attribute does.
  attributes: { a: ['href'], ol: ['start'], td: ['align'], th: ['align'] },
  protocols: { href: ['http', 'https', 'mailto'] },
  clobber: [],
  required: {},
};

const toMarkdown = unified()
  .use(remarkStringify, { bullet: '-', listItemIndent: 'one', rule: '-', emphasis: '_', strong: '*' })
  .freeze();

const toMdast = unified().use(rehypeParse, { fragment: true }).use(rehypeSanitize, SCHEMA).use(rehypeRemark).freeze();

function isBlank(node: RootContent): boolean {
  return node.type !== 'thematicBreak' && toString(node).trim() === '';
}

/** Links that are not http(s) or mailto (relative paths, anchors into the board's page) become their text. */
function keepSafeLinks(node: Parents): void {
  const children = node.children as RootContent[];
  node.children = children.flatMap((child): RootContent[] => {
    if ('children' in child) keepSafeLinks(child as Parents);
    if (child.type === 'link' && !/^(https?:\/\/|mailto:)/i.test(child.url.trim())) return child.children;
    if (child.type === 'image' || child.type === 'imageReference' || child.type === 'html') return [];
    return [child];
  }) as typeof node.children;
}

/**
 * Headings fit under the opening page's own title: the highest becomes "##", none skips a level,
 * and a heading with no text below it before the next heading of its rank goes.
 */
function fitHeadings(tree: Root): void {
  renumber(tree);
  tree.children = tree.children.filter((node, index) => {
    if (node.type !== 'heading') return true;
    const next = tree.children.slice(index + 1).find((n) => !isBlank(n));
    return next !== undefined && !(next.type === 'heading' && next.depth <= node.depth);
  });
  renumber(tree);
}

function renumber(tree: Root): void {
  const depths = [...new Set(tree.children.filter((n): n is Heading => n.type === 'heading').map((n) => n.depth))].sort(
    (a, b) => a - b,
  );
  const depthOf = new Map(depths.map((depth, index) => [depth, Math.min(6, index + 2) as Heading['depth']]));
  for (const node of tree.children) if (node.type === 'heading') node.depth = depthOf.get(node.depth)!;
}

/** The description as Markdown; empty when nothing readable is left. */
export function htmlToMarkdown(html: string): string {
  const tree = toMdast.runSync(toMdast.parse(html)) as Root;
  keepSafeLinks(tree);
  tree.children = tree.children.filter((node) => !isBlank(node));
  fitHeadings(tree);
  if (tree.children.length === 0) return '';
  return toMarkdown.stringify(tree).trim() + '\n';
}
