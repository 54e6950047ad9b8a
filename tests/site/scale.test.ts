/**
 * A site with many roles (260 synthetic pages from the benchmark's generator): lists stay short
 * and paginate, every link still resolves, and search shows results ten at a time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../bench/generate.ts';
import { launch } from '../browser/browser.ts';
import { serve, type Served } from '../browser/server.ts';
import { buildSite, type BuiltSite } from './build.ts';
import { brokenLinks } from './links.ts';

let dir: string;
let site: BuiltSite;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scale-'));
  site = buildSite(generateContent(dir, 260), '/');
}, 180_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(site.root, { recursive: true, force: true });
});

describe('with 260 roles', () => {
  it('the home page shows a few roles per level and links to all of them', () => {
    const home = site.page('/');
    const levels = home.querySelectorAll('.level-index section');
    expect(levels.length).toBeGreaterThan(1);
    for (const section of levels) expect(section.querySelectorAll('li').length).toBeLessThanOrEqual(6);
    const all = home.querySelectorAll('.level-index section p a').map((a) => a.getAttribute('href'));
    expect(all).toContain('/roles/level/senior/');
  });

  it('level pages are split into pages of 48 that link to each other', () => {
    const first = site.page('/roles/level/senior/');
    const total = Number(/\((\d+)\)/.exec(first.querySelector('h1')!.text)![1]);
    expect(total).toBeGreaterThan(48);
    expect(first.querySelectorAll('.card')).toHaveLength(48);
    expect(first.querySelector('a[rel=next]')?.getAttribute('href')).toBe('/roles/level/senior/2/');
    const second = site.page('/roles/level/senior/2/');
    expect(second.querySelector('a[rel=prev]')?.getAttribute('href')).toBe('/roles/level/senior/');
    expect(second.querySelector('title')?.text).toContain('page 2');
  });

  it('every internal link resolves', () => {
    expect(brokenLinks(site.root).broken).toEqual([]);
  });
});

describe('search with many results', () => {
  let server: Served;
  let browser: Browser;
  beforeAll(async () => {
    server = await serve(site.root);
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows five results, and ten more on request with focus on the first new one', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/?q=engineer`);
    const results = page.locator('.result');
    await expect.poll(() => results.count()).toBe(5);
    const more = page.getByRole('button', { name: /^Show 10 more of \d+ remaining$/ });
    await more.click();
    await expect.poll(() => results.count()).toBe(15);
    expect(
      await page.evaluate(
        () => document.activeElement?.closest('li')?.previousElementSibling === document.querySelectorAll('.result')[4],
      ),
    ).toBe(true);
  });
});
