import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DEFAULT_PAY_TRANSPARENCY, loadSettings } from '../lib/settings.ts';
import { loadTaxonomy, type Family, type Skill } from '../lib/taxonomy.ts';
import { toSlug } from '../lib/slug.ts';
import { readMatter } from '../lib/yaml.ts';
import { keepRecord, sha256, writeRecorded, type Output, type WriteRun } from '../ingest/pages.ts';
import { ExportError, parseExport } from './export.ts';
import type { System } from './job.ts';
import { loadRoles, RoleMatcher, type RoleEntry } from './match.ts';
import { buildOpening } from './opening.ts';
import { readSource, SourceError } from './source.ts';

/** The file, kept beside the openings, that records what the import last wrote for each job. */
export const MANIFEST = '.import.json';

export interface ManifestEntry {
  /** The opening's file name. */
  file: string;
  /** SHA-256 of the file as the import wrote it; empty for a file the import found and did not write. */
  sha256: string;
  role: string;
  /** The role came from --role, not from the title: later imports keep it. */
  roleByHand?: true;
}

export interface Manifest {
  /** "system:id" → what was written for that job. */
  jobs: Record<string, ManifestEntry>;
}

export interface ImportOptions {
  system: System;
  /** A file path (relative to cwd) or an http(s) URL. */
  source: string;
  /** The openings folder. */
  out: string;
  rolesDir: string;
  taxonomyDir: string;
  settingsFile: string;
  dryRun: boolean;
  force: boolean;
  /** --role: job id → role slug, and the role for every job that matches none. */
  roles: { byJob: Map<string, string>; fallback?: string };
  cwd: string;
  /** Printed paths are relative to it. */
  root: string;
  today: Date;
  timeout: number;
  maxBytes: number;
}

export type { Output };

const posix = (path: string) => path.split(sep).join('/');

/** The openings already on disk, by "system:id" of their ats field, for files the record does not know. */
function filesByJob(dir: string): Map<string, string> {
  const byJob = new Map<string, string>();
  if (!existsSync(dir)) return byJob;
  for (const name of readdirSync(dir)) {
    if (!/\.mdx?$/.test(name) || name.toLowerCase() === 'readme.md') continue;
    try {
      const { data } = readMatter(readFileSync(join(dir, name), 'utf8'));
      const ats = data.ats as { system?: unknown; id?: unknown } | undefined;
      if (ats && typeof ats.system === 'string' && ats.id !== undefined)
        byJob.set(`${ats.system}:${String(ats.id)}`, name);
    } catch {
      // A file that does not parse is not this import's to read; npm run check reports it.
    }
  }
  return byJob;
}

function roleList(roles: RoleEntry[]): string {
  return roles.map((r) => `${r.title} (${r.slug})`).join(', ');
}

