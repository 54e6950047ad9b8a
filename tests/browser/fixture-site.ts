import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildSite, FIXTURE_CONTENT, type BuiltSite } from '../site/build.ts';
import { launch } from './browser.ts';
import { headersFile, serve, type Served, type ServeOptions } from './server.ts';

export interface FixtureSite {
  /** The address of a path inside the site, base path included. */
  at(path: string): string;
  /** A page in a fresh browser context (desktop size unless told otherwise). */
  open(path: string, options?: BrowserContextOptions): Promise<Page>;
  browser(): Browser;
  /** Serves the same built site again, another way (say, with its pages rewritten). */
  serveAgain(options: Omit<ServeOptions, 'notFound'>): Promise<Served>;
}

export interface FixtureSiteOptions {
  /**
   * Whether the host sends the site's `_headers` (Netlify, Cloudflare Pages) or not (GitHub
   * Pages, where only the policy in each page's meta tag applies). Default: sent.
   */
  headers?: boolean;
  /**
   * Build the fixture without its openings: a site of roles only, as one that has not added
   * jobs yet (the search tests written for roles read their counts and wording there).
   */
  withoutOpenings?: boolean;
  /** The content folder to build (default: the fixture site's). */
  content?: string;
}

/**
 * For one test file: builds the fixture site under `base`, serves it like a static host, and
 * starts Chromium; all three are stopped after the file's tests.
 */
export function useFixtureSite(
  base = '/careers/',
  { headers = true, withoutOpenings = false, content: source = FIXTURE_CONTENT }: FixtureSiteOptions = {},
): FixtureSite {
  let site: BuiltSite;
  let server: Served;
  let browser: Browser;
  let content: string | undefined;
  beforeAll(async () => {
    if (withoutOpenings) {
      content = mkdtempSync(join(tmpdir(), 'fixture-roles-only-'));
      cpSync(source, content, { recursive: true });
      rmSync(join(content, 'openings'), { recursive: true, force: true });
    }
    site = buildSite(content ?? source, base);
    server = await serve(site.root, {
      notFound: notFound(),
      headers: headers ? headersFile(join(site.root, base, '_headers')) : {},
    });
    browser = await launch();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (site) rmSync(site.root, { recursive: true, force: true });
    if (content) rmSync(content, { recursive: true, force: true });
  });
  const notFound = () => join(site.root, base, '404.html');
  const at = (path: string) => `${server.origin}${base.replace(/\/$/, '')}${path}`;
  return {
    at,
    browser: () => browser,
    serveAgain: (options) => serve(site.root, { notFound: notFound(), ...options }),
    async open(path, options = {}) {
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options })).newPage();
      await page.goto(at(path));
      return page;
    },
  };
}
