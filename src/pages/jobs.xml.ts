import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { settings } from '../data/site.ts';
import { jobUrl, openJobs } from '../data/openings.ts';
import { jobFeedSummary } from '../lib/job-feed.ts';

/** The open positions as RSS, newest first: a closed or not yet open job is not in it. */
export async function GET(context: APIContext) {
  const jobs = await openJobs();
  return rss({
    title: `${settings.company}: open positions`,
    description: `Jobs at ${settings.company}, newest first.`,
    site: context.site!,
    items: jobs.map((job) => ({
      title: job.title,
      description: jobFeedSummary(job.entry.data, job.role.data.summary),
      link: jobUrl(job),
      pubDate: job.entry.data.opens,
      categories: [job.role.data.family, ...job.levels, job.entry.data.workplace, job.entry.data.employment],
    })),
    customData: '<language>en</language>',
  });
}
