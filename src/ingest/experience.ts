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
  'giu',
);
const AT_LEAST = new RegExp(
  `(?<![\\p{L}])(?:at least|minimum of|a minimum of|over|more than|au moins|minimum|plus de|mindestens|über|mehr als|al menos|mínimo|más de)\\s+${NUMBER}\\s*${YEARS}(?![\\p{L}])`,
  'giu',
);
const PLUS = new RegExp(
  `(?<![\\p{L}\\p{N}])${NUMBER}\\s*(?:\\+|or more|ou plus|oder mehr|o más)\\s*${YEARS}(?![\\p{L}])`,
  'giu',
);
/** "6 years or more", "5 ans ou plus", "5 Jahre oder mehr", "5 años o más". */
const OR_MORE_AFTER = new RegExp(
  `(?<![\\p{L}\\p{N}])${NUMBER}\\s*${YEARS}\\s+(?:or more|or longer|ou plus|oder mehr|oder länger|o más)(?![\\p{L}])`,
  'giu',
);
const PLAIN = new RegExp(
  `(?<![\\p{L}\\p{N}])${NUMBER}\\s*${YEARS}(?:\\s+(?:of|d['’]|de|an))?\\s*(?:[\\p{L}-]+\\s+){0,3}${EXPERIENCE}`,
  'giu',
);
/** After the years, words that say they are years of work: "of", "in", "managing", "d'expérience", "im Betrieb". */
const OF_WORK = new RegExp(
  `^\\s*(?:of|in|as|at|with|working|managing|leading|building|developing|writing|d['’]|de|en|como|im|in der|als|mit|${EXPERIENCE})\\b`,
  'iu',
);
const EXPERIENCE_WORD = new RegExp(EXPERIENCE, 'iu');

function toNumber(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()]!;
}

/**
 * Years of experience a text asks for: "5+ years" → {min: 5}, "5-10 years" → {min: 5, max: 10};
 * also "5 ans d'expérience", "mindestens 5 Jahre", "3 a 5 años". Where a text asks for years of
 * two kinds ("2 years managing engineers and 6 years or more in software"), the most years: those
 * of the profession as a whole, of which the others are part.
 */
export function findExperience(text: string): Experience | undefined {
  const found: Experience[] = [];
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(RANGE)) {
    const [min, max] = [toNumber(m[1]!), toNumber(m[2]!)];
    found.push(max >= min ? { min, max } : { min: max, max: min });
    ranges.push([m.index, m.index + m[0].length]);
  }
  for (const pattern of [PLUS, AT_LEAST, OR_MORE_AFTER, PLAIN]) {
    for (const m of text.matchAll(pattern)) {
      // The upper end of a range ("5-10 years of experience") is part of the range.
      if (ranges.some(([start, end]) => m.index < end && m.index + m[0].length > start)) continue;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      const from = Math.max(text.lastIndexOf('. ', m.index), text.lastIndexOf('\n', m.index), 0);
      const to = text.slice(m.index).search(/[.!?](?:\s|$)/);
      const sentence = text.slice(from, to < 0 ? text.length : m.index + to);
      // "over 20 years, we have…" is the company's age, not a requirement.
      if (pattern !== PLAIN && !OF_WORK.test(after) && !EXPERIENCE_WORD.test(sentence)) continue;
      found.push({ min: toNumber(m[1]!) });
    }
  }
  if (found.length === 0) return undefined;
  // The most years; a range over a bare minimum of the same years, for its upper end.
  return found.reduce((best, e) =>
    e.min > best.min || (e.min === best.min && e.max !== undefined && best.max === undefined) ? e : best,
  );
}

/** The education a text asks for, in its own words: "Bachelor's degree in computer science or a related field". */
export function findEducation(text: string): string | undefined {
  const match = DEGREE.exec(text);
  if (!match) return undefined;
  const phrase = `${match[1]}${match[2] ?? ''}`.replace(/\s+/g, ' ').trim();
  if (/^degree$/i.test(phrase)) return undefined;
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}
