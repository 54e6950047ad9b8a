import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getRoles, lastUpdated, roleUrl, settings } from '../data/site.ts';

export async function GET(context: APIContext) {
  const roles = await getRoles();
  return rss({
    title: `${settings.company} careers`,
    description: settings.pitch,
    site: context.site!,
    items: roles.map((role) => ({
      title: role.data.title,
      description: role.data.summary,
      link: roleUrl(role),
      pubDate: lastUpdated(role),
      categories: [...role.data.levels, role.data.family],
    })),
  });
}
