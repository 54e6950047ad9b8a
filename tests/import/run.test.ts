import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport, type ImportOptions } from '../../src/import/run.ts';
import { checkContent } from '../../src/check/index.ts';
import { EU_MEMBERS } from '../../src/lib/codes.ts';
import { readMatter } from '../../src/lib/yaml.ts';
import { openingSchema } from '../../src/schemas/opening.ts';

let root: string;
let openings: string;
let out: string[];
let err: string[];

const FIXTURES = 'tests/fixtures/import';

async function run(system: ImportOptions['system'], overrides: Partial<ImportOptions> = {}): Promise<number> {
  out = [];
  err = [];
  return runImport(
    {
      system,
      source: join(root, `${system}.json`),
      out: openings,
      rolesDir: join(root, 'content/roles'),
      taxonomyDir: join(root, 'content/taxonomy'),
      settingsFile: join(root, 'content/site.yaml'),
      dryRun: false,
      force: false,
      roles: { byJob: new Map() },
      cwd: root,
      root,
      today: new Date('2026-12-01'),
      timeout: 5_000,
      maxBytes: 1_000_000,
      ...overrides,
    },
    { out: (line) => out.push(line), err: (line) => err.push(line) },
  );
}

/** The export file of a system, to change in a test. */
const exportOf = (system: string) => JSON.parse(readFileSync(join(root, `${system}.json`), 'utf8'));
const saveExport = (system: string, data: unknown) =>
  writeFileSync(join(root, `${system}.json`), JSON.stringify(data, null, 2));

/** The opening the import wrote for a job, by its ats id. */
function opening(id: string): { name: string; data: Record<string, unknown>; body: string; text: string } {
  for (const name of readdirSync(openings).filter((n) => n.endsWith('.md') && n !== 'README.md')) {
    const text = readFileSync(join(openings, name), 'utf8');
    const { data, content } = readMatter(text);
    if ((data.ats as { id?: string } | undefined)?.id === id) return { name, data, body: content, text };
  }
  throw new Error(`no opening for job ${id}`);
}

/** Every file of the openings folder with its bytes and modification time. */
function snapshot(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(openings).sort())
    files[name] = `${statSync(join(openings, name)).mtimeMs} ${readFileSync(join(openings, name), 'base64')}`;
  return files;
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'import-'));
  cpSync('content', join(root, 'content'), { recursive: true });
  for (const system of ['greenhouse', 'lever', 'ashby'])
    cpSync(join(FIXTURES, `${system}.json`), join(root, `${system}.json`));
  openings = join(root, 'content/openings');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('Greenhouse', () => {
  it('writes every job that matches a role, with what the export says in its fields', async () => {
    expect(await run('greenhouse')).toBe(0);
    expect(err).toEqual([]);
    const berlin = opening('4012345');
    // The sample opening already has the plain name, so the job id makes this one's.
    expect(berlin.name).toBe('senior-backend-engineer-payments-berlin-4012345.md');
    expect(berlin.data).toMatchObject({
      role: 'senior-backend-engineer',
      title: 'Senior Backend Engineer, Payments',
      team: 'Payments',
      locations: [{ city: 'Berlin', region: 'BE', country: 'DE' }],
      workplace: 'on-site',
      employment: 'full-time',
      pay: { currency: 'EUR', min: 85000, max: 105000, unit: 'year' },
      opens: new Date('2026-11-02'),
      apply: 'https://job-boards.greenhouse.io/meridian/jobs/4012345',
      ats: { system: 'greenhouse', id: '4012345' },
    });
    expect(berlin.data.draft).toBeUndefined();
    // Its HTML arrives as entities; it is decoded once, so the text reads as the board shows it.
    expect(berlin.body).toContain('## About the team');
    expect(berlin.body).toContain('- Own the settlement service’s move to event sourcing');
    expect(berlin.body).not.toMatch(/&lt;|&amp;|<p>/);

    expect(opening('4012346').data).toMatchObject({
      role: 'backend-software-engineer',
      team: 'Payments',
      employment: 'contract',
      locations: [{ city: 'New York', region: 'NY', country: 'US' }],
      pay: { currency: 'USD', min: 90, max: 110, unit: 'hour' },
    });
    expect(opening('4012347').data).toMatchObject({
      role: 'staff-software-engineer-backend',
      workplace: 'remote',
      remote: { countries: EU_MEMBERS },
      pay: { currency: 'EUR', min: 100000, max: 135000, unit: 'year' },
    });
    expect(out).toContainEqual(expect.stringMatching(/2 pay ranges \(pay zones\)/));
  });

  it('skips a job that matches no role, names the closest, and still exits 0', async () => {
    expect(await run('greenhouse')).toBe(0);
    expect(out).toContainEqual(
      'skipped         greenhouse 4012348 "Engineering Manager, Backend": matches no role; closest: Backend Software Engineer (backend-software-engineer)',
    );
    expect(out).toContainEqual(
      '  warning  map it by hand with --role 4012348=<role>, or add the role to content/roles/',
    );
    expect(() => opening('4012348')).toThrow();
  });

  it('writes a job without the pay range the law asks for as a draft, and says why', async () => {
    await run('greenhouse');
    const munich = opening('4012349');
    expect(munich.data).toMatchObject({
      draft: true,
      workplace: 'hybrid',
      role: 'senior-and-staff-java-backend-engineer',
    });
    expect(munich.data.pay).toBeUndefined();
    expect(munich.data.title).toBe('Senior Java Backend Engineer');
    expect(out).toContainEqual(
      '  warning  written as a draft: no pay range: it is located in Munich, DE, and the pay-transparency law of the EU asks for one; add pay, then remove draft: true',
    );
    // Its hostile HTML is gone; its text is not.
    expect(munich.body).toContain('Build the risk engine in _Java_.');
    expect(munich.text).not.toMatch(/script|javascript|onclick|style=|iframe|tracker|cookie/i);
  });
});

