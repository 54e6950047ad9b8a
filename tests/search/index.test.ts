import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeRecords, recordsFromFile, startSearchIndex, writeRecords } from '../../src/build/search-index.ts';
import { searchRecords } from '../../src/build/search-records.ts';
import { FIXTURE_CONTENT } from '../site/build.ts';
import { bundleFiles, fragments } from './bundle.ts';

let dir: string;
let content: string;
let cacheDir: string;

const PUBLISHED = ['backend-engineer', 'frontend-engineer', 'senior-backend-engineer', 'staff-backend-engineer'];
const OPEN_JOBS = ['backend-engineer-remote-europe', 'frontend-engineer-austin', 'senior-backend-engineer-berlin'];

/** A built site with a page for each of these roles and the open jobs (the index only needs them to exist). */
function site(name: string, roles = PUBLISHED): string {
  const out = join(dir, name);
  const pages = [...roles.map((role) => `roles/${role}`), ...OPEN_JOBS.map((job) => `jobs/${job}`)];
  for (const page of pages) {
    mkdirSync(join(out, page), { recursive: true });
    writeFileSync(join(out, page, 'index.html'), '<!doctype html><html lang="en"></html>');
  }
  return out;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'search-index-'));
  content = join(dir, 'content');
  cpSync(FIXTURE_CONTENT, content, { recursive: true });
  cacheDir = join(dir, 'cache');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the search index step', () => {
  it('writes the bundle into the built site, with every published role and open job', async () => {
    const out = site('out');
    const report = await startSearchIndex({ contentDir: content, cacheDir }).finish(out);
    expect(report).toMatchObject({ pages: 7, reused: false });
    expect(existsSync(join(out, 'pagefind/pagefind.js'))).toBe(true);
    expect([...fragments(bundleFiles(join(out, 'pagefind'))).keys()].sort()).toEqual([
      ...OPEN_JOBS.map((job) => `/jobs/${job}/`),
      ...PUBLISHED.map((role) => `/roles/${role}/`),
    ]);
  });

  it('gives the same bundle from records another process wrote to a file, read a batch at a time', async () => {
    const here = site('here');
    await startSearchIndex({ contentDir: content, cacheDir: join(dir, 'cache-here') }).finish(here);

    const { records, fromBuiltPages } = await searchRecords(content);
    const file = join(dir, 'records.ndjson');
    writeRecords(file, records);
    const prepared = recordsFromFile(file, describeRecords(records, fromBuiltPages));
    const batches: number[] = [];
    for await (const batch of prepared.batches()) batches.push(batch.length);
    expect(batches.reduce((a, b) => a + b, 0)).toBe(records.length);

    const handed = site('handed');
    const report = await startSearchIndex({ cacheDir, prepared: Promise.resolve(prepared) }).finish(handed);
    expect(report).toMatchObject({ pages: 7, reused: false });
    expect(bundleFiles(join(handed, 'pagefind'))).toEqual(bundleFiles(join(here, 'pagefind')));
  });

  it('fails, naming the page, when a record is not a page of the built site', async () => {
    const out = site('out', PUBLISHED.slice(1));
    await expect(startSearchIndex({ contentDir: content, cacheDir }).finish(out)).rejects.toThrow(
      'the search index has records for pages the site does not have: /roles/backend-engineer/',
    );
    expect(existsSync(join(out, 'pagefind'))).toBe(false);
  });

  it('reuses the last bundle when nothing indexed changed, and builds a new one when a role did', async () => {
    const first = site('first');
    await startSearchIndex({ contentDir: content, cacheDir }).finish(first);

    const again = site('again');
    expect(await startSearchIndex({ contentDir: content, cacheDir }).finish(again)).toMatchObject({ reused: true });
    expect(bundleFiles(join(again, 'pagefind'))).toEqual(bundleFiles(join(first, 'pagefind')));

    const file = join(content, 'roles/frontend-engineer.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('You build interfaces', 'You build accessible interfaces'));
    const edited = site('edited');
    expect(await startSearchIndex({ contentDir: content, cacheDir }).finish(edited)).toMatchObject({ reused: false });
    const page = fragments(bundleFiles(join(edited, 'pagefind'))).get('/roles/frontend-engineer/')!;
    expect(page.content).toContain('You build accessible interfaces');
  });

  it('puts a role in another language into the one index the search page searches', async () => {
    writeFileSync(
      join(content, 'roles/ingenieure-devops.md'),
      [
        '---',
        'title: Ingénieure DevOps Confirmée (H/F)',
        'lang: fr',
        'summary: Vous êtes responsable de la plateforme sur laquelle tournent nos services.',
        'levels: [mid]',
        'family: backend',
        'skills: [Kubernetes]',
        '---',
        '',
        "Vous participez à l'astreinte et administrez nos clusters Kubernetes.",
        '',
      ].join('\n'),
    );
    const out = site('out', [...PUBLISHED, 'ingenieure-devops']);
    await startSearchIndex({ contentDir: content, cacheDir }).finish(out);
    const entry = JSON.parse(readFileSync(join(out, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['en']);
    const pages = fragments(bundleFiles(join(out, 'pagefind')));
    expect(entry.languages.en!.page_count).toBe(pages.size);
    expect(pages.get('/roles/ingenieure-devops/')?.content).toContain('astreinte');
  });
});
