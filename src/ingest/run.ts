import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { loadTaxonomy, TaxonomyError, type Taxonomy } from '../lib/taxonomy.ts';
import { loadSettings } from '../lib/settings.ts';
import type { GenderTags } from './title.ts';
import type { IngestResult } from './ingest.ts';
import { describeFsError, ingestFile, type Job, type Outcome } from './parallel.ts';
import {
  keepRecord,
  MANIFEST,
  sha256,
  writeRecorded,
  type Manifest,
  type Output,
  type PageEntry,
  type WriteRun,
} from './pages.ts';

export type { Output };

export interface RunOptions {
  /** Files or folders of source texts; a folder means every visible file in it. */
  inputs: string[];
  /** Folder the role pages go to. */
  out: string;
  dryRun: boolean;
  force: boolean;
  /** Folder with skills.yaml and families.yaml. */
  taxonomyDir: string;
  /** Repository root: `source:` paths and printed paths are relative to it. */
  root: string;
  /** Where relative inputs are resolved from (the folder the command was typed in). */
  cwd: string;
}

function posix(path: string): string {
  return path.split(sep).join('/');
}

/** Expands folders into their files, sorted, so runs are repeatable. */
function expandInputs(inputs: string[], cwd: string): { path: string; error?: string }[] {
  const files: { path: string; error?: string }[] = [];
  for (const input of inputs) {
    const path = resolve(cwd, input);
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch (error) {
      files.push({ path, error: describeFsError(error) });
      continue;
    }
    if (!isDir) {
      files.push({ path });
      continue;
    }
    const entries = readdirSync(path, { withFileTypes: true })
      .filter((entry) => !entry.name.startsWith('.') && !entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    if (entries.length === 0) files.push({ path, error: 'the folder holds no source texts' });
    for (const name of entries) files.push({ path: join(path, name) });
  }
  return files;
}

function summaryLine(result: IngestResult): string {
  const fm = result.frontmatter;
  const skills = fm.skills?.length ?? 0;
  const warnings = result.warnings.length;
  return `${result.slug}  "${fm.title}"  ${fm.levels.join('+')}  ${skills} skill${skills === 1 ? '' : 's'}  ${warnings} warning${warnings === 1 ? '' : 's'}`;
}

/** The setting for gender tags in titles, next to the taxonomy folder; keep where it cannot be read. */
export function genderTagsSetting(taxonomyDir: string): GenderTags {
  try {
    return loadSettings(join(taxonomyDir, '..', 'site.yaml')).genderTags;
  } catch {
    // Without readable settings the titles keep what the texts say; `npm run check` reports the file.
    return 'keep';
  }
}

/** The texts a run reads, each with what its page's `source:` will say. */
export function ingestJobs(options: RunOptions): Job[] {
  return expandInputs(options.inputs, options.cwd)
    .filter((input) => !input.error)
    .map((input) => ({ path: input.path, source: posix(relative(options.root, input.path)) || '.' }));
}

/**
 * Runs the ingest over the inputs. Returns the exit code: 0, or 1 when any input failed.
 * `outcomes` are texts already read (by `ingestInParallel`), by path; the others are read here,
 * with `loaded` when the caller has the taxonomy already.
 */
export function runIngest(options: RunOptions, io: Output, outcomes?: Map<string, Outcome>, loaded?: Taxonomy): number {
  let taxonomy: Taxonomy;
  try {
    taxonomy = loaded ?? loadTaxonomy(options.taxonomyDir);
  } catch (error) {
    if (error instanceof TaxonomyError) {
      io.err(`error  the skills taxonomy cannot be used:\n${error.message}`);
      return 1;
    }
    throw error;
  }
  const genderTags = genderTagsSetting(options.taxonomyDir);
  const show = (path: string) => posix(relative(options.root, path)) || '.';
  const pageRecord = keepRecord<PageEntry>(options.out, MANIFEST, 'pages', 'error');
  const manifest: Manifest = { pages: pageRecord.entries };
  const run: WriteRun = { out: options.out, dryRun: options.dryRun, force: options.force, writer: 'ingest', io, show };
  const slugs = new Map<string, string>();
  const counts: Record<string, number> = {};
  const count = (label: string) => (counts[label] = (counts[label] ?? 0) + 1);
  const inputs = expandInputs(options.inputs, options.cwd);

  try {
    for (const input of inputs) {
      const where = show(input.path);
      const fail = (message: string) => {
        io.err(`error      ${where}: ${message}`);
        count('failed');
      };
      if (input.error) {
        fail(input.error);
        continue;
      }
      const outcome =
        outcomes?.get(input.path) ?? ingestFile({ path: input.path, source: where }, taxonomy, genderTags);
      if ('error' in outcome) {
        fail(outcome.error);
        continue;
      }
      const { result } = outcome;
      const name = `${result.slug}.md`;
      const clash = slugs.get(result.slug);
      if (clash !== undefined) {
        fail(
          `its title "${result.frontmatter.title}" gives the page ${name}, which ${clash} already gives; change one of the titles`,
        );
        continue;
      }
      const writtenFrom = manifest.pages[name]?.source;
      if (writtenFrom !== undefined && writtenFrom !== where && !options.force) {
        fail(
          `its title "${result.frontmatter.title}" gives the page ${name}, which the ingest wrote from ${writtenFrom}; change one of the titles (or --force)`,
        );
        continue;
      }
      slugs.set(result.slug, where);
      const status = writeRecorded(run, {
        file: join(options.out, name),
        name,
        text: result.page,
        written: manifest,
        line: summaryLine(result),
        notes: () => {
          for (const warning of result.warnings) {
            const at = warning.line ? `:${warning.line}:${warning.column}` : '';
            io.out(`  warning  ${where}${at}: ${warning.message}`);
          }
        },
        record: () => {
          manifest.pages[name] = { source: where, sha256: sha256(result.page) };
        },
      });
      count(status === 'kept' || status === 'deleted' ? 'kept' : status === 'unchanged' ? 'unchanged' : 'written');
    }
  } finally {
    // What was written so far is recorded even if a later input throws, so no page looks edited.
    pageRecord.save(options.dryRun);
  }
  const verb = options.dryRun ? 'would write' : 'written';
  io.out(
    `${inputs.length} source${inputs.length === 1 ? '' : 's'}: ${counts.written ?? 0} ${verb}, ${counts.unchanged ?? 0} unchanged, ${counts.kept ?? 0} kept, ${counts.failed ?? 0} failed` +
      (options.dryRun ? ' (dry run: nothing was written)' : ''),
  );
  return counts.failed ? 1 : 0;
}
