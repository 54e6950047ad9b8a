import { split } from 'sentence-splitter';
import { NON_FINAL_ABBREVIATIONS } from './rules.ts';

export interface Sentence {
  text: string;
  /** 1-based line and column of the sentence's first character in the source. */
  line: number;
  column: number;
  /** True when the source text has a blank line before this sentence. */
  startsParagraph: boolean;
}

export interface SplitResult {
  sentences: Sentence[];
  /** The last words of a text cut off mid-sentence; they are left off the page. */
  unfinished?: Sentence;
}

/** A sentence is whole when it ends in terminal punctuation, perhaps inside quotes or brackets. */
const WHOLE = /[.!?…。！？]["'”’)\]]*$/;

/**
 * Splits a text into sentences. Splits after "e.g." and the like are undone; a last sentence
 * without terminal punctuation is returned apart as `unfinished`.
 */
export function splitSentences(text: string): SplitResult {
  const nodes = split(text).filter((node) => node.type === 'Sentence');
  const merged: { raw: string; start: number; line: number; column: number }[] = [];
  for (const node of nodes) {
    const raw = node.raw.trim();
    if (raw === '') continue;
    const previous = merged.at(-1);
    if (
      previous &&
      NON_FINAL_ABBREVIATIONS.test(previous.raw) &&
      text.slice(previous.start + previous.raw.length, node.range[0]).trim() === ''
    ) {
      previous.raw = text.slice(previous.start, node.range[0] + raw.length);
      continue;
    }
    const lead = node.raw.length - node.raw.trimStart().length;
    merged.push({
      raw,
      start: node.range[0] + lead,
      line: node.loc.start.line,
      column: node.loc.start.column + lead + 1,
    });
  }
  const sentences = merged.map((s) => ({
    text: s.raw.replace(/\s+/g, ' '),
    line: s.line,
    column: s.column,
    startsParagraph: /\n\s*\n\s*$/.test(text.slice(0, s.start)),
  }));
  const last = sentences.at(-1);
  if (last && !WHOLE.test(last.text)) {
    sentences.pop();
    return { sentences, unfinished: last };
  }
  return { sentences };
}
