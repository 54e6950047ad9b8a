/**
 * Search in a real browser, on the fixture site built (with its Pagefind index) under /careers/,
 * as a site of roles only; tests/browser/job-search.test.ts searches the same site with its jobs.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useFixtureSite } from './fixture-site.ts';

const site = useFixtureSite('/careers/', { withoutOpenings: true });
const open = site.open;

const titles = (page: Page) => page.locator('.result h2 a').allTextContents();
const status = (page: Page) => page.locator('#search-status').textContent();

describe('the search page', () => {
  it('shows results as the visitor types, with the words highlighted, and links them under the base path', async () => {
    const page = await open('/search/');
    await page.locator('#search-input').pressSequentially('kafka', { delay: 20 });
    // Until the search answers, the page lists every role: wait for the two that have Kafka alone.
    await expect
      .poll(async () => (await titles(page)).sort())
      .toEqual(['Senior Backend Engineer', 'Staff Backend Engineer']);
    expect(await status(page)).toBe('2 roles for “kafka”.');
    expect(await page.locator('.result mark').first().textContent()).toMatch(/kafka/i);
    expect(await page.locator('.result h2 a').first().getAttribute('href')).toMatch(/^\/careers\/roles\//);
    expect(new URL(page.url()).search).toBe('?q=kafka');
  });

  it('filters without a search term, with counts on each filter', async () => {
    const page = await open('/search/');
    await expect.poll(() => titles(page)).toHaveLength(4);
    await page.getByLabel(/^Staff/).check();
    await page.getByLabel(/^Kafka/).check();
    await expect.poll(() => status(page)).toBe('1 role with Level: Staff; Skills: Kafka.');
    expect(await titles(page)).toEqual(['Staff Backend Engineer']);
    expect(await page.getByLabel(/^Kubernetes/).evaluate((box) => box.nextElementSibling?.textContent)).toBe(
      'Kubernetes (1)',
    );
    expect(new URL(page.url()).search).toBe('?level=staff&skill=kafka');
  });

  it('lists every filter value with its count from the build, and fetches filter data only once the visitor uses the filters', async () => {
    const page = await open('/search/?q=kafka');
    const filterFiles: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/filter/')) filterFiles.push(request.url());
    });
    await expect.poll(() => titles(page)).toHaveLength(2);
    // The whole site's counts are in the page as built; the search's own are not known yet.
    expect(await page.locator('#search-filters input[data-count]').count()).toBeGreaterThan(5);
    expect(await page.getByLabel(/^Kafka/).getAttribute('data-count')).toBe('2');
    expect(filterFiles).toEqual([]);

    await page.getByLabel(/^Staff/).focus();
    await expect.poll(() => filterFiles.length).toBeGreaterThan(0);
    // Live counts for this search: of the two roles with Kafka, one is Staff and none is Mid-level.
    await expect
      .poll(() => page.getByLabel(/^Staff/).evaluate((box) => box.nextElementSibling?.textContent))
      .toBe('Staff (1)');
    expect(await page.getByLabel(/^Mid-level/).evaluate((box) => box.nextElementSibling?.textContent)).toBe(
      'Mid-level (0)',
    );
  });

  it('restores a shared URL, and the back button restores the search before', async () => {
    const page = await open('/search/?q=engineer&level=staff&skill=Kafka');
    await expect.poll(() => titles(page)).toEqual(['Staff Backend Engineer']);
    expect(await page.locator('#search-input').inputValue()).toBe('engineer');
    expect(await page.getByLabel(/^Staff/).isChecked()).toBe(true);

    await page.getByLabel(/^Staff/).uncheck();
    await expect.poll(() => titles(page)).toHaveLength(2);
    await page.goBack();
    await expect.poll(() => titles(page)).toEqual(['Staff Backend Engineer']);
    expect(await page.getByLabel(/^Staff/).isChecked()).toBe(true);
  });

  it.each([
    ['golang', ['Backend Engineer', 'Senior Backend Engineer', 'Staff Backend Engineer']],
    ['postgres', ['Backend Engineer', 'Senior Backend Engineer']],
    ['k8s', ['Staff Backend Engineer']],
    ['developer', ['Backend Engineer', 'Frontend Engineer', 'Senior Backend Engineer', 'Staff Backend Engineer']],
  ])('finds roles by another name: %s', async (query, expected) => {
    const page = await open(`/search/?q=${query}`);
    await expect.poll(async () => (await titles(page)).sort()).toEqual(expected);
  });

  it('offers the filters and the role lists when nothing matches', async () => {
    const page = await open('/search/?q=cobol&level=Staff');
    await expect.poll(() => status(page)).toBe('No roles for “cobol” with Level: Staff.');
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    expect(new URL(page.url()).search).toBe('?q=cobol');
    expect(await page.getByRole('link', { name: 'Browse all roles' }).getAttribute('href')).toBe('/careers/roles/');
  });

  it('works from the keyboard: arrows move through results and back, focus is never lost', async () => {
    const page = await open('/search/?q=backend');
    await expect.poll(() => titles(page)).toHaveLength(3);
    await page.locator('#search-input').focus();
    await page.keyboard.press('ArrowDown');
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? document.activeElement?.id);
    const first = (await titles(page))[0];
    expect(await focused()).toBe(first);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe((await titles(page))[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL('**/roles/**'), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe(first);
  });

  it('says so, and links to the lists, without JavaScript', async () => {
    const page = await open('/search/', { javaScriptEnabled: false });
    expect(await page.locator('#search-results').textContent()).toContain('Live search needs JavaScript');
    expect(await page.locator('#search-results').getByRole('link', { name: 'all roles' }).getAttribute('href')).toBe(
      '/careers/roles/',
    );
  });

  it('without JavaScript does not promise results as you type, and reads “browse all roles” with its space', async () => {
    const page = await open('/search/', { javaScriptEnabled: false });
    expect(await page.locator('#search-help').isVisible()).toBe(false);
    expect(await page.locator('main').innerText()).not.toContain('Results update as you type');
    expect((await page.locator('#search-nojs').innerText()).replace(/\s+/g, ' ')).toContain(
      'browse all roles by level',
    );
  });

  it('shows the keyboard help where there is a keyboard, and not on a touch screen', async () => {
    const desktop = await open('/search/');
    await expect.poll(() => desktop.locator('#search-help').isVisible()).toBe(true);
    expect(await desktop.locator('#search-input').getAttribute('aria-describedby')).toBe('search-help');
    const phone = await open('/search/?q=kafka', {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await expect.poll(() => titles(phone)).toHaveLength(2);
    expect(await phone.locator('#search-help').isVisible()).toBe(false);
    expect(await phone.locator('#search-input').getAttribute('aria-describedby')).toBeNull();
  });

  it('has a placeholder that fits the search box on a phone', async () => {
    const page = await open('/search/', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const { text, box } = await page.locator('#search-input').evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
      return { text: context.measureText(input.placeholder).width, box: input.clientWidth - padding };
    });
    expect(text).toBeGreaterThan(0);
    expect(text).toBeLessThanOrEqual(box);
  });

  it('lists every role without a search term under its summary, not its title a second time', async () => {
    const page = await open('/search/?level=senior');
    await expect.poll(() => status(page)).toMatch(/^\d+ roles? with Level: Senior\.$/);
    const results = await page.locator('.result').evaluateAll((items) =>
      items.map((item) => ({
        title: item.querySelector('h2 a')!.textContent!,
        excerpt: item.querySelector('.excerpt')!.textContent!,
      })),
    );
    expect(results.length).toBeGreaterThan(0);
    for (const { title, excerpt } of results) {
      expect(excerpt).not.toBe('');
      expect(excerpt.startsWith(`${title}. `), excerpt).toBe(false);
    }
  });

  it('highlights the word found, not the punctuation around it, and marks cut text with an ellipsis', async () => {
    const page = await open('/search/?q=kafka');
    await expect.poll(() => titles(page)).toHaveLength(2);
    const marks = await page.locator('.result mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark).toMatch(/^kafka$/i);
    for (const excerpt of await page.locator('.result .excerpt').allTextContents()) {
      expect(excerpt).toMatch(/^(…|\p{Lu})/u);
      expect(excerpt).toMatch(/(…|[.!?])$/u);
    }
  });
});

describe('visitor defects', () => {
  const box = (page: Page) => page.locator('#search-input').inputValue();

  it('search history: Back after “kafka” then “golang” returns to “kafka”, with the box and filters restored', async () => {
    const page = await open('/search/');
    await page.locator('#search-input').pressSequentially('kafka', { delay: 30 });
    await expect.poll(() => titles(page)).toHaveLength(2);
    await page.getByLabel(/^Staff/).check();
    await expect.poll(() => titles(page)).toEqual(['Staff Backend Engineer']);
    // A pause, then a new search typed over the old one.
    await page.waitForTimeout(1200);
    await page.locator('#search-input').selectText();
    await page.locator('#search-input').pressSequentially('golang', { delay: 30 });
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('golang');
    await expect.poll(() => status(page)).toBe('1 role for “golang” with Level: Staff.');

    await page.goBack();
    await expect.poll(() => box(page)).toBe('kafka');
    expect(await page.getByLabel(/^Staff/).isChecked()).toBe(true);
    await expect.poll(() => titles(page)).toEqual(['Staff Backend Engineer']);
    await page.goBack();
    await expect.poll(() => page.getByLabel(/^Staff/).isChecked()).toBe(false);
    expect(await box(page)).toBe('kafka');
    await expect.poll(() => titles(page)).toHaveLength(2);
    await page.goBack();
    await expect.poll(() => box(page)).toBe('');
    expect(new URL(page.url()).pathname).toBe('/careers/search/');
  });

  it('filter URLs use the site’s own slugs (?family=backend&level=mid), and old label URLs still work', async () => {
    const bySlug = await open('/search/?family=backend&level=mid');
    await expect.poll(() => titles(bySlug)).toEqual(['Backend Engineer']);
    expect(await bySlug.getByLabel(/^Backend engineering/).isChecked()).toBe(true);
    expect(await bySlug.getByLabel(/^Mid-level/).isChecked()).toBe(true);
    const byLabel = await open('/search/?family=Backend+engineering&level=Mid-level');
    await expect.poll(() => titles(byLabel)).toEqual(['Backend Engineer']);
    await byLabel.getByLabel(/^Mid-level/).uncheck();
    await expect.poll(() => new URL(byLabel.url()).search).toBe('?family=backend');
  });
});

describe('visitor defects: the filter panel', () => {
  /** The values of the skills filter a visitor can see. */
  const shownSkills = (page: Page) =>
    page
      .locator('#search-filters fieldset:has(legend:text("Skills")) li:visible label')
      .evaluateAll((labels) => labels.map((label) => label.firstChild!.textContent!.trim()));

  it('cuts no list off mid-row: a long list shows the values most roles have and “Show all”, which works from the keyboard', async () => {
    const page = await open('/search/');
    await expect.poll(() => titles(page)).toHaveLength(4);
    // No list scrolls inside the panel, so none is cut off at its edge.
    const cut = await page
      .locator('#search-filters ul')
      .evaluateAll((lists) => lists.filter((list) => list.scrollHeight > list.clientHeight + 1).length);
    expect(cut).toBe(0);
    // The five skills most roles ask for, in the list's alphabetical order.
    expect(await shownSkills(page)).toEqual(['C#', 'Go', 'Kafka', 'Mentoring', 'PostgreSQL']);
    const more = page.getByRole('button', { name: 'Show all 8' });
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    // Short lists (the levels) are shown whole, with no button.
    expect(await page.locator('fieldset:has(legend:text("Level")) button').count()).toBe(0);

    await more.focus();
    await page.keyboard.press('Enter');
    expect(await shownSkills(page)).toEqual([
      'C#',
      'Go',
      'Kafka',
      'Kubernetes',
      'Mentoring',
      'PostgreSQL',
      'React',
      'TypeScript',
    ]);
    const fewer = page.getByRole('button', { name: 'Show fewer' });
    expect(await fewer.getAttribute('aria-expanded')).toBe('true');
    await page.getByLabel(/^TypeScript/).check();
    await expect.poll(() => titles(page)).toEqual(['Frontend Engineer']);

    // Folded again, the chosen value stays in view.
    await fewer.focus();
    await page.keyboard.press('Space');
    expect(await shownSkills(page)).toEqual(['C#', 'Go', 'Kafka', 'Mentoring', 'PostgreSQL', 'TypeScript']);
    expect(await page.getByRole('button', { name: 'Show all 8' }).getAttribute('aria-expanded')).toBe('false');
  });

  it('shows a value chosen in a shared URL even when it is past the first ones', async () => {
    const page = await open('/search/?skill=react');
    await expect.poll(() => titles(page)).toEqual(['Frontend Engineer']);
    expect(await shownSkills(page)).toEqual(['C#', 'Go', 'Kafka', 'Mentoring', 'PostgreSQL', 'React']);
    expect(await page.getByLabel(/^React/).isChecked()).toBe(true);
  });
});

describe('the header search box', () => {
  it('is reached with / from any page and opens the search page with the query', async () => {
    const page = await open('/roles/frontend-engineer/');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('kafka');
    await Promise.all([page.waitForURL('**/search/?q=kafka'), page.keyboard.press('Enter')]);
    await expect.poll(() => titles(page)).toHaveLength(2);
    expect(requests.some((url) => url.includes('/careers/pagefind/'))).toBe(true);
  });

  it('loads no search code before the visitor focuses it', async () => {
    const page = await (await site.browser().newContext()).newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(site.at('/roles/frontend-engineer/'));
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.includes('pagefind'))).toEqual([]);
    await page.locator('#site-search').focus();
    await expect.poll(() => requests.filter((url) => url.includes('/careers/pagefind/')).length).toBeGreaterThan(0);
  });
});