describe('Lever', () => {
  it('maps workplace, commitment, team, country and salary range', async () => {
    expect(await run('lever')).toBe(0);
    expect(opening('5c0b5f2e-7a4e-4f4b-9e1e-0d2a3b4c5d01').data).toMatchObject({
      role: 'senior-backend-developer',
      team: 'Merchant Payments',
      locations: [{ city: 'Amsterdam', country: 'NL' }],
      workplace: 'hybrid',
      pay: { currency: 'EUR', min: 80000, max: 98000, unit: 'year' },
      opens: new Date('2026-11-03'),
      apply: 'https://jobs.lever.co/meridian/5c0b5f2e-7a4e-4f4b-9e1e-0d2a3b4c5d01/apply',
    });
    expect(opening('5c0b5f2e-7a4e-4f4b-9e1e-0d2a3b4c5d01').body).toMatch(
      /## What you will do\n\n- Design the payout APIs/,
    );
    expect(opening('5c0b5f2e-7a4e-4f4b-9e1e-0d2a3b4c5d02').data).toMatchObject({
      role: 'staff-software-engineer-backend',
      team: 'Platform',
      workplace: 'remote',
      remote: { countries: ['US'] },
    });
    expect(opening('5c0b5f2e-7a4e-4f4b-9e1e-0d2a3b4c5d04').data).toMatchObject({
      role: 'backend-software-engineer',
      employment: 'part-time',
      locations: [{ city: 'London', country: 'GB' }],
    });
    expect(opening('5c0b5f2e-7a4e-4f4b-9e1e-0d2a3b4c5d05').data).toMatchObject({
      role: 'senior-and-staff-java-backend-engineer',
      employment: 'contract',
      locations: [{ city: 'Toronto', region: 'ON', country: 'CA' }],
      pay: { currency: 'CAD', min: 85, max: 110, unit: 'hour' },
      workplace: 'on-site',
    });
    expect(out).toContainEqual(
      '  warning  Lever does not say whether the job is on-site, hybrid or remote; written as on-site',
    );
  });
});

