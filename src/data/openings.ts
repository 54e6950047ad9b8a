/** Build-time data for the jobs pages: the openings with their roles, and what each shows. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getRoles, settings, showDrafts, url, type RoleEntry } from './site.ts';
import { levelsIn } from '../ingest/levels.ts';
import { lastChanged } from '../lib/git-dates.ts';
import { OPENINGS_DIR } from '../lib/paths.ts';
import { openingLevels, openingStatus, today, type OpeningStatus } from '../lib/openings.ts';
import type { Level } from '../lib/levels.ts';

export type OpeningEntry = CollectionEntry<'openings'>;

/** An opening with what the pages need alongside it. */
export interface Job {
  id: string;
  entry: OpeningEntry;
  role: RoleEntry;
  title: string;
  levels: Level[];
  status: OpeningStatus;
  /** Where to apply: the opening's link, else its role's, else the site's. */
  apply: string;
  /** When the opening last changed (its file's last commit), for the sitemap and feeds. */
  updated: Date;
}

/** The day this build treats as today (CAREERS_TODAY=YYYY-MM-DD fixes it). */
export const buildDay = today();

let all: Promise<Job[]> | undefined;
let changed: ((file: string) => Date) | undefined;

/**
 * Every opening this build publishes, newest first: not a draft (drafts show in `npm run dev`),
 * under a published role, open or closed (a closed one keeps a page that says so); one not open
 * yet is left out until its day.
 */
export function getJobs(): Promise<Job[]> {
  const load = async () => {
    const roles = new Map((await getRoles()).map((role) => [role.id, role]));
    const entries = await getCollection('openings', ({ data }) => showDrafts || !data.draft);
    changed ??= lastChanged(OPENINGS_DIR);
    const jobs = entries.flatMap((entry): Job[] => {
      const role = roles.get(entry.data.role);
      if (!role) return [];
      const status = openingStatus(entry.data, buildDay);
      if (status === 'scheduled' && !showDrafts) return [];
      const updated = changed!(entry.filePath ?? `${OPENINGS_DIR}/${entry.id}.md`);
      return [
        {
          id: entry.id,
          entry,
          role,
          title: entry.data.title ?? role.data.title,
          levels: openingLevels(entry.data.title, role.data.levels, levelsIn),
          status,
          apply: entry.data.apply ?? role.data.apply ?? settings.apply,
          updated,
        },
      ];
    });
    return jobs.sort(
      (a, b) => b.entry.data.opens.getTime() - a.entry.data.opens.getTime() || a.title.localeCompare(b.title),
    );
  };
  if (showDrafts) return load();
  all ??= load();
  return all;
}

/** The openings visitors can apply to today, newest first. */
export async function openJobs(): Promise<Job[]> {
  return (await getJobs()).filter((job) => job.status === 'open');
}

export const jobUrl = (job: { id: string }) => url(`/jobs/${job.id}/`);

/** What the filters need of a job. */
export const asFacetJob = (job: Job) => ({ data: job.entry.data, family: job.role.data.family, levels: job.levels });
