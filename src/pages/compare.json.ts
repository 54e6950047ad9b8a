import type { APIRoute } from 'astro';
import { familyName, getRoles, roleUrl, taxonomy } from '../data/site.ts';
import { experienceLabel } from '../lib/roles.ts';
import { LEVEL_LABELS } from '../lib/levels.ts';
import { toSlug } from '../lib/slug.ts';

/** What the compare page's script needs to compare any two roles in the browser. */
export const GET: APIRoute = async () => {
  const roles = await getRoles();
  // Only the skills some role asks for: the vocabulary holds thousands.
  const used = new Set(roles.flatMap((r) => r.data.skills));
  const body = {
    categories: [...taxonomy.categories.values()],
    skills: Object.fromEntries(
      taxonomy.skills
        .filter((s) => used.has(s.name))
        .map((s) => [s.name, { category: taxonomy.categories.get(s.category), slug: toSlug(s.name) }]),
    ),
    roles: roles.map((r) => ({
      id: r.id,
      title: r.data.title,
      url: roleUrl(r),
      levels: r.data.levels.map((l) => LEVEL_LABELS[l]).join(', '),
      family: familyName(r.data.family),
      experience: experienceLabel(r.data.experience) ?? 'Not stated',
      education: r.data.education ?? 'Not stated',
      skills: r.data.skills,
    })),
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