describe('Ashby', () => {
  it('maps addresses, workplace, employment type and the salary of its compensation tiers', async () => {
    expect(await run('ashby')).toBe(0);
    expect(opening('0f3a6c2e-1b7d-4c59-8e21-7a9b3c4d5e01').data).toMatchObject({
      role: 'senior-backend-engineer',
      team: 'Ledger',
      locations: [{ city: 'San Francisco', region: 'CA', country: 'US' }],
      workplace: 'hybrid',
      pay: { currency: 'USD', min: 165000, max: 210000, unit: 'year' },
      opens: new Date('2026-11-12'),
    });
    expect(opening('0f3a6c2e-1b7d-4c59-8e21-7a9b3c4d5e03').data).toMatchObject({
      employment: 'contract',
      workplace: 'on-site',
      locations: [
        { city: 'Warsaw', region: '14', country: 'PL', street: 'ul. Prosta 20', postalCode: '00-850' },
        { city: 'Kraków', region: '12', country: 'PL' },
      ],
      pay: { currency: 'PLN', min: 150, max: 210, unit: 'hour' },
    });
  });

  it('writes a remote job whose area it cannot read as a draft, and skips unlisted and unmatched jobs', async () => {
    await run('ashby');
    expect(opening('0f3a6c2e-1b7d-4c59-8e21-7a9b3c4d5e02').data).toMatchObject({
      workplace: 'remote',
      remote: {},
      draft: true,
    });
    expect(out).toContainEqual(expect.stringMatching(/"Remote - Europe": "Europe" is not a country, EU or EEA/));
    expect(out).toContainEqual(
      expect.stringMatching(/^skipped .*5e06 "Backend Software Engineer": not listed on the board$/),
    );
    expect(out).toContainEqual(expect.stringMatching(/^skipped .*5e04 "Principal Backend Engineer": matches no role/));
    expect(opening('0f3a6c2e-1b7d-4c59-8e21-7a9b3c4d5e05').data).toMatchObject({
      draft: true,
      locations: [{ region: 'CO' }],
    });
  });
});

describe('what is written', () => {
  it('passes openingSchema and the content check', async () => {
    for (const system of ['greenhouse', 'lever', 'ashby'] as const) expect(await run(system)).toBe(0);
    const imported = readdirSync(openings).filter(
      (n) => n.endsWith('.md') && readFileSync(join(openings, n), 'utf8').includes('ats:'),
    );
    expect(imported).toHaveLength(12);
    for (const name of imported) {
      const { data } = readMatter(readFileSync(join(openings, name), 'utf8'));
      expect(openingSchema.safeParse(data).error).toBeUndefined();
      expect(name).toMatch(/^[a-z0-9-]+\.md$/);
    }
    const { problems } = checkContent(join(root, 'content'), root);
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
    // The drafts still lacking pay are warnings, each at its file.
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/the pay range is missing: it is located in Denver/),
      expect.stringMatching(/the pay range is missing: it is located in Munich/),
    ]);
  });
});

