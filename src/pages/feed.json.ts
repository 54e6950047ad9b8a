import type { APIContext } from 'astro';
import { getRoles, lastUpdated, roleUrl, settings, url } from '../data/site.ts';

/** The roles as a JSON Feed 1.1 (https://jsonfeed.org/version/1.1). */
export async function GET(context: APIContext) {
  const roles = await getRoles();
  const absolute = (path: string) => new URL(path, context.site).href;
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: `${settings.company} careers`,
    description: settings.pitch,
    home_page_url: absolute(url('/')),
    feed_url: absolute(url('/feed.json')),
    items: roles.map((role) => ({
      id: absolute(roleUrl(role)),
      url: absolute(roleUrl(role)),
      title: role.data.title,
      summary: role.data.summary,
      content_text: role.data.summary,
      date_modified: lastUpdated(role).toISOString(),
      tags: [...role.data.levels, role.data.family, ...role.data.skills],
    })),
  };
  return new Response(JSON.stringify(feed, null, 2), { headers: { 'Content-Type': 'application/feed+json' } });
}
