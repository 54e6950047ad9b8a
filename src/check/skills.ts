import type { Nodes } from 'mdast';
import { findSkillMatches, type SkillMatcher } from '../ingest/skills.ts';
import type { BodyInfo } from './body.ts';
import type { Problem } from './problems.ts';

/** Nodes whose text is not prose: code, HTML, images, link definitions. */
const NOT_PROSE = new Set([
  'code',
  'inlineCode',
  'html',
  'image',
  'imageReference',
  'definition',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxjsEsm',
]);

/** The body with everything but its prose blanked out, offsets and lines kept: a URL names no skill. */
function proseOf(body: BodyInfo): string {
  const blanks: [number, number][] = [];
  const blank = (from: number, to: number) => {
    if (to > from) blanks.push([from, to]);
  };
  const visit = (node: Nodes) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) {
      if (NOT_PROSE.has(node.type) || node.type.startsWith('mdxJsx')) {
        blank(start, end);
        return;
      }
      if (node.type === 'link' || node.type === 'linkReference') {
        // The link's words stay; its address and brackets go.
        const inner = node.children.map((c) => [c.position?.start.offset ?? end, c.position?.end.offset ?? end]);
        const first = Math.min(end, ...inner.map(([s]) => s!));
        const last = Math.max(first, ...inner.map(([, e]) => e!));
        const autolink = node.type === 'link' && inner.length === 1 && node.url.endsWith(body.text.slice(first, last));
        if (autolink) {
          blank(start, end);
          return;
        }
        blank(start, first);
        blank(last, end);
      }
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(body.tree);
  if (blanks.length === 0) return body.text;
  let text = '';
  let at = 0;
  for (const [from, to] of blanks.sort((a, b) => a[0] - b[0])) {
    if (to <= at) continue;
    text += body.text.slice(at, Math.max(at, from)) + body.text.slice(Math.max(at, from), to).replace(/[^\n]/g, ' ');
    at = to;
  }
  return text + body.text.slice(at);
}

/**
 * Warnings for the skills a role's body names (read as the ingest reads a text, context rules
 * and all) that its `skills:` list lacks: one for each such skill, at its first mention.
 */
export function unlistedSkills(
  body: BodyInfo,
  listed: string[],
  matcher: SkillMatcher,
  where: { file: string; bodyLine: number },
): Problem[] {
  const have = new Set(listed);
  const problems: Problem[] = [];
  const text = proseOf(body);
  const seen = new Set<string>();
  for (const match of findSkillMatches(text, matcher)) {
    const name = match.skill.name;
    if (have.has(name) || seen.has(name)) continue;
    seen.add(name);
    const before = text.slice(0, match.start);
    const line = before.split('\n').length;
    const spelling = text.slice(match.start, match.end);
    problems.push({
      file: where.file,
      line: where.bodyLine + line - 1,
      column: match.start - before.lastIndexOf('\n'),
      field: 'skills',
      message: `the text names ${spelling === name ? name : `${name} ("${spelling}")`}, which skills does not list`,
      hint: `add ${name} to skills, or leave the text as it is if the role does not ask for it`,
      severity: 'warning',
    });
  }
  return problems;
}
