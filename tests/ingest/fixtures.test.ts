/**
 * Each folder in tests/fixtures/ingest holds a source text and the role page the ingest must make
 * of it, compared exactly. `npm run fixtures:update` rewrites the expected files on purpose;
 * review the diff before committing it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSource, ingestText } from '../../src/ingest/ingest.ts';
import { IngestError } from '../../src/ingest/errors.ts';
import { loadTaxonomy } from '../../src/lib/taxonomy.ts';

const root = 'tests/fixtures/ingest';
const update = process.env.UPDATE_FIXTURES === '1';
const taxonomy = loadTaxonomy();

/** The warnings as the ingest reports them, or the error, one per line. */
function report(name: string): { page?: string; log: string } {
  const source = `${root}/${name}/source.txt`;
  try {
    const result = ingestText(decodeSource(readFileSync(source)), { source, taxonomy });
    const log = result.warnings.map((w) => `warning ${w.line ? `${w.line}:${w.column} ` : ''}${w.message}`);
    return { page: result.page, log: [`page ${result.slug}.md`, ...log].join('\n') + '\n' };
  } catch (error) {
    if (error instanceof IngestError) return { log: `error ${error.message}\n` };
    throw error;
  }
}

function expectFile(file: string, actual: string | undefined) {
  if (update) {
    if (actual !== undefined) writeFileSync(file, actual);
    return;
  }
  if (actual === undefined) {
    expect(existsSync(file), `${file} should not exist: the fixture makes no page`).toBe(false);
    return;
  }
  expect(existsSync(file), `${file} is missing; run npm run fixtures:update and review it`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('the ingest turns each fixture source into exactly its expected page', () => {
  const cases = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);

  it('has the five supplied texts and the cut-off ones among its fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
    expect(cases.filter((c) => c.startsWith('cut-off-'))).toHaveLength(3);
  });

  it.each(cases)('%s', (name) => {
    const { page, log } = report(name);
    expectFile(join(root, name, 'expected.md'), page);
    expectFile(join(root, name, 'expected.log'), log);
  });
});

describe('the supplied source texts', () => {
  it('are kept in content/sources exactly as the fixtures hold them', () => {
    const sources = readdirSync('content/sources').sort();
    expect(sources).toHaveLength(5);
    for (const file of sources) {
      const fixture = join(root, file.replace(/\.txt$/, ''), 'source.txt');
      expect(readFileSync(join('content/sources', file)).equals(readFileSync(fixture)), file).toBe(true);
    }
  });
});