describe('running again', () => {
  it('changes nothing when the export is the same', async () => {
    await run('greenhouse');
    const before = snapshot();
    expect(await run('greenhouse')).toBe(0);
    expect(snapshot()).toEqual(before);
    expect(out.at(-1)).toBe('5 jobs: 0 written, 4 unchanged, 0 kept, 1 skipped, 0 gone; 4 warnings');
  });

  it('updates the files it wrote when the export changes, and only those', async () => {
    await run('greenhouse');
    const before = snapshot();
    const data = exportOf('greenhouse');
    data.jobs[0].pay_input_ranges[0].max_cents = 11000000;
    data.jobs[0].title = 'Senior Backend Engineer, Payments Ledger';
    saveExport('greenhouse', data);
    await run('greenhouse');
    const berlin = opening('4012345');
    // The file keeps its name, so links to the job keep working.
    expect(berlin.name).toBe('senior-backend-engineer-payments-berlin-4012345.md');
    expect(berlin.data).toMatchObject({ title: 'Senior Backend Engineer, Payments Ledger', pay: { max: 110000 } });
    expect(out).toContainEqual(
      expect.stringMatching(/^updated +content\/openings\/senior-backend-engineer-payments-berlin-4012345\.md/),
    );
    const after = snapshot();
    const changed = Object.keys(after).filter((name) => after[name] !== before[name]);
    expect(changed.sort()).toEqual(['.import.json', 'senior-backend-engineer-payments-berlin-4012345.md']);
  });

  it('leaves a file an editor changed, until --force', async () => {
    await run('greenhouse');
    const file = join(openings, opening('4012346').name);
    const edited = readFileSync(file, 'utf8').replace('employment: contract', 'employment: temporary');
    writeFileSync(file, edited);
    const data = exportOf('greenhouse');
    data.jobs[1].pay_input_ranges[0].max_cents = 12000;
    saveExport('greenhouse', data);
    await run('greenhouse');
    expect(readFileSync(file, 'utf8')).toBe(edited);
    expect(out).toContainEqual(
      `  kept     content/openings/${opening('4012346').name} was changed since the import wrote it; it is left as it is (--force replaces it)`,
    );
    await run('greenhouse', { force: true });
    expect(opening('4012346').data).toMatchObject({ employment: 'contract', pay: { max: 120 } });
    expect(out).toContainEqual(expect.stringMatching(/^overwritten /));
  });

  it('does not bring back a file an editor deleted', async () => {
    await run('lever');
    const name = opening('5c0b5f2e-7a4e-4f4b-9e1e-0d2a3b4c5d04').name;
    rmSync(join(openings, name));
    await run('lever');
    expect(existsSync(join(openings, name))).toBe(false);
    expect(out).toContainEqual(expect.stringMatching(/was deleted since the import wrote it; it is not written again/));
  });

  it('knows its files by their ats id even without its record, and still protects edits', async () => {
    await run('lever');
    const file = join(openings, opening('5c0b5f2e-7a4e-4f4b-9e1e-0d2a3b4c5d01').name);
    writeFileSync(file, readFileSync(file, 'utf8').replace('team: Merchant Payments', 'team: Payouts'));
    rmSync(join(openings, '.import.json'));
    await run('lever');
    expect(opening('5c0b5f2e-7a4e-4f4b-9e1e-0d2a3b4c5d01').data.team).toBe('Payouts');
    expect(out.at(-1)).toMatch(/^5 jobs: 0 written, 3 unchanged, 1 kept, 1 skipped/);
    expect(readdirSync(openings).filter((n) => n.startsWith('senior-backend-developer'))).toHaveLength(1);
  });

  it('reports a job that left the export and leaves its file alone', async () => {
    await run('greenhouse');
    const name = opening('4012347').name;
    const data = exportOf('greenhouse');
    data.jobs.splice(2, 1);
    saveExport('greenhouse', data);
    expect(await run('greenhouse')).toBe(0);
    expect(existsSync(join(openings, name))).toBe(true);
    expect(out).toContainEqual(
      `gone            content/openings/${name}  greenhouse 4012347 is no longer in the export; the file is left as it is (set closes: or delete it when the position is filled)`,
    );
    // Another system's import does not take Greenhouse's jobs for gone.
    await run('lever');
    expect(out.filter((line) => line.startsWith('gone'))).toEqual([]);
  });

  it('shows what would change with --dry-run, and writes nothing', async () => {
    const before = snapshot();
    await run('ashby', { dryRun: true });
    expect(snapshot()).toEqual(before);
    expect(out).toContainEqual(
      expect.stringMatching(/^would create +content\/openings\/senior-backend-engineer-denver\.md/),
    );
    expect(out.at(-1)).toMatch(/4 would write.*\(dry run: nothing was written\)$/);
  });
});

