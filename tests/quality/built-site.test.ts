/**
 * Quality gates on the real content, built with the project's config: valid HTML on every page,
 * structured data that says what the page shows, and role pages light enough for one round trip.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { jobPostingPageProblems } from './job-posting-page.ts';
import { firstQueryBytes } from '../../bench/query.ts';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, chipName, type BuiltSite } from '../site/build.ts';
import { cspProblems } from './csp.ts';

/** The first network round trip carries about 14 KB; a role page's HTML and CSS fit in it. */
const ROLE_PAGE_BUDGET = 14 * 1024;

let site: BuiltSite;
let pages: string[];
beforeAll(() => {
  site = buildSite('content', '/');
  pages = readdirSync(site.root, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .sort();
}, 120_000);
afterAll(() => rmSync(site.root, { recursive: true, force: true }));

describe('HTML', () => {
  it('every page is valid HTML (html-validate, recommended rules)', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // Titles are role names chosen by editors; search engines shorten long ones themselves.
        'long-title': 'off',
      },
    });
    const problems: string[] = [];
    for (const name of pages) {
      const report = await validator.validateFile(join(site.root, name));
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${name}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
    expect(pages.length).toBeGreaterThan(50);
    expect(problems).toEqual([]);
    // One validation per page: the time grows with the site (every skill has a page), not a hang.
  }, 120_000);

  it('the validator does report a broken page', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>x</title></head><body><p><div></p></body></html>',
    );
    expect(report.valid).toBe(false);
  });
});

describe('role pages', () => {
  it('do not repeat the lede as a sentence of the body’s first paragraph', () => {
    const names = pages.filter((name) => /^roles\/(?!level\/|family\/)[^/]+\/index\.html$/.test(name));
    expect(names.length).toBeGreaterThan(0);
    const plain = (text: string) => text.replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
    for (const name of names) {
      const page = site.page(`/${name}`);
      const lede = plain(page.querySelector('.lede')!.text);
      const first = plain(page.querySelector('.prose p')!.text);
      expect(first, name).not.toContain(lede);
      expect(first.length, name).toBeGreaterThan(0);
    }
  });
});

describe('structured data on role pages', () => {
  const roles = () => pages.filter((name) => /^roles\/(?!level\/|family\/)[^/]+\/index\.html$/.test(name));

  it('is an Occupation and a BreadcrumbList that say what the page shows', () => {
    expect(roles()).toHaveLength(5);
    for (const name of roles()) {
      const page = site.page(`/${name}`);
      const blocks = page.querySelectorAll('script[type="application/ld+json"]');
      expect(blocks, name).toHaveLength(1);
      const [occupation, breadcrumbs] = JSON.parse(blocks[0]!.text) as [
        Record<string, unknown>,
        { itemListElement: { name: string; item: string }[] },
      ];
      expect(occupation['@type']).toBe('Occupation');
      expect(occupation.name).toBe(page.querySelector('h1')?.text);
      expect(occupation.description).toBe(page.querySelector('.lede')?.text);
      expect(occupation.url).toBe(page.querySelector('link[rel=canonical]')?.getAttribute('href'));
      const shownSkills = page.querySelectorAll('#skills ~ section a.chip').map(chipName);
      expect([...(occupation.skills as string[])].sort()).toEqual(shownSkills.sort());
      // Each responsibility is on the page (as a bullet or a sentence), quotes aside.
      const plain = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');
      const prose = plain(page.querySelector('.prose')!.text);
      for (const duty of (occupation.responsibilities as string[] | undefined) ?? [])
        expect(prose).toContain(plain(duty));
      const years = (occupation.experienceRequirements as { monthsOfExperience: number } | undefined)
        ?.monthsOfExperience;
      if (years !== undefined) expect(page.querySelector('.facts')?.text).toContain(`${years / 12}`);
      expect(breadcrumbs.itemListElement.map((c) => c.name)).toEqual(['Home', 'Roles', occupation.name]);
      expect(breadcrumbs.itemListElement.at(-1)?.item).toBe(occupation.url);
      expect(JSON.stringify(occupation)).not.toContain('JobPosting');
    }
  });
});

