import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/integrations/pagefind.ts';

let dir: string;

function page(path: string, body: string) {
  mkdirSync(join(dir, path), { recursive: true });
  writeFileSync(
    join(dir, path, 'index.html'),
    `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`,
  );
}

const role = (title: string) =>
  `<header>Site name</header><article data-pagefind-body><h1 data-pagefind-meta="title">${title}</h1><p>Builds services with Kafka.</p></article>`;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pagefind-'));
  page('roles/backend-engineer', role('Backend Engineer'));
  page('roles/staff-engineer', role('Staff Engineer'));
  page('roles', '<h1>All roles</h1><a href="backend-engineer/">Backend Engineer</a>');
  writeFileSync(join(dir, '404.html'), '<!doctype html><html lang="en"><body><h1>Page not found</h1></body></html>');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the search index step', () => {
  it('indexes the role pages only and writes the bundle', async () => {
    const report = await buildSearchIndex(dir, ['/roles/backend-engineer/', '/roles/staff-engineer/']);
    expect([...report.indexed].sort()).toEqual(['/roles/backend-engineer/', '/roles/staff-engineer/']);
    expect(existsSync(join(dir, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(dir, 'pagefind/pagefind-entry.json'))).toBe(true);
  });

  it('fails, naming the role, when a published role is not in the index', async () => {
    page('roles/principal-engineer', '<article><h1>Principal Engineer</h1></article>');
    await expect(buildSearchIndex(dir, ['/roles/backend-engineer/', '/roles/principal-engineer/'])).rejects.toThrow(
      'the search index is missing published roles: /roles/principal-engineer/',
    );
    expect(existsSync(join(dir, 'pagefind'))).toBe(false);
  });
});
