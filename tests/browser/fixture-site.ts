import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildSite, FIXTURE_CONTENT, type BuiltSite } from '../site/build.ts';
import { launch } from './browser.ts';
import { headersFile, serve, type Served } from './server.ts';

export interface FixtureSite {
  /** The address of a path inside the site, base path included. */
  at(path: string): string;
  /** A page in a fresh browser context (desktop size unless told otherwise). */
  open(path: string, options?: BrowserContextOptions): Promise<Page>;
  browser(): Browser;
}

/**
 * For one test file: builds the fixture site under `base`, serves it like a static host, and
 * starts Chromium; all three are stopped after the file's tests.
 */
export function useFixtureSite(base = '/careers/'): FixtureSite {
  let site: BuiltSite;
  let server: Served;
  let browser: Browser;
  beforeAll(async () => {
    site = buildSite(FIXTURE_CONTENT, base);
    // Served with the site's own _headers, Content-Security-Policy included, as a static host would.
    server = await serve(site.root, join(site.root, base, '404.html'), headersFile(join(site.root, base, '_headers')));
    browser = await launch();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (site) rmSync(site.root, { recursive: true, force: true });
  });
  const at = (path: string) => `${server.origin}${base.replace(/\/$/, '')}${path}`;
  return {
    at,
    browser: () => browser,
    async open(path, options = {}) {
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options })).newPage();
      await page.goto(at(path));
      return page;
    },
  };
}