describe('Content-Security-Policy', () => {
  it('every page carries one meta policy, with the hash of each of its inline styles and scripts', () => {
    const problems = pages.flatMap((name) =>
      cspProblems(readFileSync(join(site.root, name), 'utf8')).map((problem) => `${name}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });

  it('the policy check does report a style the policy would refuse', () => {
    const page = site.file('/roles/senior-backend-developer/').replace('</head>', '<style>p{color:red}</style></head>');
    expect(cspProblems(page)).toEqual([expect.stringMatching(/^style-src lacks the hash of an inline <style>/)]);
    expect(cspProblems(site.file('/')).length).toBe(0);
    expect(cspProblems(site.file('/').replace(/<meta http-equiv="content-security-policy"[^>]*>/, ''))).toEqual([
      '0 Content-Security-Policy meta tags, not 1',
    ]);
  });
});

describe('the brand', () => {
  it('every page shows the logo from content/brand/, named for the company', () => {
    const logo = readFileSync('content/brand/logo.svg', 'utf8');
    for (const name of ['index.html', 'roles/senior-backend-engineer/index.html', 'search/index.html']) {
      const img = site.page(`/${name}`).querySelector('.site-header .brand img');
      expect(img?.getAttribute('alt'), name).toBe('Meridian Systems');
      expect(site.file(img!.getAttribute('src')!)).toBe(logo);
    }
  });

  it('self-hosts the typeface: preloaded, at most 35 KB of woff2 in all, and shown with font-display: swap', () => {
    const page = site.page('/roles/senior-backend-engineer/');
    const preloads = page.querySelectorAll('link[rel=preload][as=font]');
    expect(preloads.length).toBeGreaterThan(0);
    let bytes = 0;
    for (const link of preloads) {
      const href = link.getAttribute('href')!;
      expect(href).toMatch(/^\/[^/].*\.woff2$/);
      expect(link.getAttribute('type')).toBe('font/woff2');
      bytes += readFileSync(join(site.root, href)).length;
    }
    expect(bytes).toBeLessThanOrEqual(35 * 1024);
    const css = page
      .querySelectorAll('style')
      .map((style) => style.text)
      .join('');
    const faces = css.match(/@font-face\{[^}]*\}/g) ?? [];
    expect(faces.length).toBeGreaterThan(0);
    for (const face of faces) expect(face).toContain('font-display:swap');
  });
});

describe('openings (the samples in content/openings/)', () => {
  it('are at least three open positions with pay: hybrid in an EU city, remote with applicant countries, in a US state', () => {
    const open = pages
      .filter((n) => /^jobs\/[^/]+\/index\.html$/.test(n))
      .map((n) => site.page(`/${n.replace(/index\.html$/, '')}`))
      .filter((page) => page.querySelector('.closed-note') === null);
    const facts = open.map((page) => page.querySelector('.facts')!.structuredText);
    expect(facts.length).toBeGreaterThanOrEqual(3);
    expect(facts.every((f) => /Pay\n\S/.test(f))).toBe(true);
    expect(facts.some((f) => /Workplace\nHybrid/.test(f) && /Germany|France|Netherlands|Spain/.test(f))).toBe(true);
    expect(facts.some((f) => /Workplace\nRemote.*applicants in/s.test(f))).toBe(true);
    expect(facts.some((f) => /, [A-Z]{2}, United States/.test(f))).toBe(true);
  });

  it('each open one carries one valid JobPosting that shows on the page, and a closed one none', () => {
    for (const name of pages.filter((n) => /^jobs\/[^/]+\/index\.html$/.test(n))) {
      const path = `/${name.replace(/index\.html$/, '')}`;
      const page = site.page(path);
      if (page.querySelector('.closed-note')) {
        expect(page.querySelector('script[type="application/ld+json"]'), path).toBeNull();
        expect(page.querySelector('meta[name="robots"]')?.getAttribute('content'), path).toBe('noindex');
      } else expect(jobPostingPageProblems(page, path)).toEqual([]);
    }
  });
});

describe('page weight', () => {
  it('the first search on the real site fetches at most 100 KiB (gzip where smaller), jobs and roles alike', async () => {
    for (const query of ['kafka', 'berlin'])
      expect(await firstQueryBytes(site.root, query), query).toBeLessThanOrEqual(100 * 1024);
  }, 90_000);

  it('every role page and opening page, HTML with its CSS inlined, fits in 14 KB gzip', () => {
    const detail = pages.filter((n) => /^(roles|jobs)\/[^/]+\/index\.html$/.test(n));
    expect(detail.filter((n) => n.startsWith('jobs/')).length).toBeGreaterThanOrEqual(3);
    for (const name of detail) {
      const html = readFileSync(join(site.root, name));
      expect(html.toString()).not.toMatch(/<link[^>]+rel="stylesheet"/);
      expect(gzipSync(html).length, name).toBeLessThan(ROLE_PAGE_BUDGET);
    }
  });

  it('a role page and a job page load no script but the site script, under 1 KB gzip', () => {
    for (const path of ['/roles/senior-backend-developer/', '/jobs/senior-backend-engineer-payments-berlin/']) {
      const scripts = site.page(path).querySelectorAll('script[src]');
      expect(scripts, path).toHaveLength(1);
      expect(gzipSync(site.file(scripts[0]!.getAttribute('src')!)).length, path).toBeLessThan(1024);
    }
  });
});
