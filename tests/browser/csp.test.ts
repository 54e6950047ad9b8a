/**
 * The Content-Security-Policy as GitHub Pages serves the site: no response headers at all, only
 * the policy each page carries in its meta tag. Every kind of page, and a search with a filter,
 * must work under it; the same visit with the hashes taken out must report violations, which
 * shows the visit does detect a page the policy breaks.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useFixtureSite } from './fixture-site.ts';
import { PAGE_KINDS } from './page-kinds.ts';
import type { Served } from './server.ts';

const site = useFixtureSite('/careers/', { headers: false });

const PAGES = PAGE_KINDS;

/** A browser context that records every CSP violation a page reports. */
async function recordingContext(): Promise<BrowserContext> {
  const context = await site.browser().newContext();
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI || 'inline'}`),
    );
  });
  return context;
}

const violations = (context: BrowserContext) =>
  context.pages()[0]!.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

describe('with only the meta policy in force, as on GitHub Pages', () => {
  it.each(PAGES)('%s breaks no rule of its policy', async (path, ready) => {
    const context = await recordingContext();
    const page = await context.newPage();
    const response = await page.goto(site.at(path));
    expect(response?.headers()['content-security-policy']).toBeUndefined();
    await page.locator(ready).first().waitFor();
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(await violations(context)).toEqual([]);
    await context.close();
  });

  it('search finds roles and jobs, and a filter narrows them, with the policy in force', async () => {
    const context = await recordingContext();
    const page = await context.newPage();
    await page.goto(site.at('/search/?q=kafka'));
    // Two roles with Kafka, and the open job under one of them.
    await expect.poll(() => page.locator('.result').count()).toBe(3);
    await page.getByLabel(/^Staff/).check();
    await expect.poll(() => page.locator('.result h2 a').allTextContents()).toEqual(['Staff Backend Engineer']);
    expect(await violations(context)).toEqual([]);
    await context.close();
  });
});

describe('the same visit with the hashes taken out of the policy', () => {
  let stripped: Served;
  beforeAll(async () => {
    stripped = await site.serveAgain({
      html: (page) =>
        page.replace(
          /(<meta http-equiv="content-security-policy" content=")([^"]*)/i,
          (_, open: string, policy: string) => open + policy.replace(/\s*'sha(256|384|512)-[^']+'/g, ''),
        ),
    });
  });
  afterAll(() => stripped?.close());

  it.each(PAGES)('%s reports the inline styles it refuses', async (path, ready) => {
    const context = await recordingContext();
    const page = await context.newPage();
    await page.goto(`${stripped.origin}/careers${path}`);
    await page.locator(ready).first().waitFor({ state: 'attached' });
    await expect.poll(() => violations(context)).toContain('style-src-elem inline');
    await context.close();
  });
});
