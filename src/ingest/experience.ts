import { DEGREE, NUMBER_WORDS } from './rules.ts';

export interface Experience {
  min: number;
  max?: number;
}

const NUMBER = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
const RANGE = new RegExp(`\\b${NUMBER}\\s*(?:-|–|—|to)\\s*${NUMBER}\\+?\\s*(?:years|yrs)\\b`, 'i');
const AT_LEAST = new RegExp(
  `\\b(?:at least|minimum of|a minimum of|over|more than)\\s+${NUMBER}\\s*(?:years|yrs)\\b`,
  'i',
);
const PLUS = new RegExp(`\\b${NUMBER}\\s*(?:\\+|or more)\\s*(?:years|yrs)\\b`, 'i');
const PLAIN = new RegExp(`\\b${NUMBER}\\s*(?:years|yrs)(?:\\s+of)?\\s+(?:[\\w-]+\\s+){0,3}experience\\b`, 'i');

function toNumber(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()]!;
}

/** Years of experience a text asks for: "5+ years" → {min: 5}, "5-10 years" → {min: 5, max: 10}. */
export function findExperience(text: string): Experience | undefined {
  const range = RANGE.exec(text);
  if (range) {
    const [min, max] = [toNumber(range[1]!), toNumber(range[2]!)];
    return max >= min ? { min, max } : { min: max, max: min };
  }
  for (const pattern of [PLUS, AT_LEAST, PLAIN]) {
    const match = pattern.exec(text);
    if (match) return { min: toNumber(match[1]!) };
  }
  return undefined;
}

/** The education a text asks for, in its own words: "Bachelor's degree in computer science or a related field". */
export function findEducation(text: string): string | undefined {
  const match = DEGREE.exec(text);
  if (!match) return undefined;
  const phrase = `${match[1]}${match[2] ?? ''}`.replace(/\s+/g, ' ').trim();
  if (/^degree$/i.test(phrase)) return undefined;
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}
