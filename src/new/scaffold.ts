import { writeMatter } from '../lib/yaml.ts';
import { findFamily } from '../ingest/family.ts';
import { levelsIn } from '../ingest/levels.ts';
import { DEFAULT_LEVEL, SECTIONS } from '../ingest/rules.ts';
import type { Taxonomy } from '../lib/taxonomy.ts';
import { toSlug } from '../lib/slug.ts';

/** What each section is for, as the placeholder an editor replaces. */
const PLACEHOLDERS: Record<string, string> = {
  about: 'Say in two or three sentences what the role is and why it matters here.',
  do: '- Replace with what the role does, one line each\n- Start each line with a verb: "Designing…", "Running…"',
  bring:
    '- Replace with the skills and experience the role asks for\n- Name technologies as they are in content/taxonomy/skills.yaml',
  closing: 'Say why someone would want this role, in a sentence or two.',
};

export interface Scaffold {
  slug: string;
  page: string;
}

/**
 * A new role page that passes the checks as it is: a draft (so it is never published half
 * written), the levels and family the title names, and every section heading with a placeholder.
 */
export function scaffoldRole(title: string, taxonomy: Taxonomy): Scaffold {
  const clean = title.trim().replace(/\s+/g, ' ');
  const slug = toSlug(clean);
  if (clean.length < 3 || slug === '')
    throw new Error(`"${title}" is not a usable title: give the role's name, e.g. "Principal Backend Engineer"`);
  const levels = levelsIn(clean);
  const family = findFamily(clean, '', taxonomy.families) ?? taxonomy.families[0]!;
  const data = {
    title: clean,
    summary: `Replace with one or two sentences on what a ${clean} does here.`,
    levels: levels.length > 0 ? levels : [DEFAULT_LEVEL],
    family: family.id,
    skills: [],
    draft: true,
  };
  const body = SECTIONS.map((section) => `## ${section.heading}\n\n${PLACEHOLDERS[section.id]}\n`).join('\n');
  return { slug, page: writeMatter(`\n${body}`, data) };
}

/**
 * A new opening under a role that passes the checks as it is: a draft, posted today, with the
 * place, pay and text to fill in (the check warns until they are, and refuses to publish the
 * placeholders). Country and currency follow the site's other openings, else `DE` and `EUR`.
 */
export function scaffoldOpening(
  role: { slug: string; title: string },
  today: string,
  usual: { country: string; currency: string } = { country: 'DE', currency: 'EUR' },
): string {
  return `---
role: ${role.slug}
# title: ${role.title}, Payments   (default: the role's title)
team: Replace with the team's name, or delete this line
locations:
  - { city: Replace with the city, country: ${usual.country} }
# on-site, hybrid or remote; for remote, say where applicants may live: remote: { countries: [DE, NL] }
workplace: hybrid
# full-time, part-time, contract, temporary or internship
employment: full-time
# The range the law asks for where site.yaml's payTransparency lists the place; unit: year, month, week, day or hour.
# pay: { currency: ${usual.currency}, min: 0, max: 0, unit: year }
opens: ${today}
# closes: YYYY-MM-DD   (the last day to apply; without it the opening stays open)
# apply: https://…     (default: the role's apply link, else the site's)
draft: true
---

Replace with what is specific to this opening: the team, the project, where and how the team works.
The role's own page supplies the rest.
`;
}
