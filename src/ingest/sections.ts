import type { Sentence } from './sentences.ts';
import { SECTION_HEADINGS, SECTION_ORDER, type HeadingSet } from '../lib/section-headings.ts';
import {
  LIST_PUNCTUATION,
  LOCAL_SECTION_CUES,
  LIST_TRIGGERS,
  MAX_PARAGRAPH_SENTENCES,
  MIN_LIST_ITEMS,
  PARAGRAPH_OPENERS,
  SECTION_CUES,
  type SectionId,
} from './rules.ts';

export type Block = { kind: 'paragraph'; sentences: string[] } | { kind: 'list'; items: string[] };

export interface Section {
  id: SectionId;
  heading: string;
  blocks: Block[];
}

/** The cues a text in this language may use: its own, and the English ones. */
function cuesFor(lang: string) {
  const local = LOCAL_SECTION_CUES[lang as keyof typeof LOCAL_SECTION_CUES];
  if (!local) return SECTION_CUES;
  return {
    do: [...SECTION_CUES.do, ...local.do],
    bring: [...SECTION_CUES.bring, ...local.bring],
    closing: [...SECTION_CUES.closing, ...local.closing],
  };
}

/**
 * The headings for a text: in its language, and for German in the form of address the text uses
 * ("du" or "Sie"; "Sie" only where it is more frequent than "du" and not a sentence's first word).
 */
function headingsFor(lang: string, text: string): HeadingSet {
  if (lang === 'de') {
    const informal = text.match(/(?<!\p{L})(du|dich|dir|dein|deine|deinen|deinem|deiner)(?!\p{L})/giu)?.length ?? 0;
    const formal =
      text.match(/(?<![.!?]\s)(?<!^)(?<!\p{L})(Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer)(?!\p{L})/gu)?.length ?? 0;
    return formal > informal ? SECTION_HEADINGS['de-formal'] : SECTION_HEADINGS.de;
  }
  return SECTION_HEADINGS[lang as 'en' | 'fr' | 'es'] ?? SECTION_HEADINGS.en;
}

/** The section of each sentence. Sections only move forward, and the pitch comes last. */
export function classify(sentences: string[], lang = 'en'): SectionId[] {
  const cues = cuesFor(lang);
  let current = 0;
  return sentences.map((sentence) => {
    for (let next = SECTION_ORDER.length - 1; next > current; next--) {
      const id = SECTION_ORDER[next]!;
      if (id === 'about' || (id === 'closing' && current < SECTION_ORDER.indexOf('bring'))) continue;
      if (cues[id].some((cue) => cue.test(sentence))) {
        current = next;
        break;
      }
    }
    return SECTION_ORDER[current]!;
  });
}

/** Splits at commas outside parentheses. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim());
}

const NOT_GERUNDS = new Set([
  'during',
  'thing',
  'something',
  'nothing',
  'anything',
  'everything',
  'string',
  'bring',
  'spring',
  'king',
  'sibling',
  'morning',
  'evening',
]);

function isGerund(phrase: string): boolean {
  const first = phrase.split(/\s+/)[0]!.toLowerCase();
  return /^\p{L}{3,}ing$/u.test(first) && !NOT_GERUNDS.has(first);
}

function wordCount(phrase: string): number {
  return phrase.split(/\s+/).filter(Boolean).length;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The items of an enumeration "a, b, and c", or undefined where it is not one. */
function listItems(rest: string, parallelOnly: boolean): string[] | undefined {
  const parts = splitTopLevel(rest);
  if (parts.length < MIN_LIST_ITEMS || !/^(and|or)\s/i.test(parts.at(-1)!)) return undefined;
  const items = parts.map((p) => p.replace(/^(and|or)\s+/i, ''));
  if (items.some((item) => item === '' || /^(and|or)\s/i.test(item))) return undefined;
  const gerunds = items.every((item) => isGerund(item) && wordCount(item) >= 2);
  // A phrase has a lower-case word of its own; "HTML and CSS" is the tail of the item before it.
  const phrases = items.every((item) => wordCount(item) >= 3 && /(^|\s)(?!(and|or)\s)\p{Ll}/u.test(item));
  if (gerunds || (!parallelOnly && phrases)) return items.map(capitalise);
  return undefined;
}

export interface Enumeration {
  /** The words before the list, ending in a colon. */
  leadIn: string;
  items: string[];
}

/**
 * Reads "Common responsibilities include architecting X, making Y, and establishing Z." as a
 * lead-in and three items, where a bullet list reads better than the sentence. Words are kept;
 * only the joining "and" and the commas between items give way to the list.
 */
export function findEnumeration(sentence: string): Enumeration | undefined {
  const body = sentence.replace(/[.!?]+$/, '');
  const cuts: { leadEnd: number; restStart: number; parallelOnly: boolean; keepWord: boolean }[] = [];
  for (const m of body.matchAll(LIST_TRIGGERS)) {
    cuts.push({
      leadEnd: m.index + m[0].trimEnd().length,
      restStart: m.index + m[0].length,
      parallelOnly: false,
      keepWord: true,
    });
  }
  for (const m of body.matchAll(LIST_PUNCTUATION)) {
    cuts.push({ leadEnd: m.index, restStart: m.index + m[0].length, parallelOnly: false, keepWord: false });
  }
  // Without a signal word, a clause followed by three gerund phrases: "…practices, conducting A, establishing B, and implementing C".
  const firstComma = splitTopLevel(body)[0]!;
  if (wordCount(firstComma) >= 4 && firstComma.length < body.length) {
    const leadEnd = body.indexOf(firstComma) + firstComma.length;
    cuts.push({ leadEnd, restStart: leadEnd + 1, parallelOnly: true, keepWord: false });
  }
  for (const cut of cuts.sort((a, b) => a.leadEnd - b.leadEnd)) {
    const items = listItems(body.slice(cut.restStart), cut.parallelOnly);
    if (!items) continue;
    const leadIn = body.slice(0, cut.leadEnd).replace(/[,;\s]+$/, '');
    if (wordCount(leadIn) < 2) continue;
    return { leadIn: `${leadIn}:`, items };
  }
  return undefined;
}

/** Groups classified sentences into the page's sections, paragraphs and lists. */
export function buildSections(sentences: Sentence[], lang = 'en'): Section[] {
  const texts = sentences.map((s) => s.text);
  const ids = classify(texts, lang);
  const headings = headingsFor(lang, texts.join(' '));
  const sections: Section[] = [];
  let paragraph: string[] | undefined;
  sentences.forEach((sentence, index) => {
    const id = ids[index]!;
    let section = sections.at(-1);
    if (section?.id !== id) {
      section = { id, heading: headings[id], blocks: [] };
      sections.push(section);
      paragraph = undefined;
    }
    const fresh =
      paragraph === undefined ||
      paragraph.length >= MAX_PARAGRAPH_SENTENCES ||
      sentence.startsParagraph ||
      PARAGRAPH_OPENERS.test(sentence.text);
    if (fresh) {
      paragraph = [];
      section.blocks.push({ kind: 'paragraph', sentences: paragraph });
    }
    const enumeration = findEnumeration(sentence.text);
    if (enumeration) {
      paragraph!.push(enumeration.leadIn);
      section.blocks.push({ kind: 'list', items: enumeration.items });
      paragraph = undefined;
    } else {
      paragraph!.push(sentence.text);
    }
  });
  return sections;
}
