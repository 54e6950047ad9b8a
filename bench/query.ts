import { gzipSync } from 'node:zlib';
import { launch } from '../tests/browser/browser.ts';
import { serve } from '../tests/browser/server.ts';

/**
 * What a visitor's browser fetches for search on a first query: the search page's script and
 * every Pagefind file (entry, WebAssembly, index chunks, fragments) until the results show,
 * counted as a host that compresses would send them.
 */
export async function firstQueryBytes(site: string, query: string): Promise<number> {
  const server = await serve(site);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    let bytes = 0;
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (!url.pathname.includes('/pagefind/') && !url.pathname.startsWith('/_astro/search')) return;
      pending.push(
        response.body().then(
          (body) => {
            bytes += Math.min(body.length, gzipSync(body).length);
          },
          () => undefined,
        ),
      );
    });
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
    await page.locator('.result').first().waitFor({ timeout: 60_000 });
    await Promise.all(pending);
    return bytes;
  } finally {
    await browser.close();
    await server.close();
  }
}
