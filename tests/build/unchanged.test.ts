import { cpSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lastBuild, siteInputs } from '../../src/build/unchanged.ts';
import { FIXTURE_CONTENT } from '../site/build.ts';

let dir: string;
let root: string;
let content: string;
let out: string;
const env = { CAREERS_BASE: '/' };
const inputs = (overrides: Partial<Parameters<typeof siteInputs>[0]> = {}) =>
  siteInputs({ root, contentDir: content, args: [], env, ...overrides });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'unchanged-'));
  // A project and its content outside git: role dates are the files' dates.
  root = join(dir, 'project');
  mkdirSync(join(root, 'src/styles'), { recursive: true });
  writeFileSync(join(root, 'astro.config.mjs'), 'export default {};\n');
  writeFileSync(join(root, 'src/styles/site.css'), 'body { color: black; }\n');
  content = join(dir, 'content');
  cpSync(FIXTURE_CONTENT, content, { recursive: true });
  out = join(dir, 'dist');
  mkdirSync(join(out, 'roles/backend-engineer'), { recursive: true });
  writeFileSync(join(out, 'index.html'), '<h1>Careers</h1>');
  writeFileSync(join(out, 'roles/backend-engineer/index.html'), '<h1>Backend Engineer</h1>');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a build with nothing changed', () => {
  it('keeps the site while every input and the built site are as the last build left them', () => {
    const record = lastBuild(join(dir, 'cache-a'));
    mkdirSync(join(dir, 'cache-a'));
    expect(record.matches(inputs(), out)).toBe(false);
    record.remember(inputs(), out);
    expect(record.matches(inputs(), out)).toBe(true);
    record.forget();
    expect(record.matches(inputs(), out)).toBe(false);
  });

  it.each([
    ['a role file is edited', () => appendFileSync(join(content, 'roles/backend-engineer.md'), '\nOne more line.\n')],
    ['a role is added', () => cpSync(join(content, 'roles/backend-engineer.md'), join(content, 'roles/new-role.md'))],
    ['the site settings change', () => appendFileSync(join(content, 'site.yaml'), '\n# changed\n')],
    [
      "a role's last-changed date moves, its text the same",
      () => utimesSync(join(content, 'roles/frontend-engineer.md'), new Date('2020-01-01'), new Date('2020-01-01')),
    ],
    ['a stylesheet changes', () => writeFileSync(join(root, 'src/styles/site.css'), 'body { color: navy; }\n')],
    ['an .env file appears', () => writeFileSync(join(root, '.env'), 'PUBLIC_X=1\n')],
    [
      'someone edits the built site by hand',
      () => writeFileSync(join(out, 'roles/backend-engineer/index.html'), '<h1>Edited</h1>'),
    ],
    ['a built file is deleted', () => rmSync(join(out, 'roles/backend-engineer/index.html'))],
  ])('builds again when %s', (_, change) => {
    const record = lastBuild(dir);
    record.remember(inputs(), out);
    change();
    expect(record.matches(inputs(), out)).toBe(false);
  });

  it('builds again on the day an opening closes or opens, and not on the days between', () => {
    const on = (day: string) => inputs({ env: { ...env, CAREERS_TODAY: day } });
    // The fixture's Berlin opening is open through 2027-01-31; its Lisbon one opens on 2027-03-01.
    expect(on('2027-01-30')).toBe(on('2027-01-31'));
    expect(on('2027-02-01')).not.toBe(on('2027-01-31'));
    expect(on('2027-02-15')).toBe(on('2027-02-01'));
    expect(on('2027-03-01')).not.toBe(on('2027-02-28'));
  });

  it('builds again when the base path or the arguments differ', () => {
    const before = inputs();
    expect(inputs({ env: { CAREERS_BASE: '/careers/' } })).not.toBe(before);
    expect(inputs({ args: ['--verbose'] })).not.toBe(before);
    expect(inputs({ env: { ...env, UNRELATED: 'x' } })).toBe(before);
  });

  it('builds again into another output folder', () => {
    const record = lastBuild(dir);
    record.remember(inputs(), out);
    const other = join(dir, 'other');
    cpSync(out, other, { recursive: true, preserveTimestamps: true });
    expect(record.matches(inputs(), other)).toBe(false);
  });
});
