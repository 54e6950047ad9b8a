/**
 * Share images: what a link to the home page, a role or an open position shows on social networks
 * and in chat apps. The fixture site is built under a sub-path; then a copy of its content with
 * one role renamed and an image of the brand's own for the home page is built again with the same
 * cache folder, as a deploy that keeps its cache would.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { imageSize } from 'image-size';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, FIXTURE_CONTENT, type BuiltSite } from './build.ts';

const ROLES = ['backend-engineer', 'senior-backend-engineer', 'staff-backend-engineer', 'frontend-engineer'];
const OPEN_JOBS = ['frontend-engineer-austin', 'backend-engineer-remote-europe', 'senior-backend-engineer-berlin'];
const PAGES = ['/', ...ROLES.map((r) => `/roles/${r}/`), ...OPEN_JOBS.map((j) => `/jobs/${j}/`)];
const ORIGIN = 'https://fixture.example';

let cache: string;
let first: BuiltSite;
let content: string;
let second: BuiltSite;
let shared: BuiltSite;
let sharedContent: string;
let sharedCache: string;

/** The image a page's meta tags name, as a path inside the site, after checking the tags agree. */
function imageOf(site: BuiltSite, path: string): string {
  const page = site.page(path);
  const meta = (attr: string, name: string) =>
    page.querySelector(`meta[${attr}="${name}"]`)?.getAttribute('content') ?? undefined;
  const og = meta('property', 'og:image');
  expect(og, `${path} has an og:image`).toBeDefined();
  expect(meta('name', 'twitter:image')).toBe(og);
  expect(og!.startsWith(`${ORIGIN}${site.base}`), `${og} is absolute, under ${site.base}`).toBe(true);
  return og!.slice(ORIGIN.length + site.base.length - 1);
}

const bytes = (site: BuiltSite, path: string) => readFileSync(join(site.root, site.base, path));
const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

