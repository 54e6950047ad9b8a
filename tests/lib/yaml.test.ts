/**
 * Frontmatter is read in three places: by Astro when it builds (js-yaml 4, through its own
 * frontmatter helper), by gray-matter in the ingest, the scaffold and the sitemap's dates, and by
 * `npm run check`. Generated pages, full of dates and scalars that YAML readers disagree on, must
 * read the same in all three, and the schema must then say the same of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseYaml, splitFrontmatter } from '../../src/check/frontmatter.ts';
import { readMatter, writeMatter } from '../../src/lib/yaml.ts';
import { roleSchema } from '../../src/schemas/role.ts';

type AstroReader = (code: string) => { frontmatter: Record<string, unknown>; content: string };
let astroReads: AstroReader;
beforeAll(async () => {
  // The helper Astro's content layer itself calls, resolved from Astro's own dependencies.
  const fromAstro = createRequire(createRequire(import.meta.url).resolve('astro/package.json'));
  const helpers = (await import(pathToFileURL(fromAstro.resolve('@astrojs/internal-helpers/frontmatter')).href)) as {
    parseFrontmatter: AstroReader;
  };
  astroReads = helpers.parseFrontmatter;
});

/** What the check reads from a page. */
function checkReads(page: string): unknown {
  const split = splitFrontmatter(page);
  const parsed = parseYaml(split.yaml ?? '', split.yamlLine);
  if (parsed.errors.length) throw new Error(parsed.errors[0]!.message);
  return parsed.data;
}

/** What a reader makes of a page: its fields, or that it refuses the page. */
function outcome(read: () => unknown): unknown {
  try {
    return read();
  } catch {
    return 'refused';
  }
}

