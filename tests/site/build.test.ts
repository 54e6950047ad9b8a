/**
 * Builds the site from a small fixture content folder (tests/fixtures/site/content), at the
 * root and under a sub-path, and checks the HTML a visitor gets.
 */
import { rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, chipName, FIXTURE_CONTENT, type BuiltSite } from './build.ts';
import { brokenLinks } from './links.ts';

const PUBLISHED = ['backend-engineer', 'senior-backend-engineer', 'staff-backend-engineer', 'frontend-engineer'];

// The second build is also a preview build, as a pull request's is.
describe.each([
  { base: '/', preview: false },
  { base: '/careers/', preview: true },
])('the site built with base $base (preview: $preview)', ({ base, preview }) => {
  let site: BuiltSite;
  const link = (path: string) => `${base.replace(/\/$/, '')}${path}`;

  beforeAll(() => {
    site = buildSite(FIXTURE_CONTENT, base, preview ? { CAREERS_PREVIEW: '1' } : {});
  }, 120_000);
  afterAll(() => rmSync(site.root, { recursive: true, force: true }));

  describe('role pages', () => {
    it('exist for every published role, with title, levels and skills', () => {
      const page = site.page('/roles/senior-backend-engineer/');
      expect(page.querySelectorAll('h1').map((h) => h.text)).toEqual(['Senior Backend Engineer']);
      expect(page.querySelector('[aria-label="Levels"]')?.text).toContain('Senior');
      const skills = page.querySelectorAll('#skills ~ section a.chip').map(chipName);
      expect(skills.sort()).toEqual(['Go', 'Kafka', 'Mentoring', 'PostgreSQL']);
      expect(page.querySelector('a.chip[href$="/skills/kafka/"]')?.getAttribute('href')).toBe(link('/skills/kafka/'));
    });

    it('show experience, education and the sections of the Markdown body', () => {
      const page = site.page('/roles/senior-backend-engineer/');
      expect(site.page('/roles/senior-backend-engineer/').querySelector('.facts')?.structuredText).toContain(
        'Experience\n5–8 years',
      );
      expect(page.querySelector('.facts')?.structuredText).toContain(
        'Education\nBachelor’s degree in computer science',
      );
      expect(page.querySelectorAll('.prose h2').map((h) => h.text)).toEqual([
        'About the role',
        'What you will do',
        'What you will bring',
      ]);
    });

    it("link to the role's own apply link, or else the site's", () => {
      expect(site.page('/roles/senior-backend-engineer/').querySelector('#apply')?.getAttribute('href')).toBe(
        'https://jobs.fixture.example/senior-backend',
      );
      expect(site.page('/roles/backend-engineer/').querySelector('#apply')?.getAttribute('href')).toBe(
        'mailto:jobs@fixture.example',
      );
    });

    it('have a canonical URL, a description and social tags', () => {
      const page = site.page('/roles/staff-backend-engineer/');
      expect(page.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(
        `https://fixture.example${link('/roles/staff-backend-engineer/')}`,
      );
      expect(page.querySelector('meta[name=description]')?.getAttribute('content')).toBe(
        'A Staff Backend Engineer sets the technical direction for several teams.',
      );
      expect(page.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe('Staff Backend Engineer');
      expect(page.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
    });

    it('show "edit this page" only in a preview build, not to every visitor (editLinks: preview)', () => {
      const edit = site.page('/roles/staff-backend-engineer/').querySelector('a[href*="/edit/main/"]');
      if (!preview) {
        expect(edit).toBeNull();
        expect(site.page('/roles/staff-backend-engineer/').text).not.toContain('Edit this page');
        return;
      }
      expect(edit?.getAttribute('href')).toMatch(
        /^https:\/\/github\.com\/fixture\/careers\/edit\/main\/.*roles\/staff-backend-engineer\.md$/,
      );
    });

    it('set frontmatter text with curly apostrophes and quotes, as the Markdown body is', () => {
      const page = site.page('/roles/senior-backend-engineer/');
      expect(page.querySelector('.facts')?.text).toContain('Bachelor’s degree');
      expect(page.querySelector('.facts')?.text).not.toContain("Bachelor's");
      expect(site.page('/roles/frontend-engineer/').querySelector('.prose h3')?.text).toBe('A day’s work');
    });

    it('show the hiring story in short: benefits, the steps with their durations, the statements', () => {
      const story = site.page('/roles/senior-backend-engineer/').querySelector('.hiring-summary')!;
      expect(story.querySelector('h2')?.text).toBe('Working at Fixture Co');
      expect(story.querySelectorAll('.chip').map((c) => c.text)).toContain('Pay you can see');
      expect(story.querySelectorAll('.steps-short li').map((li) => li.text.replace(/\s+/g, ' ').trim())).toEqual([
        'Application 10 minutes',
        'Intro call 30 minutes',
        'Technical conversation 90 minutes',
        'Team day half a day',
        'Offer within 3 working days',
      ]);
      expect(story.text).toContain('Fixture Co is an equal-opportunity employer.');
      expect(story.text).toContain('tell us and we’ll arrange it');
      expect(story.querySelector('a[href^="mailto:adjustments@"]')?.text).toBe('Ask for an adjustment');
      expect(story.querySelector('.privacy a')?.getAttribute('href')).toBe(
        'https://www.example.com/privacy/applicants',
      );
      expect(story.querySelector(`a[href="${link('/#how-we-hire')}"]`)).not.toBeNull();
    });

    it("keep the base path in links editors write from the site's root", () => {
      const link_ = site.page('/roles/senior-backend-engineer/').querySelector('.prose a[href$="/skills/kafka/"]');
      expect(link_?.getAttribute('href')).toBe(link('/skills/kafka/'));
    });

    it('list related roles of the same family first', () => {
      const related = site
        .page('/roles/senior-backend-engineer/')
        .querySelectorAll('#related ~ ul h3')
        .map((h) => h.text.trim());
      expect(related.slice(0, 2).sort()).toEqual(['Backend Engineer', 'Staff Backend Engineer']);
    });

    it('load no script but the small site script (the search shortcut and local pay formats), importing nothing', () => {
      // The senior role lists an open job with its pay: still the one script.
      const scripts = site.page('/roles/senior-backend-engineer/').querySelectorAll('script[src]');
      expect(scripts).toHaveLength(1);
      const shortcut = site.file(scripts[0]!.getAttribute('src')!.slice(base.length - 1));
      expect(gzipSync(shortcut).length).toBeLessThan(1024);
      expect(shortcut).not.toMatch(/\bimport\b/);
      expect(shortcut).not.toContain('pagefind.js"');
    });
  });

  describe('drafts', () => {
    it('have no page and appear in no list, feed or sitemap', () => {
      expect(() => site.file('/roles/secret-role/')).toThrow(/ENOENT/);
      for (const path of [
        '/',
        '/roles/',
        '/roles/level/principal/',
        '/skills/go/',
        '/sitemap-0.xml',
        '/rss.xml',
        '/feed.json',
        '/compare.json',
      ]) {
        let body = '';
        try {
          body = site.file(path);
        } catch {
          continue; // no principal roles page at all: also right
        }
        expect(body, path).not.toContain('Secret Draft Role');
        expect(body, path).not.toContain('secret-role');
      }
    });
  });

  describe('lists', () => {
    it('the home page shows every published role by level, in career order, linked', () => {
      const levels = site
        .page('/')
        .querySelectorAll('.level-index section')
        .map((section) => [section.querySelector('h3 a')?.text, section.querySelectorAll('li > a').map((a) => a.text)]);
      expect(levels).toEqual([
        ['Mid-level', ['Backend Engineer', 'Frontend Engineer']],
        ['Senior', ['Senior Backend Engineer']],
        ['Staff', ['Staff Backend Engineer']],
      ]);
    });

    it('the home page tells the hiring story: benefits, each step of hiring, values and the statements', () => {
      const story = site.page('/').querySelector('#hiring')!;
      expect(story.querySelectorAll('.benefits h3').map((h) => h.text)).toEqual([
        'Pay you can see',
        'Work from where you work best',
        'Time to recharge',
        'Room to grow',
        'Family first',
        'Health, covered',
      ]);
      expect(
        story
          .querySelectorAll('.steps li')
          .map((li) => [li.querySelector('h3')?.text, li.querySelector('.step-time')?.text]),
      ).toEqual([
        ['Application', '10 minutes'],
        ['Intro call', '30 minutes'],
        ['Technical conversation', '90 minutes'],
        ['Team day', 'half a day'],
        ['Offer', 'within 3 working days'],
      ]);
      expect(story.querySelector('#how-we-hire + .lede')?.text).toBe(
        'From application to offer usually takes about 3 weeks.',
      );
      expect(story.querySelectorAll('.values h3')).toHaveLength(4);
      expect(story.querySelector('#story-equal-opportunity')?.text).toBe('Equal opportunity');
      expect(story.querySelector('#story-adjustments')?.text).toBe('Adjustments and accessibility');
      expect(story.querySelector('.privacy a')?.text).toBe('How we handle your application data');
    });

    it('empty level pages: a level no role has says so plainly, leads on, and is kept out of search engines', () => {
      const page = site.page('/roles/level/junior/');
      expect(page.querySelector('h1')?.text).toBe('Junior roles');
      expect(page.querySelector('main .lede')?.text).toBe('We have no junior roles at the moment.');
      expect(page.text).not.toContain('(0)');
      expect(page.querySelectorAll('main ul a').map((a) => a.getAttribute('href'))).toEqual([
        link('/roles/level/mid/'),
        link('/roles/level/senior/'),
        link('/roles/level/staff/'),
        link('/roles/'),
        link('/career-path/'),
      ]);
      expect(page.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
      expect(site.file('/sitemap-0.xml')).not.toContain('/roles/level/junior/');
      expect(site.file('/sitemap-0.xml')).not.toContain('/roles/level/principal/');
      expect(site.file('/sitemap-0.xml')).toContain('/roles/level/senior/');
    });

    it('the roles page offers level and family filters as plain links', () => {
      const page = site.page('/roles/');
      const filters = page.querySelectorAll('.filters a').map((a) => a.getAttribute('href'));
      expect(filters).toContain(link('/roles/level/senior/'));
      expect(filters).toContain(link('/roles/family/frontend/'));
      expect(
        site
          .page('/roles/family/frontend/')
          .querySelectorAll('.card h2 a, .card h3 a')
          .map((a) => a.text),
      ).toEqual(['Frontend Engineer']);
    });

    it('a skill page lists exactly the roles that ask for the skill', () => {
      const roles = site
        .page('/skills/kafka/')
        .querySelectorAll('.card h2 a')
        .map((a) => a.text);
      expect(roles.sort()).toEqual(['Senior Backend Engineer', 'Staff Backend Engineer']);
      expect(site.page('/skills/c-sharp/').querySelector('h1')?.text).toBe('C#');
    });

    it('the skills page groups skills by category', () => {
      const page = site.page('/skills/');
      expect(page.querySelectorAll('main h2').map((h) => h.text)).toEqual([
        'Languages',
        'Databases',
        'Messaging',
        'Tools',
        'Leadership',
      ]);
    });
  });

  describe('the career path', () => {
    it('shows what is new at each level of a family', () => {
      const page = site.page('/career-path/');
      const step = (id: string) => page.querySelector(`#${id}`)?.parentNode;
      const toSenior = step('step-backend-senior')!;
      expect(toSenior.querySelector('h3')?.text).toBe('From Mid-level to Senior');
      expect(toSenior.querySelectorAll('a.chip').map(chipName).sort()).toEqual(['Kafka', 'Mentoring']);
      expect(toSenior.querySelectorAll('ul:not(.chips) li').map((li) => li.text)).toEqual([
        'Designing event streams with Kafka',
        'Mentoring engineers on the team',
      ]);
      const toStaff = step('step-backend-staff')!;
      expect(toStaff.querySelectorAll('a.chip').map(chipName)).toEqual(['Kubernetes']);
      expect(toStaff.text).toContain('Experience: 5+ years, then 8+ years.');
    });

    it('links each step to a side-by-side comparison that works without JavaScript', () => {
      const href = site
        .page('/career-path/')
        .querySelector('#step-backend-staff')
        ?.parentNode?.querySelector('a[href*="/compare/"]')
        ?.getAttribute('href');
      expect(href).toBe(link('/compare/senior-backend-engineer/staff-backend-engineer/'));
      const compare = site.page('/compare/senior-backend-engineer/staff-backend-engineer/');
      const headings = compare.querySelectorAll('main h2').map((h) => h.text);
      expect(headings).toEqual([
        'Skills both ask for (3)',
        'Only Senior Backend Engineer (1)',
        'Only Staff Backend Engineer (1)',
      ]);
    });
  });

  describe('feeds and search engines', () => {
    it('the sitemap lists every published page of a role, with lastmod', () => {
      const sitemap = site.file('/sitemap-0.xml');
      for (const slug of PUBLISHED) {
        expect(sitemap).toMatch(
          new RegExp(`<loc>https://fixture\\.example${link(`/roles/${slug}/`)}</loc><lastmod>\\d{4}-`),
        );
      }
      expect(sitemap).not.toContain('404');
    });

    it('dates a role by its updated field, where it has one, on the page and in the sitemap alike', () => {
      expect(site.page('/roles/staff-backend-engineer/').querySelector('.facts time')?.getAttribute('datetime')).toBe(
        '2026-01-15T00:00:00.000Z',
      );
      expect(site.file('/sitemap-0.xml')).toContain(
        `<loc>https://fixture.example${link('/roles/staff-backend-engineer/')}</loc><lastmod>2026-01-15T00:00:00.000Z</lastmod>`,
      );
    });

    it('the RSS and JSON feeds list every published role', () => {
      const rss = site.file('/rss.xml');
      const json = JSON.parse(site.file('/feed.json')) as { items: { url: string }[] };
      for (const slug of PUBLISHED) {
        expect(rss).toContain(`https://fixture.example${link(`/roles/${slug}/`)}`);
        expect(json.items.map((i) => i.url)).toContain(`https://fixture.example${link(`/roles/${slug}/`)}`);
      }
      expect(json.items).toHaveLength(PUBLISHED.length);
    });

    it('robots.txt points to the sitemap', () => {
      expect(site.file('/robots.txt')).toContain(`Sitemap: https://fixture.example${link('/sitemap-index.xml')}`);
    });

    it('the 404 page offers a way back and is kept out of search engines', () => {
      const page = site.page('/404.html');
      expect(page.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
      expect(page.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain(link('/roles/'));
    });
  });

  it('every internal link and anchor resolves', () => {
    const { broken, checked } = brokenLinks(site.root);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});
