/**
 * `npm run ingest -- [files or folders…] [--out DIR] [--dry-run] [--force]`
 * Turns source texts into role pages. See the README for what it reads and writes.
 * `npm run ingest -- --report [--expectations FILE]` measures the ingest against what a recruiter
 * would write for a set of texts, and writes nothing.
 */
import { relative, resolve } from 'node:path';
import { CONSOLE, readCommandLine } from '../lib/command-line.ts';
import { loadTaxonomy, TaxonomyError, type Taxonomy } from '../lib/taxonomy.ts';
import { ContentFileError } from '../lib/yaml-file.ts';
import { reportLines, scoreExpectations, TARGETS } from './report.ts';
import { ingestInParallel, PARALLEL_FROM, type Outcome } from './parallel.ts';
import { genderTagsSetting, ingestJobs, runIngest, type RunOptions } from './run.ts';

const EXPECTATIONS = 'tests/fixtures/ingest/expectations.yaml';

const USAGE = `Usage: npm run ingest -- [files or folders…] [options]

Reads role descriptions (plain text) and writes role pages to content/roles/.
With no files or folders, reads content/sources/.

Options:
  --out DIR    write the pages to DIR instead of content/roles
  --dry-run    show what would change, and write nothing
  --force      replace pages that an editor has changed since they were generated
  --report     write nothing; read the texts of an expectations file and print, per text, the
               skills found, expected, missed and false, and in total the recall, the false
               skills and the share of the source's wording kept on the page
  --expectations FILE
               the expectations file --report reads (default: ${EXPECTATIONS})
  --help       show this text`;

function report(file: string): number {
  try {
    const scores = scoreExpectations(file, loadTaxonomy('content/taxonomy'));
    for (const line of reportLines(scores, TARGETS)) console.log(line);
    return 0;
  } catch (error) {
    if (error instanceof TaxonomyError || error instanceof ContentFileError) {
      console.error(`error  ${error.message}`);
      return 1;
    }
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      console.error(`error  ${relative(process.cwd(), file) || file}: no such file`);
      return 1;
    }
    throw error;
  }
}

async function main(): Promise<number> {
  const command = readCommandLine(USAGE, {
    report: { type: 'boolean', default: false },
    expectations: { type: 'string' },
  });
  if (typeof command === 'number') return command;
  const { values, positionals, cwd } = command;
  if (values.report) return report(values.expectations ? resolve(cwd, values.expectations) : EXPECTATIONS);
  const options: RunOptions = {
    inputs: positionals.length > 0 ? positionals : ['content/sources'],
    out: values.out ? resolve(cwd, values.out) : resolve('content/roles'),
    dryRun: values['dry-run'],
    force: values.force,
    taxonomyDir: 'content/taxonomy',
    root: process.cwd(),
    cwd: positionals.length > 0 ? cwd : process.cwd(),
  };
  // Hundreds of texts are read on every core; the run then goes on as for a few.
  const jobs = ingestJobs(options);
  let outcomes: Map<string, Outcome> | undefined;
  let taxonomy: Taxonomy | undefined;
  if (jobs.length >= PARALLEL_FROM) {
    try {
      taxonomy = loadTaxonomy(options.taxonomyDir);
      outcomes = await ingestInParallel(jobs, options.taxonomyDir, genderTagsSetting(options.taxonomyDir));
    } catch (error) {
      // A taxonomy that cannot be used is reported by the run itself.
      if (!(error instanceof TaxonomyError)) throw error;
    }
  }
  return runIngest(options, CONSOLE, outcomes, taxonomy);
}

process.exitCode = await main();
