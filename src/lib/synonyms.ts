import { escapeRegExp } from './regexp.ts';
import { CONCEPT_CATEGORIES, type Taxonomy } from './taxonomy.ts';

/** Words that mean the same in a job title: a search for one finds roles titled with the other. */
export const TITLE_SYNONYMS: string[][] = [
  ['engineer', 'developer', 'programmer'],
  ['backend', 'back-end', 'server-side'],
  ['frontend', 'front-end'],
  ['sre', 'site reliability'],
];

const bySkill = new WeakMap<Taxonomy, Map<string, string[]>>();

/** A letter or digit: a skill's name found inside another name must have neither next to it. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const ASCII = /^[\x20-\x7e]*$/;

/**
 * Whether `other` contains `name` as a whole word, in any letter case ("Apache Kafka" contains
 * "Kafka"; "Golang" does not contain "Go"). Plain text search for ASCII names, where lower case
 * is the same as the case folding of a regular expression; a regular expression otherwise.
 */
function containsWord(other: string, name: string): boolean {
  if (!ASCII.test(name) || !ASCII.test(other)) {
    return new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(name)}($|[^\\p{L}\\p{N}])`, 'iu').test(other);
  }
  const haystack = other.toLowerCase();
  const needle = name.toLowerCase();
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    if ((before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after)))
      return true;
  }
  return false;
}

/**
 * A skill's other names worth indexing, worked out the first time a role asks for the skill (a
 * taxonomy holds thousands of skills, a site uses a few hundred).
 */
function skillSynonyms(taxonomy: Taxonomy, name: string): string[] {
  let map = bySkill.get(taxonomy);
  if (!map) bySkill.set(taxonomy, (map = new Map()));
  let synonyms = map.get(name);
  if (synonyms) return synonyms;
  const skill = taxonomy.skills.find((s) => s.name === name);
  // "Apache Kafka" adds nothing to "Kafka", whose page already has the name; "Golang" does add to "Go".
  // Phrases ("lead technical initiatives") help the ingest read a text, not a visitor search;
  // so do the everyday words and other languages' words for a practice ("mentor", "astreinte"),
  // where its abbreviations (SLOs, TDD) are worth a search.
  const practice = !!skill && CONCEPT_CATEGORIES.has(skill.category);
  synonyms = skill
    ? [...skill.aliases, ...skill.exact, ...skill.contextual].filter(
        (other) =>
          other.split(/\s+/).length <= 2 &&
          (!practice || /\p{Lu}{2}|[\p{N}.#+/]/u.test(other)) &&
          !containsWord(other, skill.name),
      )
    : [];
  map.set(name, synonyms);
  return synonyms;
}

/**
 * The other names a visitor may search for a role by: the taxonomy's aliases of its skills
 * (Golang, Postgres, k8s, dotnet) and title synonyms (developer for engineer). Indexed by
 * Pagefind from an attribute, so they never show on the page.
 */
export function searchSynonyms(title: string, skills: string[], taxonomy: Taxonomy): string[] {
  const words = new Set(skills.flatMap((name) => skillSynonyms(taxonomy, name)));
  const lower = title.toLowerCase();
  for (const group of TITLE_SYNONYMS) {
    if (group.some((word) => lower.includes(word)))
      for (const word of group) if (!lower.includes(word)) words.add(word);
  }
  return [...words];
}