/** Runs the import. Returns the exit code: 0, 1 when the export cannot be read, 2 for a wrong --role. */
export async function runImport(options: ImportOptions, io: Output): Promise<number> {
  const show = (path: string) => posix(relative(options.root, path)) || '.';
  const roles = loadRoles(options.rolesDir);
  const slugs = new Set(roles.map((r) => r.slug));
  for (const slug of [...options.roles.byJob.values(), options.roles.fallback].filter((s) => s !== undefined))
    if (!slugs.has(slug)) {
      io.err(
        `error  --role ${slug}: there is no such role in ${show(options.rolesDir)}/ (roles: ${[...slugs].join(', ')})`,
      );
      return 2;
    }

  let payTransparency: readonly string[] = DEFAULT_PAY_TRANSPARENCY;
  try {
    payTransparency = loadSettings(options.settingsFile).payTransparency;
  } catch {
    io.out(
      `  warning  ${show(options.settingsFile)} cannot be read; the default payTransparency list is used (npm run check says why)`,
    );
  }
  let families: Family[] = [];
  let skills: Skill[] = [];
  try {
    ({ families, skills } = loadTaxonomy(options.taxonomyDir, { vocabulary: false }));
  } catch {
    io.out(`  warning  the taxonomy in ${show(options.taxonomyDir)} cannot be read; titles are matched without it`);
  }
  const matcher = new RoleMatcher(roles, families, skills);

  let jobs;
  let notes: string[];
  try {
    const source = await readSource(options.source, options);
    ({ jobs, notes } = parseExport(options.system, source.text, source.name));
  } catch (error) {
    if (error instanceof SourceError || error instanceof ExportError) {
      io.err(`error  ${error.message}`);
      io.err('Nothing was written.');
      return 1;
    }
    throw error;
  }

  // A record that cannot be read counts as none, as a damaged one does: every existing file is then an editor's.
  const jobRecord = keepRecord<ManifestEntry>(options.out, MANIFEST, 'jobs', 'empty');
  const manifest: Manifest = { jobs: jobRecord.entries };
  const run: WriteRun = { out: options.out, dryRun: options.dryRun, force: options.force, writer: 'import', io, show };
  const onDisk = filesByJob(options.out);
  const claimed = new Set(Object.values(manifest.jobs).map((e) => e.file));
  const usedNow = new Set<string>();
  const counts = { written: 0, unchanged: 0, kept: 0, skipped: 0, gone: 0, warnings: 0 };
  const warn = (message: string) => {
    io.out(`  warning  ${message}`);
    counts.warnings++;
  };
  for (const note of notes) warn(note);

  const seen = new Set<string>();
  try {
    for (const job of jobs) {
      const key = `${job.system}:${job.id}`;
      const label = `${job.system} ${job.id} "${job.title}"`;
      if (seen.has(key)) {
        io.out(`skipped         ${label}: the export lists this job twice; the first is used`);
        counts.skipped++;
        continue;
      }
      seen.add(key);
      if (!job.listed) {
        io.out(`skipped         ${label}: not listed on the board`);
        counts.skipped++;
        continue;
      }
      const entry = manifest.jobs[key];
      const match = matcher.match(job.title);
      const explicit = options.roles.byJob.get(job.id);
      const recorded = entry?.roleByHand ? entry.role : undefined;
      let role = explicit ?? recorded ?? (match.kind === 'role' ? match.role.slug : undefined);
      let byHand = role !== undefined && (explicit !== undefined || recorded !== undefined);
      if (!role && options.roles.fallback) {
        role = options.roles.fallback;
        byHand = true;
      }
      if (!role) {
        const why =
          match.kind === 'ambiguous'
            ? `matches ${roleList(match.roles)} equally`
            : `matches no role${match.kind === 'none' && match.closest.length ? `; closest: ${roleList(match.closest)}` : ''}`;
        io.out(`skipped         ${label}: ${why}`);
        warn(`map it by hand with --role ${job.id}=<role>, or add the role to ${show(options.rolesDir)}/`);
        counts.skipped++;
        continue;
      }
      const roleEntry = roles.find((r) => r.slug === role)!;
      const built = buildOpening(job, roleEntry, match.title, { payTransparency, today: options.today });
      if (built.kind === 'skip') {
        io.out(`skipped         ${label}: ${built.reason}`);
        for (const w of built.warnings) warn(w);
        counts.skipped++;
        continue;
      }

      let name = entry?.file ?? onDisk.get(key);
      if (!name) {
        name = `${built.slug}.md`;
        const taken = (n: string) => usedNow.has(n) || claimed.has(n) || existsSync(join(options.out, n));
        if (taken(name)) name = `${built.slug}-${toSlug(job.id)}.md`;
      }
      usedNow.add(name);
      const file = join(options.out, name);
      const record =
        entry && entry.file === name && entry.sha256 ? { [name]: { source: key, sha256: entry.sha256 } } : {};
      const status = writeRecorded(run, {
        file,
        name,
        text: built.page,
        written: { pages: record },
        line: `${show(file)}  ${label} → ${roleEntry.slug}`,
        notes: () => {
          for (const w of built.warnings) warn(w);
        },
        record: () => {
          manifest.jobs[key] = {
            file: name,
            sha256: sha256(built.page),
            role: roleEntry.slug,
            ...(byHand ? { roleByHand: true as const } : {}),
          };
        },
      });
      if (status === 'kept' || status === 'deleted') {
        counts.kept++;
        // A file found by its ats id is this job's from now on, but still the editor's.
        if (!entry && !options.dryRun) manifest.jobs[key] = { file: name, sha256: '', role: roleEntry.slug };
        continue;
      }
      counts[status === 'unchanged' ? 'unchanged' : 'written']++;
    }

    // Jobs this import wrote before that the export no longer lists: reported, and left alone.
    for (const [key, entry] of Object.entries(manifest.jobs)) {
      if (!key.startsWith(`${options.system}:`) || seen.has(key)) continue;
      if (!existsSync(join(options.out, entry.file))) continue;
      io.out(
        `gone            ${show(join(options.out, entry.file))}  ${key.replace(':', ' ')} is no longer in the export; the file is left as it is (set closes: or delete it when the position is filled)`,
      );
      counts.gone++;
    }
  } finally {
    jobRecord.save(options.dryRun);
  }
  const verb = options.dryRun ? 'would write' : 'written';
  io.out(
    `${jobs.length} job${jobs.length === 1 ? '' : 's'}: ${counts.written} ${verb}, ${counts.unchanged} unchanged, ${counts.kept} kept, ${counts.skipped} skipped, ${counts.gone} gone; ${counts.warnings} warning${counts.warnings === 1 ? '' : 's'}` +
      (options.dryRun ? ' (dry run: nothing was written)' : ''),
  );
  return 0;
}
