import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { brokenLinks } from './links.ts';

const root = mkdtempSync(join(tmpdir(), 'links-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('the link check finds a missing page and a missing anchor, and passes good links', () => {
  mkdirSync(join(root, 'careers/roles'), { recursive: true });
  writeFileSync(join(root, 'careers/roles/index.html'), '<h1 id="top">Roles</h1><a href="../">home</a>');
  writeFileSync(
    join(root, 'careers/index.html'),
    '<a href="/careers/roles/#top">ok</a><a href="roles/">ok</a><a href="/careers/gone/">gone</a>' +
      '<a href="/careers/roles/#nowhere">bad anchor</a><a href="https://example.com/">external</a><a href="mailto:x@y.z">mail</a>',
  );
  const { broken, checked } = brokenLinks(root);
  expect(checked).toBe(5);
  expect(broken).toEqual([
    { from: '/careers/', href: '/careers/gone/', reason: 'no such page or file' },
    { from: '/careers/', href: '/careers/roles/#nowhere', reason: 'no element with id "nowhere"' },
  ]);
});
