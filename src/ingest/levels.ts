import { sortLevels, type Level } from '../lib/levels.ts';
import { escapeRegExp } from '../lib/regexp.ts';
import { LEVEL_WORDS } from './rules.ts';

const LEVEL_WORD = new RegExp(
  `(?<![\\p{L}-])(${Object.keys(LEVEL_WORDS)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})\\.?(?![\\p{L}-])`,
  'giu',
);

/** The levels a phrase names, in career order: "Senior and Staff Java Engineer" → senior, staff. */
export function levelsIn(phrase: string): Level[] {
  return sortLevels([...phrase.matchAll(LEVEL_WORD)].map((m) => LEVEL_WORDS[m[1]!.toLowerCase()]!));
}
