import { looseSpelling } from '../lib/regexp.ts';
import type { Family } from '../lib/taxonomy.ts';
import { toSlug } from '../lib/slug.ts';

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
    .replace(/^\s*(?:and|or|&|et|und|y|\/)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  const words = name || title;
  return { id: toSlug(words), name: words, keywords: [words.toLowerCase()] };
}
