/**
 * A job title read as a recruiter reads it: the role (its words, in any order), the levels it
 * names, and what the board added around it: a team ("– Payments"), a contract ("(Contract)"),
 * a workplace ("Remote") or a place ("Berlin"), a gender tag ("(m/w/d)").
 */
import type { Level } from '../lib/levels.ts';
import { TITLE_SYNONYMS } from '../lib/synonyms.ts';
import type { Family, Skill } from '../lib/taxonomy.ts';
import { levelsIn, LEVEL_WORDS_PATTERN } from '../ingest/levels.ts';
import { GENDER_TAG, ROLE_NOUN_ENDINGS, ROLE_NOUNS, TITLE_CONNECTORS } from '../ingest/rules.ts';
import type { Employment, Workplace } from '../schemas/opening.ts';
import { readPlace, readPlaceText, remoteArea } from './places.ts';
import { EMPLOYMENT_FILLERS, EMPLOYMENT_WORDS } from './rules.ts';

export interface ReadTitle {
  /** The role's words, spelled one way ("back-end", "Back End" → "backend"), without levels or connectors. */
  words: string[];
  /** The text the role's words came from, for family keywords ("data engineer"). */
  roleText: string;
  /** The levels the title names, in career order. */
  levels: Level[];
  team?: string;
  employment?: Employment;
  workplace?: Workplace;
  /** Qualifiers read as places ("Berlin", "EMEA" is not one). */
  places: string[];
}

const roleNouns = new Set(ROLE_NOUNS);
const connectors = new Set(TITLE_CONNECTORS);

/** Splits a title where a board adds to it: brackets, commas, colons, bars, dashes with spaces. */
const SEGMENT = /\s*(?:[()[\]{}]|[,;:|·•]|\s[-–—/]\s|[–—])\s*/u;

/** A word's one spelling: "Back-End" and "back end" are both "backend" (see `joined`). */
const squash = (text: string) => text.toLowerCase().replace(/[\s-]+/g, '');

export function isRoleNoun(word: string): boolean {
  return roleNouns.has(word) || (word.length >= 8 && ROLE_NOUN_ENDINGS.test(word));
}

/** Words that mean the same in a title (engineer, developer): each word → its group's first word. */
const MEANING = new Map(TITLE_SYNONYMS.flatMap((group) => group.map((word) => [squash(word), squash(group[0]!)])));

export const meaning = (word: string): string => MEANING.get(word) ?? word;

