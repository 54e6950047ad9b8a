import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { lastChanged } from '../../src/lib/git-dates.ts';

const repo = mkdtempSync(join(tmpdir(), 'git-dates-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

function git(args: string[], date?: string) {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@t',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@t',
  };
  if (date) Object.assign(env, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  execFileSync('git', args, { cwd: repo, env, stdio: 'ignore' });
}

it('dates a page by its last commit, and a page git does not know by its file date', () => {
  const roles = join(repo, 'content/roles');
  mkdirSync(roles, { recursive: true });
  git(['init', '-q']);
  writeFileSync(join(roles, 'a.md'), 'one');
  writeFileSync(join(roles, 'b.md'), 'one');
  git(['add', '.']);
  git(['commit', '-qm', 'first'], '2024-01-02T03:04:05Z');
  writeFileSync(join(roles, 'a.md'), 'two');
  git(['commit', '-qam', 'second'], '2025-06-07T08:09:10Z');
  writeFileSync(join(roles, 'new.md'), 'draft');
  utimesSync(join(roles, 'new.md'), new Date('2026-03-04T00:00:00Z'), new Date('2026-03-04T00:00:00Z'));

  const changed = lastChanged(roles);
  expect(changed(join(roles, 'a.md')).toISOString()).toBe('2025-06-07T08:09:10.000Z');
  expect(changed(join(roles, 'b.md')).toISOString()).toBe('2024-01-02T03:04:05.000Z');
  expect(changed(join(roles, 'new.md')).toISOString()).toBe('2026-03-04T00:00:00.000Z');
});

it('falls back to file dates outside a git checkout', () => {
  const plain = mkdtempSync(join(tmpdir(), 'no-git-'));
  writeFileSync(join(plain, 'c.md'), 'x');
  utimesSync(join(plain, 'c.md'), new Date('2023-01-01T00:00:00Z'), new Date('2023-01-01T00:00:00Z'));
  expect(lastChanged(plain)(join(plain, 'c.md')).toISOString()).toBe('2023-01-01T00:00:00.000Z');
  rmSync(plain, { recursive: true, force: true });
});