/** Plain scalars that YAML readers are known to read differently: dates, odd numbers, yes/no, nulls. */
const ODD = [
  ...['~', 'null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'yes', 'No', 'on', 'off', 'y', 'n'],
  ...['0x1F', '-0x1F', '+0x1f', '0o17', '-0o17', '017', '0b101', '-0b11', '0777', '09', '00', '1_000', '+12', '-0'],
  ...['1e3', '1.5e-3', '12e03', '-12E+03', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', '1.', '.5', '0.1', '1e'],
  ...['2026-03-01', '2026-3-1', '2026-02-30', '2026-13-01', '2026-03-01T10:00:00Z', '2026-03-01 10:00:00'],
  ...['2026-03-01t10:00:00.5+02:00', '2001-12-14 21:59:43.10 -5', '2026-03-01T10:00', '12:30', '1:20:30', '20260301'],
  ...['-.5', '+.5e3', '1e999', '-1e999', '9'.repeat(400), '-0.0', '0X1F', '0B1'],
  ...['<<', '=', 'C#', 'Node.js', '.NET', 'senior', 'Senior', 'mid', 'backend', 'https://jobs.example.com/1'],
];

/** A scalar as an editor might write it: plain, single- or double-quoted. */
const scalar = fc.oneof(
  fc.constantFrom(...ODD),
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ,.()'/-]{0,40}[A-Za-z0-9.)]$/),
  fc.constantFrom(...ODD).map((s) => `'${s}'`),
  fc.constantFrom(...ODD, 'a "quoted" word', 'tab\\there', 'caf\\u00e9').map((s) => `"${s.replace(/"/g, '\\"')}"`),
  fc.integer({ min: -5, max: 60 }).map(String),
);

const FIELDS = [
  'title',
  'summary',
  'family',
  'specialization',
  'education',
  'apply',
  'draft',
  'source',
  'updated',
] as const;

/** A role page's frontmatter as YAML text: fields with odd values, lists in block and flow style, a nested map. */
const pageText = fc
  .record({
    fields: fc.uniqueArray(fc.constantFrom(...FIELDS), { maxLength: FIELDS.length }),
    values: fc.array(scalar, { minLength: FIELDS.length, maxLength: FIELDS.length }),
    levels: fc.array(scalar, { maxLength: 3 }),
    skills: fc.array(scalar, { maxLength: 4 }),
    flow: fc.boolean(),
    experience: fc.option(fc.tuple(scalar, fc.option(scalar)), { nil: undefined }),
  })
  .map(({ fields, values, levels, skills, flow, experience }) => {
    const lines = fields.map((field, index) => `${field}: ${values[index]}`);
    const list = (name: string, items: string[]) =>
      flow || items.length === 0
        ? [`${name}: [${items.join(', ')}]`]
        : [`${name}:`, ...items.map((item) => `  - ${item}`)];
    lines.push(...list('levels', levels), ...list('skills', skills));
    if (experience) {
      lines.push('experience:', `  min: ${experience[0]}`);
      if (experience[1] !== null) lines.push(`  max: ${experience[1]}`);
    }
    return `---\n${lines.join('\n')}\n---\n\n## About the role\n\nText.\n`;
  });

describe('the check, gray-matter and the build read frontmatter alike', () => {
  it('every field of a generated page, dates and odd scalars included, reads the same in all three', () => {
    let accepted = 0;
    fc.assert(
      fc.property(pageText, (page) => {
        const check = outcome(() => checkReads(page));
        const astro = outcome(() => astroReads(page).frontmatter);
        // The check may be stricter than the build (js-yaml lets a quoted value run over into
        // the next line), never looser: a page it accepts is read the same by every reader.
        if (check === 'refused') return;
        accepted++;
        expect(astro).toEqual(check);
        expect(outcome(() => readMatter(page).data)).toEqual(check);
      }),
      { numRuns: 1000 },
    );
    expect(accepted).toBeGreaterThan(800);
  });

  it('the role schema accepts a generated page for the check exactly when it accepts it for the build', () => {
    fc.assert(
      fc.property(pageText, (page) => {
        const read = outcome(() => checkReads(page));
        fc.pre(read !== 'refused');
        const build = roleSchema.safeParse(astroReads(page).frontmatter);
        const check = roleSchema.safeParse(read);
        expect(check.success).toBe(build.success);
        if (build.success) expect(check.data).toEqual(build.data);
      }),
      { numRuns: 500 },
    );
  });

  it('a page the ingest or the scaffold writes reads back as written, in the build too', () => {
    const value = fc.oneof(
      fc.constantFrom(...ODD),
      fc.string({ maxLength: 60 }),
      fc.integer(),
      fc.boolean(),
      fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
      fc.array(fc.oneof(fc.constantFrom(...ODD), fc.string({ maxLength: 20 })), { maxLength: 4 }),
      fc.record({ min: fc.nat(40), max: fc.nat(50) }),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...FIELDS, 'levels', 'skills'), value, { minKeys: 1 }), (data) => {
        const page = writeMatter('\n## About the role\n\nText.\n', data);
        expect(astroReads(page).frontmatter).toEqual(data);
        expect(readMatter(page).data).toEqual(data);
        expect(checkReads(page)).toEqual(data);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('dates', () => {
  it.each([
    ['2026-03-01', '2026-03-01T00:00:00.000Z'],
    ['2026-03-01 10:00:00', '2026-03-01T10:00:00.000Z'],
    ['2026-03-01T10:00:00+02:00', '2026-03-01T08:00:00.000Z'],
  ])('updated: %s is the same moment for every reader', (written, moment) => {
    const page = `---\nupdated: ${written}\n---\n`;
    for (const data of [astroReads(page).frontmatter, readMatter(page).data, checkReads(page) as object])
      expect((data as { updated: Date }).updated.toISOString()).toBe(moment);
  });

  it('a date with one-digit month or day stays text for every reader, and the schema refuses it', () => {
    const page = `---\nupdated: 2026-3-1\n---\n`;
    expect(astroReads(page).frontmatter.updated).toBe('2026-3-1');
    expect(readMatter(page).data.updated).toBe('2026-3-1');
    expect(checkReads(page)).toEqual({ updated: '2026-3-1' });
    const refusal = roleSchema.shape.updated.safeParse('2026-3-1');
    expect(refusal.error?.issues[0]?.message).toBe('write the date as YYYY-MM-DD, e.g. 2026-03-01');
    expect(roleSchema.shape.updated.safeParse(new Date('2026-03-01')).success).toBe(true);
    expect(roleSchema.shape.updated.safeParse('2026-03-01').data).toEqual(new Date('2026-03-01'));
    expect(roleSchema.shape.updated.safeParse(20260301).success).toBe(false);
  });
});

it('nothing outside src/lib/yaml.ts reads YAML with another engine', () => {
  const files = ['src', 'bench'].flatMap((dir) =>
    // Files only: Astro's generated-types folder of a bench build is called `.astro`.
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(ts|mjs|astro)$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name)),
  );
  const others = files.filter(
    (file) =>
      file !== join('src', 'lib', 'yaml.ts') &&
      /from '(gray-matter|js-yaml)'|import \{[^}]*\b(parse|load)\b[^}]*\} from 'yaml'/.test(readFileSync(file, 'utf8')),
  );
  expect(others).toEqual([]);
});