const EMPLOYMENT_PATTERNS = (Object.entries(EMPLOYMENT_WORDS) as [Employment, string[]][]).map(
  ([employment, words]) =>
    [
      employment,
      new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${words
          .sort((a, b) => b.length - a.length)
          .map((w) => w.replace(/[-\s]+/g, '[-\\s]*'))
          .join('|')})(?![\\p{L}\\p{N}])`,
        'giu',
      ),
    ] as const,
);

/** The contract a qualifier names, where it says nothing else ("Contract", "6-month contract", "Part-time"). */
export function employmentIn(text: string): Employment | undefined {
  let found: Employment | undefined;
  let rest = text;
  for (const [employment, pattern] of EMPLOYMENT_PATTERNS) {
    if (new RegExp(pattern.source, 'iu').test(rest)) {
      found ??= employment;
      rest = rest.replace(pattern, ' ');
    }
  }
  if (!found) return undefined;
  const others = rest.split(/[\s,.]+/).filter(Boolean);
  return others.every((word) => EMPLOYMENT_FILLERS.test(word)) ? found : undefined;
}

export class TitleReader {
  /** Words that belong to a role rather than a team: those of role titles, family and skill names. */
  private readonly vocabulary: Set<string>;
  /** Two words written apart that make one ("back end", "full stack"). */
  private readonly compounds: Set<string>;

  constructor(roleTitles: string[], families: Family[], skills: Skill[]) {
    const phrases = [
      ...roleTitles,
      ...families.flatMap((f) => f.keywords),
      ...TITLE_SYNONYMS.flat(),
      ...skills.flatMap((s) => [s.name, ...s.aliases]),
    ];
    // "Back-End" and "back end" are "backend" where the list has that word; "data engineer" stays two words.
    const single = new Set(phrases.filter((p) => !/[\s-]/.test(p.trim())).map((p) => p.toLowerCase()));
    this.compounds = new Set(
      phrases
        .filter((p) => /^[^\s-]+-[^\s-]+$/.test(p.trim()) || (/\s/.test(p.trim()) && single.has(squash(p))))
        .map(squash),
    );
    this.vocabulary = new Set();
    for (const title of roleTitles) for (const word of this.words(title)) this.vocabulary.add(word);
    for (const family of families)
      for (const keyword of family.keywords)
        if (!/\s/.test(keyword.trim())) for (const word of this.words(keyword)) this.vocabulary.add(word);
    for (const skill of skills)
      for (const name of [skill.name, ...skill.aliases]) if (!/\s/.test(name)) this.vocabulary.add(name.toLowerCase());
  }

  /** A phrase's words, lower case, levels and connectors out, compounds joined, role nouns singular. */
  words(text: string): string[] {
    const raw = text
      .replace(new RegExp(LEVEL_WORDS_PATTERN.source, 'giu'), ' ')
      .toLowerCase()
      .split(/[\s/]+|(?<=\p{L})-(?=\p{L})/u)
      .map((w) => w.replace(/^[^\p{L}\p{N}.]+|[^\p{L}\p{N}#+]+$/gu, ''))
      .filter(Boolean);
    const words: string[] = [];
    for (let i = 0; i < raw.length; i++) {
      const pair = i + 1 < raw.length ? raw[i]! + raw[i + 1]! : undefined;
      if (pair && this.compounds.has(pair)) {
        words.push(pair);
        i++;
      } else words.push(raw[i]!);
    }
    return words
      .filter((w) => !connectors.has(w))
      .map((w) => (w.endsWith('s') && isRoleNoun(w.slice(0, -1)) ? w.slice(0, -1) : w));
  }

  read(title: string): ReadTitle {
    const segments = title
      .split(SEGMENT)
      .map((s) => s.replace(/^[\s\-–—/]+|[\s\-–—/]+$/g, ''))
      .filter(Boolean);
    const words = segments.map((s) => this.words(s));
    let core = words.findIndex((w) => w.some(isRoleNoun));
    if (core < 0) core = 0;
    // A contract named inside the role's words ("Backend Engineer 6-month contract") is taken out of them.
    let coreText = segments[core] ?? '';
    let employment: Employment | undefined;
    for (const [kind, pattern] of EMPLOYMENT_PATTERNS) {
      const within = new RegExp(`(?:\\d+[-\\s]?(?:months?|weeks?|years?)\\s+)?(?:${pattern.source})`, 'giu');
      if (within.test(coreText) && this.words(coreText.replace(within, ' ')).some(isRoleNoun)) {
        employment ??= kind;
        coreText = coreText.replace(within, ' ');
      }
    }
    const result: ReadTitle = {
      words: this.words(coreText),
      roleText: coreText,
      levels: levelsIn(coreText),
      places: [],
      ...(employment ? { employment } : {}),
    };
    const levels = new Set(result.levels);
    segments.forEach((segment, index) => {
      if (index === core) return;
      const own = words[index]!;
      if (GENDER_TAG.test(`(${segment})`) || GENDER_TAG.test(segment)) return;
      if (own.length === 0) {
        for (const level of levelsIn(segment)) levels.add(level);
        return;
      }
      const employment = employmentIn(segment);
      if (employment) {
        result.employment ??= employment;
        return;
      }
      const where = readPlaceText(segment);
      if (where.workplace) {
        result.workplace ??= where.workplace;
        result.places.push(segment);
        return;
      }
      if (own.every((word) => this.vocabulary.has(word))) {
        result.words.push(...own);
        result.roleText += ` ${segment}`;
        for (const level of levelsIn(segment)) levels.add(level);
        return;
      }
      const place = readPlace(segment);
      if ((place.place && !place.problem) || remoteArea(segment)) {
        result.places.push(segment);
        return;
      }
      result.team ??= segment.replace(/\s+team$/i, '');
    });
    result.levels = [...levels].sort((a, b) => LEVEL_ORDER.indexOf(a) - LEVEL_ORDER.indexOf(b));
    return result;
  }
}

const LEVEL_ORDER: Level[] = ['junior', 'mid', 'senior', 'staff', 'principal'];
