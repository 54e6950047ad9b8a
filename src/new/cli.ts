/**
 * `npm run new -- "Principal Backend Engineer"`: a new role page to fill in.
 * `npm run new -- --from path/to/source.txt`: the ingest, on one source text.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runIngest } from '../ingest/run.ts';
import { loadTaxonomy } from '../lib/taxonomy.ts';
import { scaffoldRole } from './scaffold.ts';

const USAGE = `Usage:
  npm run new -- "Role title"          a new role page (a draft) with its sections to fill in
  npm run new -- --from source.txt     a role page made from a source text by the ingest`;

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { from: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const cwd = process.env.INIT_CWD ?? process.cwd();
  if (values.help || (!values.from && positionals.length !== 1)) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  if (values.from) {
    return runIngest(
      {
        inputs: [values.from],
        out: resolve('content/roles'),
        dryRun: false,
        force: false,
        taxonomyDir: 'content/taxonomy',
        root: process.cwd(),
        cwd,
      },
      { out: (line) => console.log(line), err: (line) => console.error(line) },
    );
  }
  let scaffold;
  try {
    scaffold = scaffoldRole(positionals[0]!, loadTaxonomy());
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  const file = join('content/roles', `${scaffold.slug}.md`);
  if (existsSync(file)) {
    console.error(`${file} already exists; edit it, or choose another title.`);
    return 1;
  }
  writeFileSync(file, scaffold.page, { flag: 'wx' });
  console.log(`Created ${relative(process.cwd(), file)} as a draft.
Fill in the summary, the skills (names from content/taxonomy/skills.yaml) and each section,
preview it with \`npm run dev\`, and remove \`draft: true\` when it is ready to publish.`);
  return 0;
}

process.exitCode = main();
