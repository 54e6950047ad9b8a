import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFile, ingestInParallel } from '../../src/ingest/parallel.ts';
import { loadTaxonomy } from '../../src/lib/taxonomy.ts';

describe('many texts at once', () => {
  it('are read on worker threads into exactly the pages, warnings and refusals of a run one by one', async () => {
    const jobs = [
      ...readdirSync('tests/fixtures/ingest', { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => join('tests/fixtures/ingest', d.name, 'source.txt')),
      'tests/fixtures/ingest/no-such-text.txt',
    ].map((path) => ({ path, source: path }));
    const taxonomy = loadTaxonomy();
    const parallel = await ingestInParallel(jobs, 'content/taxonomy', 'keep');
    expect(parallel.size).toBe(jobs.length);
    for (const job of jobs) expect(parallel.get(job.path), job.path).toEqual(ingestFile(job, taxonomy, 'keep'));
    expect(parallel.get('tests/fixtures/ingest/no-such-text.txt')).toEqual({ error: 'no such file or folder' });
  });
});
