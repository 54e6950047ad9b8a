/**
 * `npm run import -- greenhouse|lever|ashby <file.json | url> [--role ID=SLUG] [--dry-run] [--force]`
 * Turns a job board's export into openings. See the README for what it reads and writes.
 */
import { resolve } from 'node:path';
import { CONSOLE, readCommandLine } from '../lib/command-line.ts';
import { today } from '../lib/openings.ts';
import { OPENINGS_DIR, ROLES_DIR, SETTINGS_FILE, TAXONOMY_DIR } from '../lib/paths.ts';
import type { System } from './job.ts';
import { runImport } from './run.ts';
import { DEFAULTS } from './source.ts';

const SYSTEMS: System[] = ['greenhouse', 'lever', 'ashby'];

const USAGE = `Usage: npm run import -- greenhouse|lever|ashby <file.json | url> [options]

Reads a job board's export (the JSON of its public job-board API) and writes one opening per job
to content/openings/. Run it again with a newer export to update them: files an editor changed
are left as they are.

  greenhouse  https://boards-api.greenhouse.io/v1/boards/{board}/jobs?content=true&pay_transparency=true
  lever       https://api.lever.co/v0/postings/{site}?mode=json
  ashby       https://api.ashbyhq.com/posting-api/job-board/{name}?includeCompensation=true

Options:
  --role ID=SLUG  open the job with that id under the role SLUG (content/roles/SLUG.md); repeat for more
  --role SLUG     open every job whose title matches no role under the role SLUG
  --out DIR       write the openings to DIR instead of content/openings
  --dry-run       show what would change, and write nothing
  --force         replace openings that an editor has changed since they were imported
  --help          show this text`;

async function main(): Promise<number> {
  const command = readCommandLine(USAGE, { role: { type: 'string', multiple: true, default: [] } });
  if (typeof command === 'number') return command;
  const { values, positionals, cwd } = command;
  const [system, source, ...extra] = positionals;
  if (!system || !SYSTEMS.includes(system as System) || !source || extra.length > 0) {
    const problem = !system
      ? 'name the system and the export'
      : !SYSTEMS.includes(system as System)
        ? `"${system}" is not a system this import reads (${SYSTEMS.join(', ')})`
        : !source
          ? 'name the export: a file.json or the URL of the board'
          : `one export at a time (also given: ${extra.join(' ')})`;
    console.error(`${problem}\n\n${USAGE}`);
    return 2;
  }
  const byJob = new Map<string, string>();
  let fallback: string | undefined;
  for (const value of values.role) {
    const at = value.indexOf('=');
    if (at > 0) byJob.set(value.slice(0, at).trim(), value.slice(at + 1).trim());
    else if (fallback && fallback !== value) {
      console.error(`--role ${value}: only one --role without a job id (it maps every job that matches no role)`);
      return 2;
    } else fallback = value.trim();
  }
  return runImport(
    {
      system: system as System,
      source,
      out: values.out ? resolve(cwd, values.out) : OPENINGS_DIR,
      rolesDir: ROLES_DIR,
      taxonomyDir: TAXONOMY_DIR,
      settingsFile: SETTINGS_FILE,
      dryRun: values['dry-run'],
      force: values.force,
      roles: { byJob, ...(fallback ? { fallback } : {}) },
      cwd,
      root: process.cwd(),
      today: today(),
      ...DEFAULTS,
    },
    CONSOLE,
  );
}

process.exitCode = await main();
