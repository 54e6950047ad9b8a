import { sortLevels, type Level } from '../lib/levels.ts';
import { escapeRegExp } from '../lib/regexp.ts';
import { LEVEL_WORDS } from './rules.ts';

const LEVEL_OF = new Map(
  Object.entries(LEVEL_WORDS).flatMap(([level, words]) => words.map((word) => [word, level as Level] as const)),
);

const LEVEL_WORD = new RegExp(
  `(?<![\\p{L}-])(${[...LEVEL_OF.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})\\.?(?![\\p{L}-])`,
  'giu',
);

/** The levels a phrase names, in career order: "Senior and Staff Java Engineer" → senior, staff. */
export function levelsIn(phrase: string): Level[] {
  return sortLevels([...phrase.matchAll(LEVEL_WORD)].map((m) => LEVEL_OF.get(m[1]!.toLowerCase())!));
}

/** Every level word, for taking them out of a title. */
export const LEVEL_WORDS_PATTERN = LEVEL_WORD;