describe('--role', () => {
  it('maps a job by its id, and the mapping holds on the next import', async () => {
    await run('greenhouse', { roles: { byJob: new Map([['4012348', 'backend-software-engineer']]) } });
    expect(opening('4012348').data).toMatchObject({
      role: 'backend-software-engineer',
      title: 'Engineering Manager, Backend',
    });
    const before = snapshot();
    await run('greenhouse');
    expect(snapshot()).toEqual(before);
  });

  it('maps every job that matches no role to one role, and leaves matched jobs to their own', async () => {
    await run('lever', { roles: { byJob: new Map(), fallback: 'senior-backend-engineer' } });
    expect(opening('5c0b5f2e-7a4e-4f4b-9e1e-0d2a3b4c5d03').data.role).toBe('senior-backend-engineer');
    expect(opening('5c0b5f2e-7a4e-4f4b-9e1e-0d2a3b4c5d01').data.role).toBe('senior-backend-developer');
  });

  it('refuses a role that does not exist, before reading anything', async () => {
    expect(await run('lever', { roles: { byJob: new Map([['x', 'chief-wizard']]) } })).toBe(2);
    expect(err[0]).toMatch(
      /--role chief-wizard: there is no such role in content\/roles\/ \(roles: backend-software-engineer, /,
    );
    expect(existsSync(join(openings, '.import.json'))).toBe(false);
  });
});

describe('an export that cannot be read', () => {
  it.each([
    [
      'not JSON',
      '{"jobs": [\n  {"id": 1,\n   "title": "Backend Engineer",,\n}',
      /^error {2}.*greenhouse\.json:3:\d+: the export is not JSON: /,
    ],
    ['HTML', '<!doctype html><html></html>', /greenhouse\.json:1:1: the export is not JSON \(it looks like HTML\)/],
    ['empty', '  \n', /greenhouse\.json: the export is empty; export it from https:\/\/boards-api\.greenhouse\.io/],
    ['a list instead of an object', '[]', /is not a Greenhouse export: it should be an object with a "jobs" list/],
  ])('is refused when it is %s, and nothing is written', async (_, text, message) => {
    writeFileSync(join(root, 'greenhouse.json'), text);
    const before = snapshot();
    expect(await run('greenhouse')).toBe(1);
    expect(err[0]).toMatch(message);
    expect(err.at(-1)).toBe('Nothing was written.');
    expect(snapshot()).toEqual(before);
  });

  it('names the line, the field and the job of each wrong field', async () => {
    const data = exportOf('greenhouse');
    data.jobs[1].title = 42;
    data.jobs[3].pay_input_ranges = [{ min_cents: 'lots', max_cents: 1, currency_type: 'EUR' }];
    saveExport('greenhouse', data);
    const before = snapshot();
    expect(await run('greenhouse')).toBe(1);
    const text = readFileSync(join(root, 'greenhouse.json'), 'utf8').split('\n');
    const titleLine = text.findIndex((l) => l.includes('"title": 42')) + 1;
    expect(err[0]).toContain(`greenhouse.json:${titleLine}:`);
    expect(err[0]).toMatch(/jobs\[1\]\.title \(job 4012346\): Invalid input: expected string, received number/);
    expect(err[0]).toMatch(/jobs\[3\]\.pay_input_ranges\[0\]\.min_cents \(job 4012348\): /);
    expect(snapshot()).toEqual(before);
  });

  it('says what a Lever export looks like when it gets something else', async () => {
    writeFileSync(join(root, 'lever.json'), JSON.stringify({ jobs: [] }));
    expect(await run('lever')).toBe(1);
    expect(err[0]).toMatch(
      /is not a Lever export: it should be a list of postings, as GET \/v0\/postings\/\{site\}\?mode=json returns/,
    );
  });

  it('warns when the export was fetched without the parameters that bring descriptions and pay', async () => {
    const data = exportOf('greenhouse');
    for (const job of data.jobs) {
      delete job.content;
      delete job.pay_input_ranges;
    }
    saveExport('greenhouse', data);
    expect(await run('greenhouse')).toBe(0);
    expect(out).toContainEqual('  warning  the export has no job descriptions: fetch it with ?content=true');
    expect(out).toContainEqual('  warning  the export has no pay ranges: fetch it with &pay_transparency=true');
  });
});
