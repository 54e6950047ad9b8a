/**
 * `npm run new -- "Principal Backend Engineer"`: a new role page to fill in.
 * `npm run new -- --from path/to/source.txt`: the ingest, on one source text.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { closest } from 'fastest-levenshtein';
import { readMatter } from '../lib/yaml.ts';
import { toSlug } from '../lib/slug.ts';
import { isoDay, today } from '../lib/openings.ts';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runIngest } from '../ingest/run.ts';
import { loadTaxonomy } from '../lib/taxonomy.ts';
import { scaffoldOpening, scaffoldRole } from './scaffold.ts';

const USAGE = `Usage:
  npm run new -- "Role title"          a new role page (a draft) with its sections to fill in
  npm run new -- --from source.txt     a role page made from a source text by the ingest
  npm run new -- --opening role-slug   a new opening (a draft) under that role, to fill in`;

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { from: { type: 'string' }, opening: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const cwd = process.env.INIT_CWD ?? process.cwd();
  if (values.opening !== undefined) return newOpening(values.opening.trim(), positionals[0]);
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

/** `--opening role-slug [file-name]`: content/openings/<role-slug>-<n>.md, a draft to fill in. */
function newOpening(slug: string, name: string | undefined): number {
  const roleFile = ['.md', '.mdx'].map((ext) => join('content/roles', `${slug}${ext}`)).find((f) => existsSync(f));
  if (!roleFile) {
    const roles = readdirSync('content/roles')
      .filter((n) => /\.mdx?$/.test(n))
      .map((n) => n.replace(/\.mdx?$/, ''));
    const guess = roles.length ? closest(slug, roles) : undefined;
    console.error(
      `"${slug}" is not a role${guess ? ` (did you mean ${guess}?)` : ''}: give the file name of a page in content/roles/, without .md`,
    );
    return 1;
  }
  const title = String((readMatter(readFileSync(roleFile, 'utf8')).data as { title?: unknown }).title ?? slug);
  const dir = 'content/openings';
  mkdirSync(dir, { recursive: true });
  const existing = readdirSync(dir).filter((n) => n.endsWith('.md'));
  let file = join(dir, `${toSlug(name ?? slug)}.md`);
  for (let n = 2; !name && existsSync(file); n++) file = join(dir, `${slug}-${n}.md`);
  if (existsSync(file)) {
    console.error(`${file} already exists; edit it, or choose another name.`);
    return 1;
  }
  writeFileSync(file, scaffoldOpening({ slug, title }, isoDay(today()), usualPlace(dir, existing)), { flag: 'wx' });
  console.log(`Created ${file} as a draft opening for ${title}.
Fill in the team, the place, the pay and the text, preview it with \`npm run dev\` (at /jobs/),
and remove \`draft: true\` when it is ready to publish.`);
  return 0;
}

/** The country and currency that most of the site's openings have together, for a new one to start from. */
function usualPlace(dir: string, files: string[]): { country: string; currency: string } | undefined {
  const pairs = new Map<string, number>();
  for (const name of files) {
    try {
      const data = readMatter(readFileSync(join(dir, name), 'utf8')).data as {
        locations?: { country?: unknown }[];
        pay?: { currency?: unknown };
      };
      const country = data.locations?.[0]?.country;
      const currency = data.pay?.currency;
      if (typeof country === 'string' && typeof currency === 'string')
        pairs.set(`${country} ${currency}`, (pairs.get(`${country} ${currency}`) ?? 0) + 1);
    } catch {
      // An opening that does not parse says nothing about the usual place; the check reports it.
    }
  }
  const top = [...pairs].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  if (!top) return undefined;
  const [country, currency] = top.split(' ') as [string, string];
  return { country, currency };
}

process.exitCode = main();
