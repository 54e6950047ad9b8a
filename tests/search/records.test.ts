/**
 * The search index is built from content, not from the built pages. These tests prove that it
 * is the index the built pages would give, page by page, on the fixture site under a sub-path.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGEFIND_CONFIG } from '../../src/build/search-index.ts';
import { searchRecords } from '../../src/build/search-records.ts';
import { checkContent } from '../../src/check/index.ts';
import { buildSite, FIXTURE_CONTENT, type BuiltSite } from '../site/build.ts';
import { bundleFiles, fragments } from './bundle.ts';

let site: BuiltSite;
let out: string;
beforeAll(() => {
  site = buildSite(FIXTURE_CONTENT, '/careers/');
  out = join(site.root, site.base);
});
afterAll(() => rmSync(site.root, { recursive: true, force: true }));

/** The index Pagefind makes of the built role pages, added in the records' order. */
async function indexOfBuiltPages(urls: string[]): Promise<Map<string, Uint8Array>> {
  const { index, errors } = await pagefind.createIndex(PAGEFIND_CONFIG);
  expect(errors).toEqual([]);
  try {
    for (const url of urls) {
      const added = await index!.addHTMLFile({ url, content: readFileSync(join(out, url, 'index.html'), 'utf8') });
      expect(added.errors).toEqual([]);
    }
    const { files } = await index!.getFiles();
    return new Map(files.map((file) => [file.path, file.content]));
  } finally {
    await pagefind.close();
  }
}

describe('the search index built from content', () => {
  it('holds every published role and open job, and no draft, closed or scheduled job', async () => {
    const { records } = await searchRecords(FIXTURE_CONTENT);
    expect(records.map((r) => r.url).sort()).toEqual([
      '/jobs/backend-engineer-remote-europe/',
      '/jobs/frontend-engineer-austin/',
      '/jobs/senior-backend-engineer-berlin/',
      '/roles/backend-engineer/',
      '/roles/frontend-engineer/',
      '/roles/senior-backend-engineer/',
      '/roles/staff-backend-engineer/',
    ]);
  });

  it('is the same from the role pages as the content checks read them as from the files', async () => {
    const { roles, errors } = checkContent(FIXTURE_CONTENT);
    expect(errors).toBe(0);
    expect(roles.size).toBeGreaterThan(3);
    expect(await searchRecords(FIXTURE_CONTENT, roles)).toEqual(await searchRecords(FIXTURE_CONTENT));
  });

  it('gives each page the content, filters, meta and anchors that indexing the built page gives', async () => {
    const { records } = await searchRecords(FIXTURE_CONTENT);
    const fromPages = fragments(await indexOfBuiltPages(records.map((r) => r.url)));
    const fromContent = fragments(bundleFiles(join(out, 'pagefind')));
    expect([...fromContent.keys()].sort()).toEqual([...fromPages.keys()].sort());
    for (const [url, fragment] of fromPages) {
      expect(fromContent.get(url), url).toEqual(fragment);
      // Not empty by accident: the page's words, its filters and a heading's anchor are there.
      expect(fragment.word_count, url).toBeGreaterThan(20);
      expect(Object.keys(fragment.filters), url).toEqual(expect.arrayContaining(['level', 'family', 'skill']));
      expect(
        fragment.anchors.map((a) => a.id),
        url,
      ).toContain('skills');
    }
  });

  it('reads a page’s skills as a list, so that an excerpt shows “C#, Go” and not “C# Go”', () => {
    const fromContent = fragments(bundleFiles(join(out, 'pagefind')));
    // The fixture's Backend Engineer asks for Go and C#, both languages: one list of chips.
    for (const url of ['/roles/backend-engineer/', '/jobs/backend-engineer-remote-europe/']) {
      const content = fromContent.get(url)!.content;
      expect(content, url).toMatch(/\b(Go, C#|C#, Go)\b/);
      expect(content, url).not.toMatch(/C# Go|Go C#/);
    }
  });

  it('is the same index, file for file, with the same sort orders and word weights, as the built pages give', async () => {
    const { records } = await searchRecords(FIXTURE_CONTENT);
    const fromPages = await indexOfBuiltPages(records.map((r) => r.url));
    const fromContent = bundleFiles(join(out, 'pagefind'));
    const data = (files: Map<string, Uint8Array>) =>
      [...files.keys()].filter((path) => /\.pf_(meta|index|filter|fragment)$/.test(path)).sort();
    expect(data(fromContent)).toEqual(data(fromPages));
    for (const path of data(fromPages)) {
      expect(gunzipSync(fromContent.get(path)!).equals(gunzipSync(fromPages.get(path)!)), path).toBe(true);
    }
  });
});
