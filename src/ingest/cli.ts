/**
 * `npm run ingest -- [files or folders…] [--out DIR] [--dry-run] [--force]`
 * Turns source texts into role pages. See the README for what it reads and writes.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runIngest } from './run.ts';

const USAGE = `Usage: npm run ingest -- [files or folders…] [options]

Reads role descriptions (plain text) and writes role pages to content/roles/.
With no files or folders, reads content/sources/.

Options:
  --out DIR    write the pages to DIR instead of content/roles
  --dry-run    show what would change, and write nothing
  --force      replace pages that an editor has changed since they were generated
  --help       show this text`;

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  // npm runs scripts from the package root; paths typed by the user are relative to where they typed them.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  return runIngest(
    {
      inputs: positionals.length > 0 ? positionals : ['content/sources'],
      out: values.out ? resolve(cwd, values.out) : resolve('content/roles'),
      dryRun: values['dry-run'],
      force: values.force,
      taxonomyDir: 'content/taxonomy',
      root: process.cwd(),
      cwd: positionals.length > 0 ? cwd : process.cwd(),
    },
    { out: (line) => console.log(line), err: (line) => console.error(line) },
  );
}

process.exitCode = main();
