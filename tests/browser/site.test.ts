/**
 * A visitor in a real browser (Debian's Chromium via playwright-core) on the fixture site,
 * built under a sub-path and served like a static host would.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useFixtureSite } from './fixture-site.ts';
import { chipName } from '../site/build.ts';

const BASE = '/careers/';
const site = useFixtureSite(BASE);
const at = site.at;

/** A page not yet navigated, for tests that watch the first load. */
async function newPage(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  return (await site.browser().newContext({ viewport: { width: 1280, height: 900 }, ...options })).newPage();
}

/** Presses Tab until the focused element matches, and returns how many presses it took. */
async function tabTo(page: Page, matches: (el: Element) => boolean, limit = 60): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return presses;
  }
  throw new Error(`focus never reached the element in ${limit} presses of Tab`);
}

describe('the compare page', () => {
  it('compares two chosen roles and keeps the choice in the URL', async () => {
    const page = await newPage();
    await page.goto(at('/compare/'));
    await page.getByLabel('First role').selectOption({ label: 'Senior Backend Engineer' });
    await page.getByLabel('Second role').selectOption({ label: 'Staff Backend Engineer' });
    const result = page.locator('#compare-result');
    await expect
      .poll(() => result.locator('h2').allTextContents())
      .toEqual([
        'Senior Backend Engineer compared with Staff Backend Engineer',
        'Skills both ask for (3)',
        'Only Senior Backend Engineer (1)',
        'Only Staff Backend Engineer (1)',
      ]);
    expect((await result.locator('a.chip').allTextContents()).map((text) => chipName({ text }))).toEqual([
      'Go',
      'Kafka',
      'Mentoring',
      'PostgreSQL',
      'Kubernetes',
    ]);
    expect(new URL(page.url()).search).toBe('?a=senior-backend-engineer&b=staff-backend-engineer');

    // The same URL, opened again, shows the same comparison.
    const again = await newPage();
    await again.goto(page.url());
    await expect
      .poll(() => again.locator('#compare-result h2').first().textContent())
      .toBe('Senior Backend Engineer compared with Staff Backend Engineer');
    expect(await again.getByLabel('Second role').inputValue()).toBe('staff-backend-engineer');
  });

  it('links from a role page with that role already chosen', async () => {
    const page = await newPage();
    await page.goto(at('/roles/backend-engineer/'));
    await page.getByRole('link', { name: 'Compare with another role' }).click();
    await expect.poll(() => page.getByLabel('First role').inputValue()).toBe('backend-engineer');
    await expect.poll(() => page.locator('#compare-result').textContent()).toBe('Choose a second role to compare.');
  });

  it('on a phone, each role picker takes the full width, so the chosen title is not cut to a word', async () => {
    const page = await site.open('/compare/?a=senior-backend-engineer&b=staff-backend-engineer', {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await page.locator('#compare-form').waitFor();
    const form = (await page.locator('#compare-form').boundingBox())!;
    for (const label of ['First role', 'Second role']) {
      const box = (await page.getByLabel(label).boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(form.width - 1);
    }
    await page.context().close();
  });

  it('compare a role with itself: says it is the same role twice and offers others to compare it with', async () => {
    const page = await newPage();
    await page.goto(at('/compare/?a=senior-backend-engineer&b=senior-backend-engineer'));
    const result = page.locator('#compare-result');
    await expect
      .poll(() => result.locator('p').first().textContent())
      .toBe('That is Senior Backend Engineer twice: choose a different second role to compare it with.');
    expect(await result.locator('table').count()).toBe(0);
    const offers = await result.getByRole('link').allTextContents();
    expect(offers.length).toBeGreaterThan(0);
    expect(offers).not.toContain('Compare with Senior Backend Engineer');
    // Roles of its own family come first.
    expect(offers[0]).toMatch(/^Compare with .*Backend Engineer$/);
    await result.getByRole('link').first().click();
    await expect
      .poll(() => result.locator('h2').first().textContent())
      .toMatch(/^Senior Backend Engineer compared with /);
  });

  it('without JavaScript offers ready-made comparisons that work', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(at('/compare/'));
    expect(await page.locator('#compare-form').isVisible()).toBe(false);
    await page.getByRole('link', { name: 'Senior Backend Engineer and Staff Backend Engineer' }).click();
    expect(await page.locator('main h2').allTextContents()).toEqual([
      'Skills both ask for (3)',
      'Only Senior Backend Engineer (1)',
      'Only Staff Backend Engineer (1)',
    ]);
  });
});

describe('the home page', () => {
  it('has one search box, whose placeholder fits it on a phone', async () => {
    const page = await site.open('/', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    expect(await page.locator('input[type=search]').count()).toBe(1);
    const { text, box } = await page.locator('#site-search').evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
      return { text: context.measureText(input.placeholder).width, box: input.clientWidth - padding };
    });
    expect(text).toBeGreaterThan(0);
    expect(text).toBeLessThanOrEqual(box);
  });

  it('on a desktop shows the latest open positions beside the pitch, newest first', async () => {
    const page = await site.open('/', { viewport: { width: 1366, height: 900 } });
    const aside = page.locator('.hero-aside');
    expect(await aside.locator('h2').textContent()).toBe('Latest open positions');
    expect(await aside.locator('li a').allTextContents()).toEqual([
      'Frontend Engineer',
      'Backend Engineer, Platform',
      'Senior Backend Engineer, Payments',
    ]);
    expect(await aside.locator('li a').first().getAttribute('href')).toBe(`${BASE}jobs/frontend-engineer-austin/`);
    // Beside the pitch, not under it: the hero's right half has a purpose.
    const pitch = (await page.locator('.hero-pitch').boundingBox())!;
    const box = (await aside.boundingBox())!;
    expect(box.x).toBeGreaterThan(pitch.x + pitch.width);
    expect(box.y).toBeLessThan(pitch.y + pitch.height);
  });

  it.each([1366, 1024])(
    'at %i px leaves no card of the ways in, benefits or values alone on a row of its own',
    async (width) => {
      const page = await site.open('/', { viewport: { width, height: 900 } });
      for (const list of ['.ways', '.benefits', '.values']) {
        const rows = await page.locator(`${list} > li`).evaluateAll((items) => {
          const count = new Map<number, number>();
          for (const item of items) {
            const top = Math.round(item.getBoundingClientRect().top);
            count.set(top, (count.get(top) ?? 0) + 1);
          }
          return [...count.values()];
        });
        expect(rows.length, list).toBeGreaterThan(0);
        if (rows.length > 1) expect(rows.at(-1), `${list}: ${rows.join(' + ')}`).toBeGreaterThan(1);
      }
    },
  );

  it('at 1366 px sets the equal-opportunity and adjustments statements side by side across their whole box', async () => {
    const page = await site.open('/', { viewport: { width: 1366, height: 900 } });
    const box = page.locator('.commitments');
    const inner = await box.evaluate((el) => {
      const style = getComputedStyle(el);
      return el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    });
    const sections = await box.locator('section').evaluateAll((all) => all.map((el) => el.getBoundingClientRect()));
    expect(sections).toHaveLength(2);
    expect(sections[0]!.top).toBe(sections[1]!.top);
    expect(sections[1]!.right - sections[0]!.left).toBeGreaterThanOrEqual(inner - 1);
  });

  it('never starts a line of the facts with a separator, however they wrap', async () => {
    const page = await site.open('/', { viewport: { width: 390, height: 844 } });
    const lines = await page.locator('.hero-facts li').evaluateAll((items) => {
      const dot = parseFloat(getComputedStyle(items[0]!.parentElement!).getPropertyValue('--dot')) || 24;
      // Whether the dot before a fact can be seen: a point clipped away is not part of the page.
      const dotShows = (item: Element) => {
        const box = item.getBoundingClientRect();
        return document.elementFromPoint(box.left + dot / 2, box.top + box.height / 2) === item;
      };
      const rows = new Map<number, boolean[]>();
      for (const item of items) {
        const top = Math.round(item.getBoundingClientRect().top);
        rows.set(top, [...(rows.get(top) ?? []), dotShows(item)]);
      }
      return [...rows.values()];
    });
    expect(lines.length).toBeGreaterThan(1);
    for (const dots of lines) expect(dots).toEqual([false, ...dots.slice(1).map(() => true)]);
  });
});

describe('a role or job page on a desktop', () => {
  it.each(['/roles/senior-backend-engineer/', '/jobs/senior-backend-engineer-berlin/'])(
    '%s has Apply in the first screen, beside the title, and keeps it in view while reading',
    async (path) => {
      const page = await site.open(path, { viewport: { width: 1366, height: 768 } });
      const apply = page.locator('#apply');
      const inView = async () => {
        const box = (await apply.boundingBox())!;
        return box.y >= 0 && box.y + box.height <= 768;
      };
      expect(await inView()).toBe(true);
      const title = (await page.locator('h1').boundingBox())!;
      const side = (await page.locator('.role-aside').boundingBox())!;
      expect(side.x).toBeGreaterThan(title.x + title.width);
      expect(side.y).toBeLessThan(title.y + title.height);
      // The column ends where the page does: at the header's right edge, not short of it.
      const header = (await page.locator('.site-header .wrap').boundingBox())!;
      const padding = await page
        .locator('.site-header .wrap')
        .evaluate((el) => parseFloat(getComputedStyle(el).paddingRight));
      expect(Math.abs(side.x + side.width - (header.x + header.width - padding))).toBeLessThanOrEqual(1);
      await page.locator('#skills').scrollIntoViewIfNeeded();
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(400);
      expect(await inView()).toBe(true);
    },
  );
});

describe('a role or job page on a phone', () => {
  it.each(['/roles/senior-backend-engineer/', '/jobs/senior-backend-engineer-berlin/'])(
    '%s keeps an Apply button within reach from the first screen to the end of the text',
    async (path) => {
      const page = await site.open(path, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      const apply = page.locator('.apply-bar a', { hasText: 'Apply' });
      const reachable = async () => {
        const box = (await apply.boundingBox())!;
        return box.y >= 0 && box.y + box.height <= 844 && box.height >= 44;
      };
      expect(await reachable()).toBe(true);
      for (const section of ['main h2 >> nth=1', '#skills']) {
        await page.locator(section).scrollIntoViewIfNeeded();
        expect(await reachable(), section).toBe(true);
      }
      expect(await apply.getAttribute('href')).toBe(await page.locator('#apply').getAttribute('href'));
      await page.context().close();
    },
  );
});

describe('a keyboard-only visitor', () => {
  it('goes from the home page to a role and reaches its apply link, with focus always visible', async () => {
    const page = await newPage();
    await page.goto(at('/'));

    // The first Tab reaches the skip link, which moves focus to the main content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    const toRole = await tabTo(page, (el) => el.textContent === 'Senior Backend Engineer' && el.tagName === 'A');
    // Before it: the search box and its button, the latest open positions, the ways in.
    expect(toRole).toBeLessThan(20);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await Promise.all([page.waitForURL('**/roles/senior-backend-engineer/'), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe('Senior Backend Engineer');

    const toApply = await tabTo(page, (el) => el.textContent === 'Apply for this role');
    expect(toApply).toBeLessThan(25);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      'https://jobs.fixture.example/senior-backend',
    );
  });
});

describe('a short page', () => {
  it.each(['/roles/level/junior/', '/roles/no-such-role/'])(
    '%s keeps its footer at the bottom of the window, not halfway up it',
    async (path) => {
      const page = await site.open(path, { viewport: { width: 1366, height: 1200 } });
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(1200);
      const footer = (await page.locator('.site-footer').boundingBox())!;
      expect(footer.y + footer.height).toBe(1200);
      await page.context().close();
    },
  );
});

describe('a visitor who mistypes an address', () => {
  it('gets the 404 page with a way back into the site', async () => {
    const page = await newPage();
    const response = await page.goto(at('/roles/no-such-role/'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    await page.getByRole('link', { name: 'Browse all roles' }).click();
    expect(new URL(page.url()).pathname).toBe(`${BASE}roles/`);
  });
});
