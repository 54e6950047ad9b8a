import type { APIContext } from 'astro';
import { settings, url } from '../data/site.ts';
import { jobUrl, openJobs } from '../data/openings.ts';
import { jobFeedSummary } from '../lib/job-feed.ts';

/** The open positions as a JSON Feed 1.1 (https://jsonfeed.org/version/1.1), newest first. */
export async function GET(context: APIContext) {
  const jobs = await openJobs();
  const absolute = (path: string) => new URL(path, context.site).href;
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: `${settings.company}: open positions`,
    description: `Jobs at ${settings.company}, newest first.`,
    home_page_url: absolute(url('/jobs/')),
    feed_url: absolute(url('/jobs.json')),
    language: 'en',
    items: jobs.map((job) => ({
      id: absolute(jobUrl(job)),
      url: absolute(jobUrl(job)),
      title: job.title,
      summary: jobFeedSummary(job.entry.data, job.role.data.summary),
      content_text: jobFeedSummary(job.entry.data, job.role.data.summary),
      date_published: job.entry.data.opens.toISOString(),
      date_modified: new Date(Math.max(job.updated.getTime(), job.entry.data.opens.getTime())).toISOString(),
      tags: [job.role.data.family, ...job.levels, job.entry.data.workplace, job.entry.data.employment],
      ...(job.entry.data.closes ? { _job: { closes: job.entry.data.closes.toISOString().slice(0, 10) } } : {}),
    })),
  };
  return new Response(JSON.stringify(feed, null, 2), { headers: { 'Content-Type': 'application/feed+json' } });
}
