import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/index.ts';
import { scaffoldRole } from '../../src/new/scaffold.ts';
import { loadTaxonomy } from '../../src/lib/taxonomy.ts';
import { buildSite, cleanEnv, FIXTURE_CONTENT, FIXTURE_DAY } from '../site/build.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'editor-'));
  cpSync(FIXTURE_CONTENT, join(root, 'content'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('npm run new', () => {
  it('makes a draft that passes the checks, with the levels and family its title names', () => {
    const { slug, page } = scaffoldRole('Principal Frontend Engineer', loadTaxonomy(join(root, 'content/taxonomy')));
    expect(slug).toBe('principal-frontend-engineer');
    writeFileSync(join(root, 'content/roles', `${slug}.md`), page);
    const { problems, errors } = checkContent(join(root, 'content'), root);
    expect(errors).toBe(0);
    expect(problems.map((p) => p.message)).toEqual(['placeholder text from `npm run new` is still here']);
    expect(page).toMatch(
      /^---\ntitle: Principal Frontend Engineer\n[\s\S]*levels:\n {2}- principal\nfamily: frontend\n[\s\S]*draft: true\n---\n/,
    );
    expect(page.match(/^## .+$/gm)).toEqual([
      '## About the role',
      '## What you will do',
      '## What you will bring',
      '## Why this role',
    ]);
  });

  it('makes a page whose placeholders stop it from being published once draft is removed', () => {
    const { slug, page } = scaffoldRole('Staff Frontend Engineer', loadTaxonomy(join(root, 'content/taxonomy')));
    writeFileSync(join(root, 'content/roles', `${slug}.md`), page.replace('draft: true\n', ''));
    const { problems } = checkContent(join(root, 'content'), root);
    expect(problems.filter((p) => p.severity === 'error').map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '3:10 placeholder text from `npm run new` is still here',
    ]);
  });

  it('refuses a title it cannot make a page of', () => {
    expect(() => scaffoldRole('  ', loadTaxonomy())).toThrow('is not a usable title');
  });
});

/** Runs `npm run build`'s script with this content folder and output folder. */
function build(content: string, out: string) {
  return spawnSync(process.execPath, ['src/build/cli.ts'], {
    encoding: 'utf8',
    env: {
      ...cleanEnv(),
      CAREERS_CONTENT: content,
      CAREERS_OUT_DIR: out,
      CAREERS_CACHE_DIR: join(root, 'cache'),
      CAREERS_TODAY: FIXTURE_DAY,
    },
  });
}

describe('npm run build', () => {
  function previousSite() {
    const out = join(root, 'site', 'dist');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'index.html'), '<h1>the live site</h1>');
    return out;
  }

  it('stops before building when the content has errors, and leaves dist as it was', () => {
    const out = previousSite();
    writeFileSync(join(root, 'content/roles/broken.md'), '---\ntitle: Broken Role\nlevels: [boss]\n---\n');
    const result = build(join(root, 'content'), out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/roles/broken.md:3:10  levels.0  "boss" is not a level');
    expect(result.stderr).toContain('nothing was built');
    expect(readdirSync(join(root, 'site'))).toEqual(['dist']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<h1>the live site</h1>');
  });

  it('leaves dist as it was when the build itself fails, and no half-written folder behind', () => {
    const out = previousSite();
    // Passes the content checks (MDX is code, and is checked by its compiler) but cannot compile.
    writeFileSync(
      join(root, 'content/roles/broken.mdx'),
      '---\ntitle: Broken Role\nsummary: A role whose page does not compile at all.\nlevels: [staff]\nfamily: backend\n---\n\n## About the role\n\n<div>\n',
    );
    const result = build(join(root, 'content'), out);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('The build failed');
    expect(readdirSync(join(root, 'site'))).toEqual(['dist']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<h1>the live site</h1>');
  }, 120_000);

  it('replaces dist with the new site when everything succeeds', () => {
    const out = previousSite();
    const result = build(join(root, 'content'), out);
    expect(result.status).toBe(0);
    expect(readdirSync(join(root, 'site'))).toEqual(['dist']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('Careers at Fixture Co');
    expect(existsSync(join(out, 'pagefind/pagefind.js'))).toBe(true);
  }, 120_000);

  it('writes the sitemap a plain astro build writes: role dates, no closed job, no level without roles', () => {
    const out = join(root, 'site', 'dist');
    expect(build(join(root, 'content'), out).status).toBe(0);
    const plain = buildSite(join(root, 'content'));
    try {
      const sitemap = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
      expect(sitemap).toContain('<lastmod>2026-01-15T00:00:00.000Z</lastmod>');
      expect(sitemap).toBe(plain.file('/sitemap-0.xml'));
    } finally {
      rmSync(plain.root, { recursive: true, force: true });
    }
  }, 180_000);

  it('keeps the site as it is when nothing has changed since the last build, and builds again after an edit', () => {
    const out = join(root, 'site', 'dist');
    expect(build(join(root, 'content'), out).status).toBe(0);
    const files = () =>
      new Map(
        readdirSync(out, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => [
            join(entry.parentPath, entry.name),
            readFileSync(join(entry.parentPath, entry.name), 'utf8'),
          ]),
      );
    const first = files();

    const again = build(join(root, 'content'), out);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('Nothing the site is built from has changed since the last build');
    expect(again.stdout).not.toContain('page(s) built');
    expect(files()).toEqual(first);

    const role = join(root, 'content/roles/backend-engineer.md');
    writeFileSync(
      role,
      readFileSync(role, 'utf8').replace('## About the role', 'A sentence added by an editor.\n\n## About the role'),
    );
    const edited = build(join(root, 'content'), out);
    expect(edited.status).toBe(0);
    expect(edited.stdout).not.toContain('Nothing the site is built from has changed');
    expect(readFileSync(join(out, 'roles/backend-engineer/index.html'), 'utf8')).toContain(
      'A sentence added by an editor.',
    );
  }, 300_000);
});

describe('npm run check', () => {
  const run = () =>
    spawnSync(process.execPath, ['src/check/cli.ts'], {
      encoding: 'utf8',
      env: { ...process.env, CAREERS_CONTENT: join(root, 'content') },
    });

  it('exits 0 and says so when the content is clean', () => {
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Content checked: no problems.');
  });

  it('exits 0 with warnings only, and 1 with an error, counting both', () => {
    const draft = scaffoldRole('Principal Frontend Engineer', loadTaxonomy(join(root, 'content/taxonomy')));
    writeFileSync(join(root, 'content/roles', `${draft.slug}.md`), draft.page);
    expect(run()).toMatchObject({ status: 0, stdout: expect.stringContaining('0 errors, 1 warning.') });
    writeFileSync(join(root, 'content/roles/broken.md'), '---\ntitle: Broken Role\nlevels: [boss]\n---\n');
    const failed = run();
    expect(failed.status).toBe(1);
    expect(failed.stdout).toContain('4 errors, 1 warning.');
  });
});
