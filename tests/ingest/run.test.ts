import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runIngest, type RunOptions } from '../../src/ingest/run.ts';

let dir: string;
let out: string[];
let err: string[];

function run(overrides: Partial<RunOptions> = {}): number {
  out = [];
  err = [];
  return runIngest(
    {
      inputs: ['sources'],
      out: join(dir, 'roles'),
      dryRun: false,
      force: false,
      taxonomyDir: 'content/taxonomy',
      root: dir,
      cwd: dir,
      ...overrides,
    },
    { out: (line) => out.push(line), err: (line) => err.push(line) },
  );
}

/** Every file under the folder with its bytes and modification time. */
function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = join(folder, name);
    if (statSync(file).isFile()) files[name] = `${statSync(file).mtimeMs} ${readFileSync(file, 'base64')}`;
  }
  return files;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-'));
  cpSync('content/sources', join(dir, 'sources'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a first run', () => {
  it('writes one page per source and prints a line for each with slug, title, levels and skills', () => {
    expect(run()).toBe(0);
    expect(
      readdirSync(join(dir, 'roles'))
        .filter((f) => f.endsWith('.md'))
        .sort(),
    ).toEqual([
      'backend-software-engineer.md',
      'senior-and-staff-java-backend-engineer.md',
      'senior-backend-developer.md',
      'senior-backend-engineer.md',
      'staff-software-engineer-backend.md',
    ]);
    expect(out).toContainEqual(
      expect.stringMatching(
        /^created\s+senior-and-staff-java-backend-engineer {2}"Senior and Staff Java Backend Engineer" {2}senior\+staff {2}\d+ skills {2}0 warnings$/,
      ),
    );
    expect(out.at(-1)).toBe('5 sources: 5 written, 0 unchanged, 0 kept, 0 failed');
    expect(err).toEqual([]);
  });

  it('records where each page came from, relative to the repository', () => {
    run();
    const page = readFileSync(join(dir, 'roles/senior-backend-developer.md'), 'utf8');
    expect(page).toContain('\nsource: sources/senior-backend-developer.txt\n');
  });
});

describe('running again', () => {
  it('on unchanged sources leaves every file byte for byte and untouched', () => {
    run();
    const before = snapshot(join(dir, 'roles'));
    expect(run()).toBe(0);
    expect(snapshot(join(dir, 'roles'))).toEqual(before);
    expect(out.at(-1)).toBe('5 sources: 0 written, 5 unchanged, 0 kept, 0 failed');
  });

  it('updates a generated page when its source changes', () => {
    run();
    const source = join(dir, 'sources/senior-backend-engineer.txt');
    writeFileSync(source, readFileSync(source, 'utf8').replace('5+ years', '7+ years'));
    expect(run()).toBe(0);
    expect(readFileSync(join(dir, 'roles/senior-backend-engineer.md'), 'utf8')).toContain('min: 7');
    expect(out).toContainEqual(expect.stringMatching(/^updated\s+senior-backend-engineer /));
  });
});

describe("an editor's work", () => {
  const page = () => join(dir, 'roles/senior-backend-engineer.md');

  it('is never overwritten: an edited page is kept and reported', () => {
    run();
    const edited = readFileSync(page(), 'utf8').replace('## About the role', '## About this team');
    writeFileSync(page(), edited);
    const source = join(dir, 'sources/senior-backend-engineer.txt');
    writeFileSync(source, readFileSync(source, 'utf8').replace('5+ years', '7+ years'));
    expect(run()).toBe(0);
    expect(readFileSync(page(), 'utf8')).toBe(edited);
    expect(out).toContainEqual(expect.stringMatching(/^kept\s+senior-backend-engineer /));
    expect(out).toContainEqual(
      expect.stringContaining('roles/senior-backend-engineer.md was changed since the ingest wrote it'),
    );
  });

  it('is kept on every later run too, and --force replaces it', () => {
    run();
    writeFileSync(page(), 'my own page\n');
    run();
    run();
    expect(readFileSync(page(), 'utf8')).toBe('my own page\n');
    expect(run({ force: true })).toBe(0);
    expect(readFileSync(page(), 'utf8')).toMatch(/^---\ntitle: Senior Backend Engineer\n/);
    expect(out).toContainEqual(expect.stringMatching(/^overwritten\s+senior-backend-engineer /));
  });

  it('includes a page the editor deleted: it is not written again without --force', () => {
    run();
    rmSync(page());
    expect(run()).toBe(0);
    expect(readdirSync(join(dir, 'roles'))).not.toContain('senior-backend-engineer.md');
    expect(out).toContainEqual(
      expect.stringContaining('roles/senior-backend-engineer.md was deleted since the ingest wrote it'),
    );
    run({ force: true });
    expect(readdirSync(join(dir, 'roles'))).toContain('senior-backend-engineer.md');
  });

  it('lines up every page in one column after its status, the longest status ("would keep deleted") too', () => {
    run();
    rmSync(page());
    run({ dryRun: true });
    const lines = out.filter(
      (line) => /senior-backend-engineer|senior-backend-developer/.test(line) && /^\S/.test(line),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^would keep deleted {2,}senior-backend-engineer /));
    const columns = new Set(lines.map((line) => line.search(/senior-backend-(engineer|developer) /)));
    expect(columns.size).toBe(1);
  });

  it('includes a page written from another source: a second source with the same title is refused', () => {
    run();
    const other = join(dir, 'other');
    mkdirSync(other);
    writeFileSync(join(other, 'copy.txt'), readFileSync(join(dir, 'sources/senior-backend-engineer.txt')));
    const before = readFileSync(page(), 'utf8');
    expect(run({ inputs: ['other'] })).toBe(1);
    expect(err[0]).toMatch(
      /copy\.txt: its title "Senior Backend Engineer" gives the page senior-backend-engineer\.md, which the ingest wrote from sources\/senior-backend-engineer\.txt/,
    );
    expect(readFileSync(page(), 'utf8')).toBe(before);
  });

  it('includes a page made by hand before the ingest ever ran', () => {
    mkdirSync(join(dir, 'roles'));
    writeFileSync(page(), 'written by hand\n');
    run();
    expect(readFileSync(page(), 'utf8')).toBe('written by hand\n');
  });
});

