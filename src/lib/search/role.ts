import { experienceLabel, type RoleLike } from '../roles.ts';
import { LEVELS, LEVEL_LABELS } from '../levels.ts';
import { searchSynonyms } from '../synonyms.ts';
import type { Taxonomy } from '../taxonomy.ts';
import { sortDay, type SearchData } from './data.ts';

/** The search filters a role page has, in the order the search page shows them. */
export const ROLE_FILTERS = ['level', 'family', 'specialization', 'skill'] as const;

/** What search indexes of a role besides its text: meta, filters, sort keys and hidden words. */
export function roleSearchData(role: RoleLike, context: { taxonomy: Taxonomy; updated: Date }): SearchData {
  const { data } = role;
  const { taxonomy } = context;
  const family = taxonomy.families.find((f) => f.id === data.family)?.name ?? data.family;
  const levels = data.levels.map((level) => LEVEL_LABELS[level]);
  // Pagefind runs a <dt> and its <dd> together ("FamilyPlatform"): the facts are indexed as a sentence instead.
  const facts = [family, data.specialization, experienceLabel(data.experience), data.education].filter(Boolean);
  return {
    url: `/roles/${role.id}/`,
    meta: { title: data.title, summary: data.summary, type: 'Role', levels: levels.join(' / '), family },
    filters: {
      type: ['Role'],
      level: levels,
      family: [family],
      ...(data.specialization ? { specialization: [data.specialization] } : {}),
      skill: data.skills,
    },
    sort: { level: String(LEVELS.indexOf(data.levels[0]!)), updated: sortDay(context.updated) },
    hiddenWords: [
      { name: 'synonyms', text: searchSynonyms(data.title, data.skills, taxonomy).join(', '), weight: 0.5 },
      { name: 'facts', text: facts.join('. ') },
    ],
  };
}
