/**
 * Quality gates in a real browser on the fixture site under /careers/, served with its own
 * _headers (Content-Security-Policy included): accessibility with axe-core on every kind of page,
 * in light and dark and at phone width; no request leaving the site; no CSP violation.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useFixtureSite } from './fixture-site.ts';
import { PAGE_KINDS } from './page-kinds.ts';

const site = useFixtureSite('/careers/');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const PAGES = PAGE_KINDS;
const VIEWS = [
  { name: 'desktop light', viewport: { width: 1280, height: 900 }, colorScheme: 'light' as const },
  { name: 'desktop dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' as const },
  { name: 'phone light', viewport: { width: 390, height: 844 }, colorScheme: 'light' as const },
  { name: 'phone dark', viewport: { width: 390, height: 844 }, colorScheme: 'dark' as const },
];

async function violations(page: Page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe.each(VIEWS)('accessibility, $name', (view) => {
  it.each(PAGES)('%s has no WCAG 2.2 A or AA violations', async (path, ready) => {
    const page = await site.open(path, { viewport: view.viewport, colorScheme: view.colorScheme });
    await page.locator(ready).first().waitFor();
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('on a phone', () => {
  it.each(PAGES)('%s does not scroll sideways at 390 px', async (path, ready) => {
    const page = await site.open(path, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.locator(ready).first().waitFor();
    // What reaches past the screen's edge outside a box that scrolls or clips it, if anything.
    const wide = await page.evaluate(() => {
      const clipped = (el: Element): boolean => {
        for (let at = el.parentElement; at && at !== document.body; at = at.parentElement)
          if (getComputedStyle(at).overflowX !== 'visible') return true;
        return false;
      };
      return [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !clipped(el))
        .slice(0, 3)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    });
    expect({ width: await page.evaluate(() => document.documentElement.scrollWidth), wide }).toEqual({
      width: 390,
      wide: [],
    });
    await page.context().close();
  });
});

describe('a visit', () => {
  it('makes no request that leaves the site and breaks no rule of its Content-Security-Policy', async () => {
    const context = await site.browser().newContext();
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    const page = await context.newPage();
    const cspViolations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    for (const [path, ready] of PAGES) {
      await page.goto(site.at(path));
      await page.locator(ready).first().waitFor();
      expect(await cspViolations(), path).toEqual([]);
    }
    // Search as a visitor would: the index, its WebAssembly and its worker all load under the policy.
    await page.goto(site.at('/search/'));
    await page.locator('#search-input').fill('golang');
    await page.locator('.result').first().waitFor();
    expect(await cspViolations()).toEqual([]);
    const origin = new URL(site.at('/')).origin;
    expect(
      requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')),
    ).toEqual([]);
    expect(requests.some((url) => url.includes('/careers/pagefind/'))).toBe(true);
    await context.close();
  });
});

it('the accessibility check does find a violation when a page has one', async () => {
  const page = await site.open('/');
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Too pale to read';
    p.style.cssText = 'color:#d0d0d0;background:#ffffff';
    document.querySelector('main')!.append(p);
  });
  expect((await violations(page)).map((v) => v.split(':')[0])).toContain('color-contrast');
  await page.context().close();
});