describe('--dry-run', () => {
  it('writes nothing and shows what would change as a diff', () => {
    run();
    const source = join(dir, 'sources/senior-backend-engineer.txt');
    writeFileSync(source, readFileSync(source, 'utf8').replace('5+ years', '7+ years'));
    const before = snapshot(join(dir, 'roles'));
    expect(run({ dryRun: true })).toBe(0);
    expect(snapshot(join(dir, 'roles'))).toEqual(before);
    expect(out).toContainEqual(expect.stringMatching(/^would update\s+senior-backend-engineer /));
    const diff = out.find((line) => line.includes('@@'));
    expect(diff).toContain('-  min: 5');
    expect(diff).toContain('+  min: 7');
    expect(out.at(-1)).toContain('(dry run: nothing was written)');
  });

  it('creates no folder on a first run', () => {
    run({ dryRun: true });
    expect(readdirSync(dir)).toEqual(['sources']);
  });
});

describe('--out', () => {
  it('writes the pages to another folder', () => {
    expect(run({ out: join(dir, 'elsewhere/pages') })).toBe(0);
    expect(readdirSync(join(dir, 'elsewhere/pages'))).toHaveLength(6);
  });
});

describe('bad input', () => {
  const write = (name: string, content: string | Buffer) => writeFileSync(join(dir, 'sources', name), content);

  it.each([
    ['empty.txt', '', 'the file is empty'],
    ['blank.txt', ' \n\t\n', 'the file holds no text'],
    [
      'image.png',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
      'the file is not UTF-8 text',
    ],
    ['binary.dat', Buffer.from('Senior Backend Engineer.\0\0\u0001\u0002'), 'the file holds control characters'],
    ['latin1.txt', Buffer.from('Senior D\xe9veloppeur Backend.', 'latin1'), 'the file is not UTF-8 text'],
    ['no-title.txt', 'We are a friendly company. We like tea.', 'no role title found'],
    ['no-sentence.txt', 'Senior Backend Engineer wanted', 'the text has no whole sentence'],
  ])('%s: fails with a clear message, writes nothing for it and still writes the others', (name, content, message) => {
    write(name, content);
    expect(run()).toBe(1);
    expect(err).toEqual([
      expect.stringMatching(new RegExp(`^error\\s+sources/${name.replace('.', '\\.')}: ${message}`)),
    ]);
    expect(readdirSync(join(dir, 'roles')).filter((f) => f.endsWith('.md'))).toHaveLength(5);
    expect(out.at(-1)).toBe('6 sources: 5 written, 0 unchanged, 0 kept, 1 failed');
  });

  it('a kind of role that families.yaml lacks is written with a family named after its title, and a warning with the line to add', () => {
    write('designer.txt', 'Explore Senior Product Designer jobs. You will design screens in Figma.');
    expect(run()).toBe(0);
    expect(err).toEqual([]);
    const page = readFileSync(join(dir, 'roles/senior-product-designer.md'), 'utf8');
    expect(page).toMatch(/^family: product-designer$/m);
    expect(out).toContainEqual(
      expect.stringContaining(
        'warning  sources/designer.txt: no family in content/taxonomy/families.yaml fits this role; the page says family: product-designer. Add it there (or change `family`): - { id: product-designer, name: Product Designer, keywords: [product designer] }',
      ),
    );
    expect(out.at(-1)).toBe('6 sources: 6 written, 0 unchanged, 0 kept, 0 failed');
  });

  it('a file too large to be a role description is refused', () => {
    write('huge.txt', 'Senior Backend Engineer. '.repeat(5000));
    expect(run()).toBe(1);
    expect(err[0]).toMatch(/huge\.txt: the file is \d+ bytes, more than the 65536/);
  });

  it('a path that does not exist is named', () => {
    expect(run({ inputs: ['missing.txt'] })).toBe(1);
    expect(err).toEqual([expect.stringMatching(/^error\s+missing\.txt: no such file or folder$/)]);
  });

  it('two sources that give the same page: the second fails and the first is written', () => {
    write('zz-copy.txt', readFileSync(join(dir, 'sources/senior-backend-engineer.txt')));
    expect(run()).toBe(1);
    expect(err[0]).toMatch(
      /zz-copy\.txt: its title "Senior Backend Engineer" gives the page senior-backend-engineer\.md, which sources\/senior-backend-engineer\.txt already gives/,
    );
  });

  it('a broken taxonomy stops the run before anything is written', () => {
    const taxonomy = join(dir, 'taxonomy');
    cpSync('content/taxonomy', taxonomy, { recursive: true });
    writeFileSync(join(taxonomy, 'skills.yaml'), 'skills: [ { name: Go\n');
    expect(run({ taxonomyDir: taxonomy })).toBe(1);
    expect(err[0]).toMatch(/skills taxonomy cannot be used:\n.*taxonomy\/skills\.yaml/);
    expect(readdirSync(dir)).toEqual(['sources', 'taxonomy']);
  });
});
