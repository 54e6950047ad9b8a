import { escapeRegExp } from './regexp.ts';
import type { Taxonomy } from './taxonomy.ts';

/** Words that mean the same in a job title: a search for one finds roles titled with the other. */
const TITLE_SYNONYMS: string[][] = [
  ['engineer', 'developer', 'programmer'],
  ['backend', 'back-end', 'server-side'],
  ['frontend', 'front-end'],
  ['sre', 'site reliability'],
];

/**
 * The other names a visitor may search for a role by: the taxonomy's aliases of its skills
 * (Golang, Postgres, k8s, dotnet) and title synonyms (developer for engineer). Indexed by
 * Pagefind from an attribute, so they never show on the page.
 */
export function searchSynonyms(title: string, skills: string[], taxonomy: Taxonomy): string[] {
  const words = new Set<string>();
  const byName = new Map(taxonomy.skills.map((s) => [s.name, s]));
  for (const name of skills) {
    const skill = byName.get(name);
    for (const other of [...(skill?.aliases ?? []), ...(skill?.exact ?? []), ...(skill?.contextual ?? [])]) {
      // "Apache Kafka" adds nothing to "Kafka", whose page already has the name; "Golang" does add to "Go".
      if (!new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(name)}($|[^\\p{L}\\p{N}])`, 'iu').test(other))
        words.add(other);
    }
  }
  const lower = title.toLowerCase();
  for (const group of TITLE_SYNONYMS) {
    if (group.some((word) => lower.includes(word)))
      for (const word of group) if (!lower.includes(word)) words.add(word);
  }
  return [...words];
}