beforeAll(() => {
  cache = mkdtempSync(join(tmpdir(), 'share-cache-'));
  first = buildSite(FIXTURE_CONTENT, '/careers/', { CAREERS_CACHE_DIR: cache });
  // The same content, one role renamed, and a share image of the brand's own for the home page.
  content = mkdtempSync(join(tmpdir(), 'share-content-'));
  cpSync(FIXTURE_CONTENT, content, { recursive: true });
  const role = join(content, 'roles/staff-backend-engineer.md');
  writeFileSync(
    role,
    readFileSync(role, 'utf8').replace('title: Staff Backend Engineer', 'title: Staff Platform Engineer'),
  );
  cpSync(join(first.root, first.base, imageOf(first, '/roles/frontend-engineer/')), join(content, 'brand/social.png'));
  writeFileSync(
    join(content, 'site.yaml'),
    `${readFileSync(join(content, 'site.yaml'), 'utf8')}  socialImage: brand/social.png\n`,
  );
  // Proof of reuse: a kept image is replaced by another one; a build that reuses it shows the other.
  const kept = join(cache, 'share-images');
  const backend = sha(bytes(first, imageOf(first, '/roles/backend-engineer/')));
  const keptBackend = readdirSync(kept).find((name) => sha(readFileSync(join(kept, name))) === backend)!;
  cpSync(join(first.root, first.base, imageOf(first, '/roles/senior-backend-engineer/')), join(kept, keptBackend));
  second = buildSite(content, '/careers/', { CAREERS_CACHE_DIR: cache });
  // One image for the whole site: brand.shareImages: site.
  sharedContent = mkdtempSync(join(tmpdir(), 'share-site-'));
  cpSync(FIXTURE_CONTENT, sharedContent, { recursive: true });
  writeFileSync(
    join(sharedContent, 'site.yaml'),
    `${readFileSync(join(sharedContent, 'site.yaml'), 'utf8')}  shareImages: site\n`,
  );
  sharedCache = mkdtempSync(join(tmpdir(), 'share-site-cache-'));
  shared = buildSite(sharedContent, '/careers/', { CAREERS_CACHE_DIR: sharedCache });
}, 400_000);
afterAll(() => {
  for (const dir of [cache, content, sharedContent, sharedCache, first?.root, second?.root, shared?.root])
    if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('share images', () => {
  it('the home page, every role page and every open position have one: a 1200×630 PNG, by absolute URL under the base path', () => {
    for (const path of PAGES) {
      const image = imageOf(first, path);
      const size = imageSize(bytes(first, image));
      expect({ path, ...size }).toMatchObject({ path, type: 'png', width: 1200, height: 630 });
      const page = first.page(path);
      expect(page.querySelector('meta[property="og:image:width"]')?.getAttribute('content')).toBe('1200');
      expect(page.querySelector('meta[property="og:image:height"]')?.getAttribute('content')).toBe('630');
      expect(page.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
    }
  });

  it('each page has an image of its own, described by its title', () => {
    const images = PAGES.map((path) => sha(bytes(first, imageOf(first, path))));
    expect(new Set(images).size).toBe(PAGES.length);
    const job = first.page('/jobs/senior-backend-engineer-berlin/');
    expect(job.querySelector('meta[property="og:image:alt"]')?.getAttribute('content')).toBe(
      'Fixture Co: Senior Backend Engineer, Payments (Senior). Berlin, Germany · Hybrid. €85,000 – €105,000 a year',
    );
    const role = first.page('/roles/staff-backend-engineer/');
    expect(role.querySelector('meta[property="og:image:alt"]')?.getAttribute('content')).toBe(
      'Fixture Co: Staff Backend Engineer (Staff)',
    );
  });

  it('a closed position shares no image, and keeps the small card', () => {
    const page = first.page('/jobs/staff-backend-engineer-denver/');
    expect(page.querySelector('meta[property="og:image"]')).toBeNull();
    expect(page.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary');
    expect(existsSync(join(first.root, first.base, 'social/jobs/staff-backend-engineer-denver.png'))).toBe(false);
  });

  it('a rebuild takes the images it drew before from the cache, and draws a renamed role again', () => {
    // The replaced image shows: it was taken from the cache, not drawn again.
    expect(sha(bytes(second, imageOf(second, '/roles/backend-engineer/')))).toBe(
      sha(bytes(first, imageOf(first, '/roles/senior-backend-engineer/'))),
    );
    const renamed = imageOf(second, '/roles/staff-backend-engineer/');
    expect(renamed).toBe(imageOf(first, '/roles/staff-backend-engineer/'));
    expect(sha(bytes(second, renamed))).not.toBe(sha(bytes(first, renamed)));
    expect(imageSize(bytes(second, renamed))).toMatchObject({ type: 'png', width: 1200, height: 630 });
  });

  it("the home page shares the brand's own image when brand.socialImage is set", () => {
    const image = imageOf(second, '/');
    expect(image).toMatch(/^\/_astro\/social\.[\w-]+\.png$/);
    expect(sha(bytes(second, image))).toBe(sha(bytes(first, imageOf(first, '/roles/frontend-engineer/'))));
    expect(existsSync(join(second.root, second.base, 'social/home.png'))).toBe(false);
    expect(second.page('/').querySelector('meta[property="og:image:width"]')?.getAttribute('content')).toBe('1200');
  });

  it('with brand.shareImages: site, every page shares the home page image, and no other is drawn', () => {
    for (const path of PAGES) {
      expect({ path, image: imageOf(shared, path) }).toEqual({ path, image: '/social/home.png' });
      expect(shared.page(path).querySelector('meta[property="og:image:alt"]')?.getAttribute('content')).toBe(
        first.page('/').querySelector('meta[property="og:image:alt"]')?.getAttribute('content'),
      );
    }
    expect(sha(bytes(shared, '/social/home.png'))).toBe(sha(bytes(first, imageOf(first, '/'))));
    expect(readdirSync(join(shared.root, shared.base, 'social'))).toEqual(['home.png']);
  });
});
