import { DEGREE, NUMBER_WORDS } from './rules.ts';

export interface Experience {
  min: number;
  max?: number;
}

const NUMBER = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
/** "years" in the four languages the ingest reads. */
const YEARS = `(?:years|yrs|ans|années|Jahre[n]?|años)`;
const EXPERIENCE = `(?:experience|expérience|Erfahrung|Berufserfahrung|Praxiserfahrung|experiencia)`;
const RANGE = new RegExp(
  `(?<![\\p{L}\\p{N}])${NUMBER}\\s*(?:-|–|—|to|à|bis|a)\\s*${NUMBER}\\+?\\s*${YEARS}(?![\\p{L}])`,
  'iu',
);
const AT_LEAST = new RegExp(
  `(?<![\\p{L}])(?:at least|minimum of|a minimum of|over|more than|au moins|minimum|plus de|mindestens|über|mehr als|al menos|mínimo|más de)\\s+${NUMBER}\\s*${YEARS}(?![\\p{L}])`,
  'iu',
);
const PLUS = new RegExp(
  `(?<![\\p{L}\\p{N}])${NUMBER}\\s*(?:\\+|or more|ou plus|oder mehr|o más)\\s*${YEARS}(?![\\p{L}])`,
  'iu',
);
const PLAIN = new RegExp(
  `(?<![\\p{L}\\p{N}])${NUMBER}\\s*${YEARS}(?:\\s+(?:of|d['’]|de|an))?\\s*(?:[\\p{L}-]+\\s+){0,3}${EXPERIENCE}`,
  'iu',
);

function toNumber(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()]!;
}

/**
 * Years of experience a text asks for: "5+ years" → {min: 5}, "5-10 years" → {min: 5, max: 10};
 * also "5 ans d'expérience", "mindestens 5 Jahre", "3 a 5 años".
 */
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
