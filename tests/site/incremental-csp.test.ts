/**
 * Astro's incremental build reuses pages from its cache. A page reused after the site's CSS
 * changed would carry the old style hash in its policy, and the browser would refuse its styles:
 * a rebuild after a stylesheet edit must give every page a policy that matches its new CSS.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cspProblems } from '../quality/csp.ts';
import { cleanEnv, FIXTURE_CONTENT } from './build.ts';

let project: string;
beforeAll(() => {
  // A copy of the project, so that its stylesheet can change without touching the real one.
  project = mkdtempSync(join(tmpdir(), 'csp-project-'));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src'])
    cpSync(entry, join(project, entry), { recursive: true });
  symlinkSync(resolve('node_modules'), join(project, 'node_modules'), 'dir');
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

function build() {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: project,
    encoding: 'utf8',
    env: {
      ...cleanEnv(),
      CAREERS_CONTENT: resolve(FIXTURE_CONTENT),
      CAREERS_OUT_DIR: join(project, 'out'),
      CAREERS_CACHE_DIR: join(project, 'cache'),
      CAREERS_BASE: '/',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  if (result.status !== 0) throw new Error(`the build failed:\n${result.stdout}\n${result.stderr}`);
  const pages = readdirSync(join(project, 'out'), { recursive: true, encoding: 'utf8' }).filter((name) =>
    name.endsWith('.html'),
  );
  return new Map(pages.map((name) => [name, readFileSync(join(project, 'out', name), 'utf8')]));
}

it('a rebuild after a stylesheet edit gives every page the hash of its new styles', () => {
  const before = build();
  appendFileSync(join(project, 'src/styles/global.css'), '\n.csp-probe { outline: 1px solid; }\n');
  const after = build();
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  const problems = [...after].flatMap(([name, html]) => cspProblems(html).map((p) => `${name}: ${p}`));
  expect(problems).toEqual([]);
  // Every page has the new rule: none was reused with its old CSS.
  expect([...after].filter(([, html]) => !html.includes('.csp-probe')).map(([name]) => name)).toEqual([]);
}, 300_000);
