import { escapeRegExp } from './regexp.ts';
import type { Taxonomy } from './taxonomy.ts';

/** Words that mean the same in a job title: a search for one finds roles titled with the other. */
export const TITLE_SYNONYMS: string[][] = [
  ['engineer', 'developer', 'programmer'],
  ['backend', 'back-end', 'server-side'],
  ['frontend', 'front-end'],
  ['sre', 'site reliability'],
];

/** Categories of ways of working rather than named technologies. */
const PRACTICES = new Set(['practice', 'leadership']);

const bySkill = new WeakMap<Taxonomy, Map<string, string[]>>();

/** Each skill's other names worth indexing, worked out once per taxonomy. */
function skillSynonyms(taxonomy: Taxonomy): Map<string, string[]> {
  let map = bySkill.get(taxonomy);
  if (map) return map;
  map = new Map();
  for (const skill of taxonomy.skills) {
    // "Apache Kafka" adds nothing to "Kafka", whose page already has the name; "Golang" does add to "Go".
    const name = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(skill.name)}($|[^\\p{L}\\p{N}])`, 'iu');
    // Phrases ("lead technical initiatives") help the ingest read a text, not a visitor search;
    // so do the everyday words and other languages' words for a practice ("mentor", "astreinte"),
    // where its abbreviations (SLOs, TDD) are worth a search.
    const practice = PRACTICES.has(skill.category);
    map.set(
      skill.name,
      [...skill.aliases, ...skill.exact, ...skill.contextual].filter(
        (other) =>
          !name.test(other) && other.split(/\s+/).length <= 2 && (!practice || /\p{Lu}{2}|[\p{N}.#+/]/u.test(other)),
      ),
    );
  }
  bySkill.set(taxonomy, map);
  return map;
}

/**
 * The other names a visitor may search for a role by: the taxonomy's aliases of its skills
 * (Golang, Postgres, k8s, dotnet) and title synonyms (developer for engineer). Indexed by
 * Pagefind from an attribute, so they never show on the page.
 */
export function searchSynonyms(title: string, skills: string[], taxonomy: Taxonomy): string[] {
  const synonyms = skillSynonyms(taxonomy);
  const words = new Set(skills.flatMap((name) => synonyms.get(name) ?? []));
  const lower = title.toLowerCase();
  for (const group of TITLE_SYNONYMS) {
    if (group.some((word) => lower.includes(word)))
      for (const word of group) if (!lower.includes(word)) words.add(word);
  }
  return [...words];
}
