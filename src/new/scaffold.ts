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
