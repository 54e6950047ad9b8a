/**
 * The jobs pages of the fixture site, built on two days: on 2026-11-22 (three open positions, one
 * closed, one not open yet, a draft and one under a draft role), and on 2027-02-01, when the
 * Berlin opening has closed by itself.
 */
import { rmSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, FIXTURE_CONTENT, FIXTURE_DAY, type BuiltSite } from './build.ts';
import { jobPostingPageProblems } from '../quality/job-posting-page.ts';

const OPEN = ['frontend-engineer-austin', 'backend-engineer-remote-europe', 'senior-backend-engineer-berlin'];
const UNPUBLISHED = ['backend-engineer-next-year', 'draft-opening', 'secret-role-opening'];

describe(`the jobs pages built on ${FIXTURE_DAY}`, () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = buildSite(FIXTURE_CONTENT, '/');
  }, 120_000);
  afterAll(() => rmSync(site.root, { recursive: true, force: true }));

  const rows = (path: string) => site.page(path).querySelectorAll('.job-row h2 a, .job-row h3 a');
  const slugs = (path: string) => rows(path).map((a) => /\/jobs\/([^/]+)\//.exec(a.getAttribute('href')!)![1]);

  it('/jobs/ lists the open positions, newest first, with where, workplace, pay and dates', () => {
    expect(slugs('/jobs/')).toEqual(OPEN);
    const page = site.page('/jobs/');
    expect(page.querySelector('h1')?.text).toBe('Open positions (3)');
    const berlin = page.querySelectorAll('.job-row').find((row) => row.text.includes('Payments'))!;
    expect(berlin.querySelector('.job-row-where')?.text.trim()).toBe('Berlin, Germany · Hybrid');
    expect(berlin.querySelector('.job-row-pay')?.text.trim()).toBe('€85,000 – €105,000 a year');
    expect(berlin.querySelector('.job-row-dates time')?.getAttribute('datetime')).toBe('2026-11-02');
    const remote = page.querySelectorAll('.job-row').find((row) => row.text.includes('Platform'))!;
    expect(remote.querySelector('.job-row-where')?.text.trim()).toBe('Remote from Germany or Netherlands');
    const austin = page.querySelectorAll('.job-row').find((row) => row.text.includes('Austin'))!;
    // Texas asks for no range: none is shown, and none is invented.
    expect(austin.querySelector('.job-row-pay')?.text.trim()).toBe('Pay not listed');
    expect(austin.text).toContain('Contract');
  });

  it('filters by family, level, country, workplace and employment with plain links and counts', () => {
    const filters = site
      .page('/jobs/')
      .querySelectorAll('.filters a')
      .map((a) => `${a.getAttribute('href')} ${a.text.trim()}`);
    expect(filters).toEqual(
      expect.arrayContaining([
        '/jobs/ All jobs (3)',
        '/jobs/family/backend/ Backend engineering (2)',
        '/jobs/level/senior/ Senior (1)',
        '/jobs/country/de/ Germany (2)',
        '/jobs/country/us/ United States (1)',
        '/jobs/workplace/remote/ Remote (1)',
        '/jobs/employment/contract/ Contract (1)',
      ]),
    );
    expect(slugs('/jobs/country/de/')).toEqual(['backend-engineer-remote-europe', 'senior-backend-engineer-berlin']);
    expect(slugs('/jobs/employment/contract/')).toEqual(['frontend-engineer-austin']);
    expect(site.page('/jobs/country/de/').querySelector('h1')?.text).toBe('Jobs in Germany (2)');
    expect(site.page('/jobs/country/de/').querySelector('.filters a[aria-current="page"]')?.text.trim()).toBe(
      'Germany (2)',
    );
    // No filter page for a value no open job has (the closed Denver job's Colorado, say).
    expect(() => site.file('/jobs/country/ch/')).toThrow(/ENOENT/);
  });

  it("an opening's page has its facts, its own text, the role's sections and an apply link", () => {
    const page = site.page('/jobs/senior-backend-engineer-berlin/');
    expect(page.querySelector('h1')?.text).toBe('Senior Backend Engineer, Payments');
    const facts = page.querySelector('.facts')!.structuredText;
    for (const fact of [
      'Location\nBerlin, Germany',
      'Workplace\nHybrid',
      'Employment\nFull-time',
      'Pay\n€85,000 – €105,000 a year',
      'Team\nPayments',
      'Posted\n2 November 2026',
      'Apply by\n31 January 2027',
    ])
      expect(facts).toContain(fact);
    expect(page.querySelector('.facts a[href="/roles/senior-backend-engineer/"]')).not.toBeNull();
    expect(page.querySelector('#this-job')?.text).toBe('About this job');
    expect(page.querySelector('.prose')?.text).toContain('The Payments team runs the ledger.');
    // Then the role's own sections.
    expect(page.querySelectorAll('.role-main h2').map((h) => h.text)).toEqual(
      expect.arrayContaining(['About this job', 'About the role']),
    );
    expect(page.querySelector('#apply')?.getAttribute('href')).toBe('https://jobs.example.com/4012345');
    expect(page.querySelector('meta[name="robots"]')).toBeNull();
  });

  it('without an apply link of its own, an opening applies where its role or the site says', () => {
    const apply = site.page('/jobs/backend-engineer-remote-europe/').querySelector('#apply')?.getAttribute('href');
    expect(apply).toMatch(/^(mailto:|https:)/);
    expect(apply).toBe(site.page('/roles/backend-engineer/').querySelector('#apply')?.getAttribute('href'));
  });

  it("each open position carries one JobPosting that meets Google's rules and shows on the page", () => {
    for (const slug of OPEN) expect(jobPostingPageProblems(site.page(`/jobs/${slug}/`), slug)).toEqual([]);
    const remote = JSON.parse(
      site.page('/jobs/backend-engineer-remote-europe/').querySelector('script[type="application/ld+json"]')!.text,
    ) as Record<string, unknown>;
    expect(remote.jobLocationType).toBe('TELECOMMUTE');
    expect(remote.applicantLocationRequirements).toEqual([
      { '@type': 'Country', name: 'Germany' },
      { '@type': 'Country', name: 'Netherlands' },
    ]);
    // A page that shows no pay has none in its JobPosting either.
    const austin = JSON.parse(
      site.page('/jobs/frontend-engineer-austin/').querySelector('script[type="application/ld+json"]')!.text,
    ) as Record<string, unknown>;
    expect(austin.baseSalary).toBeUndefined();
    // The comparison can fail: a page whose pay and posting day differ from its JobPosting's.
    const tampered = parse(
      site
        .file('/jobs/senior-backend-engineer-berlin/')
        .replace('data-min="85000"', 'data-min="80000"')
        .replace('datetime="2026-11-02"', 'datetime="2026-11-03"'),
    );
    expect(jobPostingPageProblems(tampered, 'x')).toEqual([
      expect.stringMatching(/^x: datePosted 2026-11-02\S* is not shown$/),
      expect.stringMatching(/^x: baseSalary .* is not the pay shown$/),
    ]);
  });

  it('a closed opening keeps a page that says so: noindex, no apply, links to the role and open jobs', () => {
    const page = site.page('/jobs/staff-backend-engineer-denver/');
    expect(page.querySelector('.closed-note')?.text).toBe(
      'This position is closed: applications ended on 31 October 2026.',
    );
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(page.querySelector('script[type="application/ld+json"]')).toBeNull();
    expect(page.querySelector('#apply')).toBeNull();
    const links = page.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(links).toContain('/roles/staff-backend-engineer/');
    expect(links).toContain('/jobs/');
    expect(page.querySelector('[data-pagefind-body]')).toBeNull();
  });

  it('a closed, scheduled, draft or hidden-role opening is in no list, feed or sitemap', () => {
    for (const slug of UNPUBLISHED) expect(() => site.file(`/jobs/${slug}/`), slug).toThrow(/ENOENT/);
    for (const path of ['/', '/jobs/', '/jobs.xml', '/jobs.json', '/sitemap-0.xml', '/roles/backend-engineer/'])
      for (const slug of [...UNPUBLISHED, 'staff-backend-engineer-denver'])
        expect(site.file(path), `${slug} in ${path}`).not.toContain(`/jobs/${slug}/`);
  });

  it('each role page lists its open positions, or says there are none and offers the feed', () => {
    const senior = site.page('/roles/senior-backend-engineer/');
    expect(senior.querySelectorAll('#openings ~ * .job-row a, section:has(#openings) .job-row a').length).toBe(1);
    expect(senior.querySelector('.facts')?.structuredText).toContain('Open positions\n1 open');
    const staff = site.page('/roles/staff-backend-engineer/');
    expect(staff.querySelector('.empty-state')?.text).toContain('There is no open position for this role right now.');
    expect(staff.querySelector('.empty-state a[href="/jobs.xml"]')).not.toBeNull();
  });

  it('the home page shows the number of open jobs', () => {
    const home = site.page('/');
    expect(home.querySelector('.hero-facts')?.text).toContain('3 open positions');
    expect(home.querySelector('a[href="/jobs/"]')).not.toBeNull();
  });

  it('the feeds list the open positions, newest first', () => {
    const rss = site.file('/jobs.xml');
    const links = [...rss.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]).slice(1);
    expect(links.map((l) => /\/jobs\/([^/]+)\//.exec(l!)?.[1])).toEqual(OPEN);
    const json = JSON.parse(site.file('/jobs.json')) as { items: { url: string; title: string; summary: string }[] };
    expect(json.items.map((i) => i.title)).toEqual([
      'Frontend Engineer',
      'Backend Engineer, Platform',
      'Senior Backend Engineer, Payments',
    ]);
    expect(json.items[2]!.summary).toContain('€85,000 – €105,000 a year');
  });

  it('the sitemap has each open position with lastmod, and not the closed one', () => {
    const sitemap = site.file('/sitemap-0.xml');
    for (const slug of OPEN) expect(sitemap).toMatch(new RegExp(`/jobs/${slug}/</loc><lastmod>\\d{4}-\\d\\d-\\d\\d`));
    expect(sitemap).not.toContain('/jobs/staff-backend-engineer-denver/');
  });
});

describe('the same openings built on 2027-02-01, under /careers/', () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = buildSite(FIXTURE_CONTENT, '/careers/', { CAREERS_TODAY: '2027-02-01' });
  }, 120_000);
  afterAll(() => rmSync(site.root, { recursive: true, force: true }));

  it('the Berlin opening, past its closing day, has left the listings and says it is closed', () => {
    const listed = site
      .page('/jobs/')
      .querySelectorAll('.job-row h2 a')
      .map((a) => a.getAttribute('href'));
    expect(listed).toEqual([
      '/careers/jobs/frontend-engineer-austin/',
      '/careers/jobs/backend-engineer-remote-europe/',
    ]);
    const page = site.page('/jobs/senior-backend-engineer-berlin/');
    expect(page.querySelector('.closed-note')?.text).toContain('applications ended on 31 January 2027');
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(site.file('/jobs.xml')).not.toContain('senior-backend-engineer-berlin');
    expect(site.file('/sitemap-0.xml')).not.toContain('senior-backend-engineer-berlin');
    expect(site.page('/').querySelector('.hero-facts')?.text).toContain('2 open positions');
  });
});
