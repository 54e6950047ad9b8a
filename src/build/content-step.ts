/**
 * The content step of `npm run build`, in a process of its own beside Astro's: the content
 * checks, then (when they pass) the role list Astro's sitemap reads (src/lib/published.ts) and
 * the search index's records, written to a file that the build feeds to Pagefind a batch at a
 * time (src/build/search-index.ts).
 *
 * A process of its own, so that its memory goes back when it ends: everything it read, parsed and
 * checked is about 1 GB at 10,000 roles, which a long-lived process would keep (V8 does not hand
 * a grown heap back), and Pagefind's indexer needs the most memory later, when it writes its
 * bundle while Astro renders.
 *
 * Tells the build what it found over IPC: `{ kind: 'checked', errors }` once the checks have run
 * and printed their findings, then `{ kind: 'records', … }` once the records are written.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { checkForBuild } from '../check/index.ts';
import { CONTENT_DIR, ROLES_DIR } from '../lib/paths.ts';
import { handOverRoleFiles, roleFiles } from '../lib/published.ts';
import { readMatter } from '../lib/yaml.ts';
import { searchRecords } from './search-records.ts';
import { describeRecords, writeRecords, type PreparedRecords } from './search-index.ts';

export type ContentStepMessage =
  { kind: 'checked'; errors: number } | ({ kind: 'records'; file: string } & Omit<PreparedRecords, 'batches'>);

const send = (message: ContentStepMessage) =>
  new Promise<void>((done, fail) => process.send!(message, (error: Error | null) => (error ? fail(error) : done())));

const [handoff, recordsFile] = process.argv.slice(2);
if (!handoff || !recordsFile || !process.send) {
  throw new Error('usage: started by src/build/cli.ts, with the role list and records files and an IPC channel');
}

const { errors, roles } = checkForBuild(CONTENT_DIR);
await send({ kind: 'checked', errors });
if (errors === 0) {
  mkdirSync(dirname(handoff), { recursive: true });
  handOverRoleFiles(
    handoff,
    roleFiles(ROLES_DIR, (file) => roles.get(file)?.data ?? readMatter(readFileSync(file, 'utf8')).data),
  );
  const { records, fromBuiltPages } = await searchRecords(CONTENT_DIR, roles);
  mkdirSync(dirname(recordsFile), { recursive: true });
  writeRecords(recordsFile, records);
  await send({ kind: 'records', file: recordsFile, ...describeRecords(records, fromBuiltPages) });
}
process.disconnect();
