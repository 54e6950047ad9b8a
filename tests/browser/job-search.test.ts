/**
 * Searching a site with open jobs, in a real browser: jobs and roles are distinct results, jobs
 * filter by where, workplace and employment, and sort by the day they were posted.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useFixtureSite } from './fixture-site.ts';

const site = useFixtureSite('/careers/');

const results = (page: Page) =>
  page
    .locator('.result h2')
    .evaluateAll((headings) =>
      headings.map((h) => `${h.querySelector('.result-type')?.textContent} ${h.querySelector('a')?.textContent}`),
    );
const status = (page: Page) => page.locator('#search-status').textContent();

describe('searching roles and jobs', () => {
  it('finds a job by its city, says it is a job, and shows where, employment and pay', async () => {
    const page = await site.open('/search/?q=berlin');
    await expect.poll(() => results(page)).toEqual(['Job Senior Backend Engineer, Payments']);
    expect(await status(page)).toBe('1 result for “berlin”.');
    expect(await page.locator('.result .muted').first().textContent()).toBe(
      'Berlin, Germany · Hybrid · Full-time · €85,000 – €105,000 a year',
    );
    expect(await page.locator('.result h2 a').getAttribute('href')).toBe(
      '/careers/jobs/senior-backend-engineer-berlin/',
    );
  });

  it('tells roles and jobs apart in one list of results', async () => {
    const page = await site.open('/search/?q=frontend');
    await expect
      .poll(() => results(page))
      .toEqual(expect.arrayContaining(['Role Frontend Engineer', 'Job Frontend Engineer']));
  });

  it('filters to jobs only, then by workplace, with counts, and keeps it in the URL', async () => {
    const page = await site.open('/search/');
    await page.getByLabel(/^Job \(/).check();
    await expect.poll(() => status(page)).toBe('3 jobs with Show: Job.');
    expect((await results(page)).every((r) => r.startsWith('Job '))).toBe(true);
    await page.getByLabel(/^Remote \(/).check();
    await expect.poll(() => results(page)).toEqual(['Job Backend Engineer, Platform']);
    expect(new URL(page.url()).search).toBe('?type=job&workplace=remote');
    // Location lists the countries the jobs are in or open to.
    expect(await page.locator('fieldset:has(legend:text("Location")) label').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Germany/), expect.stringMatching(/^United States/)]),
    );
  });

  it('sorts jobs newest first', async () => {
    const page = await site.open('/search/?type=job&sort=updated');
    await expect
      .poll(() => results(page))
      .toEqual(['Job Frontend Engineer', 'Job Backend Engineer, Platform', 'Job Senior Backend Engineer, Payments']);
  });

  it("shows pay in the visitor's own number format, and in English without a script to do it", async () => {
    const german = await site.open('/jobs/senior-backend-engineer-berlin/', { locale: 'de-DE' });
    await expect.poll(() => german.locator('.facts data.pay').textContent()).toBe('85.000–105.000\u00a0€ a year');
    const english = await site.open('/jobs/senior-backend-engineer-berlin/', { locale: 'en-US' });
    expect(await english.locator('.facts data.pay').textContent()).toBe('€85,000 – €105,000 a year');
    const noScript = await site.open('/jobs/senior-backend-engineer-berlin/', {
      locale: 'de-DE',
      javaScriptEnabled: false,
    });
    expect(await noScript.locator('.facts data.pay').textContent()).toBe('€85,000 – €105,000 a year');
  });

  it('finds no closed, scheduled or draft job', async () => {
    for (const q of ['denver', 'lisbon', 'unannounced', 'zürich']) {
      const page = await site.open(`/search/?q=${encodeURIComponent(q)}`);
      await expect.poll(() => status(page)).toMatch(/^No results for/);
      await page.context().close();
    }
  });
});
