import { createHash } from 'node:crypto';
import { parse } from 'node-html-parser';

/** The directives of a policy, by name: "script-src 'self' 'sha256-…'" → { 'script-src': ["'self'", …] }. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const hash = (code: string) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

/**
 * What is wrong with a page's meta Content-Security-Policy, in words: missing or repeated, placed
 * after the code it should govern, allowing 'unsafe-inline', or without the hash of one of the
 * page's inline styles or scripts (which the browser would then refuse to apply or run).
 */
export function cspProblems(html: string): string[] {
  const page = parse(html);
  const metas = page.querySelectorAll('meta[http-equiv="content-security-policy" i]');
  if (metas.length !== 1) return [`${metas.length} Content-Security-Policy meta tags, not 1`];
  const problems: string[] = [];
  const policy = parsePolicy(metas[0]!.getAttribute('content') ?? '');
  // JSON-LD is data, not code: only styles and runnable scripts must come after the policy.
  const first = html.search(/<(style|script(?![^>]*type="application\/ld\+json"))[\s>]/);
  if (first !== -1 && first < html.search(/<meta http-equiv="content-security-policy"/i))
    problems.push('the policy comes after inline code, which it does not govern');
  for (const [directive, sources] of policy) {
    if (sources.includes("'unsafe-inline'")) problems.push(`${directive} allows 'unsafe-inline'`);
  }
  const inline = [
    ...page.querySelectorAll('style').map((el) => ['style-src', el] as const),
    ...page
      .querySelectorAll('script:not([src])')
      .filter((el) => !/json/.test(el.getAttribute('type') ?? ''))
      .map((el) => ['script-src', el] as const),
  ];
  for (const [directive, el] of inline) {
    const allowed = policy.get(`${directive}-elem`) ?? policy.get(directive) ?? policy.get('default-src') ?? [];
    const code = el.innerHTML;
    if (!allowed.includes(hash(code)))
      problems.push(`${directive} lacks the hash of an inline <${el.tagName.toLowerCase()}> (${code.slice(0, 40)}…)`);
  }
  if (/\sstyle="/.test(html)) problems.push('a style="" attribute, which the policy refuses');
  if (/\son[a-z]+="/.test(html)) problems.push('an inline event handler, which the policy refuses');
  return problems;
}
