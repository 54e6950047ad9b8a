import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Heading, Image, Link, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '../lib/markdown.ts';
import type { Problem } from './problems.ts';

export interface BodyInfo {
  /** The body as written; the tree's offsets are into it. */
  text: string;
  tree: Root;
  /** Heading ids as the renderer gives them. */
  ids: Set<string>;
}

export function parseBody(body: string): BodyInfo {
  const tree = parseMarkdown(body);
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'heading') ids.add(slugger.slug(toString(node)));
  });
  return { text: body, tree, ids };
}

function visit(node: Nodes, fn: (node: Nodes) => void) {
  fn(node);
  if ('children' in node) for (const child of node.children) visit(child as Nodes, fn);
}

const DANGEROUS_HTML = [
  { pattern: /<\s*script\b/i, what: 'a <script> element' },
  { pattern: /[\s/"']on[a-z]+\s*=/i, what: 'an on… event attribute' },
  { pattern: /javascript:/i, what: 'a javascript: URL' },
  { pattern: /<\s*(iframe|object|embed|base|meta|form|style|link)\b/i, what: 'an element that can load or run code' },
];

/** Raw HTML allowed in .md: a few inline tags, without attributes. Anything else is Markdown's job. */
const ALLOWED_TAG = /^(<\/?(br|sup|sub|kbd|abbr|em|strong|b|i|u|s|small|mark|span|div|p)\s*\/?>|<\/a\s*>)$/i;

/** What a browser makes of a URL or attribute text: entities decoded, tabs, newlines and controls gone. */
function asBrowserReads(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(
      /&(colon|tab|newline);/gi,
      (_, name: string) => ({ colon: ':', tab: '\t', newline: '\n' })[name.toLowerCase()]!,
    )
    .replace(/[\u0000-\u0020]/g, '');
}

export interface BodyContext {
  file: string;
  /** Absolute path of the file, for relative image paths. */
  path: string;
  /** Line in the file where the body starts (1-based). */
  bodyLine: number;
  mdx: boolean;
  publicDir: string;
  /** Resolves a site path (without base) to the ids it has, or undefined when there is no such page. */
  page(path: string): Set<string> | undefined;
  /** Ids of this page: its headings plus the layout's. */
  ownIds: Set<string>;
  /** Whether the body must have "## " sections (a role page's must; an opening's text need not). */
  sections?: boolean;
}

/** Body checks: sections, links and anchors, images and alt text, raw HTML that could run script. */
export function checkBody(info: BodyInfo, ctx: BodyContext): Problem[] {
  const problems: Problem[] = [];
  const at = (node: Nodes) => ({
    file: ctx.file,
    line: (node.position?.start.line ?? 1) + ctx.bodyLine - 1,
    column: node.position?.start.column ?? 1,
  });
  const error = (node: Nodes, message: string, hint?: string) =>
    problems.push({ ...at(node), field: 'body', message, severity: 'error', ...(hint ? { hint } : {}) });

  const sections = info.tree.children.filter((n): n is Heading => n.type === 'heading' && n.depth === 2);
  if (sections.length === 0 && ctx.sections !== false) {
    const first = info.tree.children[0];
    problems.push({
      file: ctx.file,
      line: first ? at(first).line : ctx.bodyLine,
      column: 1,
      field: 'body',
      message: 'the role has no sections',
      hint: 'start each section with a "## " heading, such as "## About the role" and "## What you will do"',
      severity: 'error',
    });
  }
  info.tree.children.forEach((node, index) => {
    if (node.type !== 'heading' || node.depth !== 2) return;
    const next = info.tree.children[index + 1];
    if (!next || (next.type === 'heading' && next.depth <= 2)) {
      error(
        node,
        `the section "${toString(node)}" is empty`,
        'write its text below the heading, or remove the heading',
      );
    }
  });

  visit(info.tree, (node) => {
    if (node.type === 'definition' && /^javascript:/i.test(asBrowserReads(node.url))) {
      error(node, 'a javascript: link runs code and is not allowed', 'link to a page or an https:// address');
      return;
    }
    if (node.type === 'link' || node.type === 'image') {
      const url = (node as Link | Image).url;
      if (/^javascript:/i.test(asBrowserReads(url))) {
        error(node, 'a javascript: link runs code and is not allowed', 'link to a page or an https:// address');
        return;
      }
      if (node.type === 'image') {
        const image = node as Image;
        if (!image.alt?.trim()) {
          error(
            node,
            `the image ${url} has no alt text`,
            'describe the image in the brackets: ![A team at a whiteboard](team.jpg)',
          );
        }
        if (!/^[a-z]+:/i.test(url)) {
          const file = url.startsWith('/') ? join(ctx.publicDir, url) : join(dirname(ctx.path), url);
          if (!existsSync(file.split(/[?#]/)[0]!)) {
            error(node, `the image ${url} does not exist`, 'put the image in public/ and link it as /name.jpg');
          }
        }
        return;
      }
      const problem = checkLink(url, ctx);
      if (problem) error(node, problem.message, problem.hint);
    }
    if (node.type === 'html' && !ctx.mdx) {
      const found = DANGEROUS_HTML.find(
        (d) => d.pattern.test(node.value) || d.pattern.test(asBrowserReads(node.value)),
      );
      const other = (node.value.match(/<[^>]*>/g) ?? []).find((tag) => !/^<!--/.test(tag) && !ALLOWED_TAG.test(tag));
      if (found || other) {
        error(
          node,
          found
            ? `raw HTML with ${found.what} is not allowed in Markdown`
            : `raw HTML ${other} is not allowed in Markdown`,
          'remove it; write Markdown instead (see docs/editing.md for what .mdx allows and who may use it)',
        );
      }
    }
  });
  return problems;
}

function checkLink(url: string, ctx: BodyContext): { message: string; hint?: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
  const [pathPart, anchor] = url.split('#', 2) as [string, string | undefined];
  if (pathPart === '') {
    if (anchor && !ctx.ownIds.has(anchor)) {
      return {
        message: `the link ${url} points to no heading on this page`,
        hint: `headings here: ${[...ctx.ownIds].map((id) => `#${id}`).join(', ')}`,
      };
    }
    return undefined;
  }
  if (!pathPart.startsWith('/')) {
    return {
      message: `the link ${url} is relative`,
      hint: 'link to pages inside the site from the root: /roles/<slug>/, /skills/<skill>/',
    };
  }
  const normal = pathPart.endsWith('/') ? pathPart : `${pathPart}/`;
  const ids = ctx.page(normal);
  if (!ids)
    return {
      message: `the link ${url} points to a page that does not exist`,
      hint: 'role pages are /roles/<file name>/; skills are /skills/<skill>/',
    };
  if (anchor && !ids.has(anchor)) return { message: `the link ${url} points to no heading on ${normal}` };
  return undefined;
}
