import { looseSpelling } from '../lib/regexp.ts';
import type { Family } from '../lib/taxonomy.ts';
import { toSlug } from '../lib/slug.ts';
import { LEVEL_WORDS } from './rules.ts';

/** Words of a title that name no field: "Senior Software Engineer", "Ingénieur logiciel confirmé". */
const GENERIC_WORDS = new Set([
  ...Object.values(LEVEL_WORDS).flat(),
  ...`and or & / software engineer developer programmer engineering ingénieur ingénieure logiciel
  développeur développeuse softwareentwickler softwareentwicklerin entwickler entwicklerin ingeniero
  ingeniera desarrollador desarrolladora de del`.split(/\s+/),
]);

function genericTitle(title: string): boolean {
  const words = title
    .replace(/\([^)]*\)/g, ' ')
    .toLowerCase()
    .split(/[\s/,]+/)
    .filter(Boolean);
  return words.every((w) => GENERIC_WORDS.has(w) || GENERIC_WORDS.has(w.replace(/s$/, '')));
}

function count(text: string, keywords: string[]): number {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${keywords.map(looseSpelling).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(pattern)].length;
}

/**
 * The family whose keywords the title names; failing that, the one the text names most often.
 * Ties go to the family listed first in the taxonomy.
 */
export function findFamily(title: string, text: string, families: Family[]): Family | undefined {
  const inTitle = families.find((family) => count(title, family.keywords) > 0);
  if (inTitle) return inTitle;
  // A title that says what the role is ("Engineering Manager", "Developer Advocate") is not a
  // backend role because its text names backend services; only a generic one is read from the text.
  if (!genericTitle(title)) return undefined;
  let best: Family | undefined;
  let bestCount = 0;
  for (const family of families) {
    const n = count(text, family.keywords);
    if (n > bestCount) [best, bestCount] = [family, n];
  }
  return best;
}

/**
 * A family for a kind of role that families.yaml does not list yet, named after the title without
 * its level, gender tag or parentheses: "Senior Embedded Software Engineer" → embedded-software-engineer.
 */
export function deriveFamily(title: string, levelWords: RegExp): Family {
  const name = title
    .replace(/\([^)]*\)/g, ' ')
    .replace(levelWords, ' ')
    // A language in the title ("C/C++", "C#") is the specialization, not the family.
    .replace(/(?<!\S)\S*[/+#]\S*(?!\S)/g, ' ')
    .replace(/^\s*(?:and|or|&|et|und|y|\/)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  const words = name || title;
  return { id: toSlug(words), name: words, keywords: [words.toLowerCase()] };
}
