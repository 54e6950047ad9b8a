import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export interface BrokenLink {
  from: string;
  href: string;
  reason: string;
}

/** The file a site path is served from: a folder serves its index.html. */
function fileFor(root: string, pathname: string): string | undefined {
  const path = join(root, decodeURIComponent(pathname));
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  return existsSync(index) ? index : undefined;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name));
}

/**
 * Every link, script, stylesheet and image reference in every HTML page under `root` that stays on
 * the site, checked against the built files, fragments included (`#id` must exist on the target).
 * `root` is what a static host serves from, so base paths are part of the links.
 */
export function brokenLinks(root: string, origin = 'https://site.invalid'): { broken: BrokenLink[]; checked: number } {
  const pages = new Map<string, HTMLElement>();
  const load = (file: string) => {
    let page = pages.get(file);
    if (!page) pages.set(file, (page = parse(readFileSync(file, 'utf8'))));
    return page;
  };
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const file of htmlFiles(root)) {
    const pagePath = `/${file.slice(root.length + 1).replace(/index\.html$/, '')}`;
    const pageUrl = new URL(pagePath, origin);
    for (const element of load(file).querySelectorAll('a[href], link[href], script[src], img[src], source[src]')) {
      const href = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
      const target = new URL(href, pageUrl);
      if (target.origin !== origin) continue;
      checked++;
      const targetFile = fileFor(root, target.pathname);
      if (!targetFile) {
        broken.push({ from: pagePath, href, reason: 'no such page or file' });
        continue;
      }
      const id = decodeURIComponent(target.hash.slice(1));
      if (id && targetFile.endsWith('.html') && !load(targetFile).getElementById(id)) {
        broken.push({ from: pagePath, href, reason: `no element with id "${id}"` });
      }
    }
  }
  return { broken, checked };
}
