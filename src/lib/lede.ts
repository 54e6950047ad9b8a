/**
 * A role page shows its summary as the lede, above the body. Summaries are often a sentence of the
 * body's first paragraph (the ingest picks one), which the visitor would then read twice.
 */
import { escapeRegExp } from './regexp.ts';

/** The summary as a pattern that ignores how quotes, dashes and spaces are written. */
function pattern(summary: string): RegExp {
  const source = summary
    .trim()
    .split(/\s+/)
    .map((word) => escapeRegExp(word).replace(/['‘’]/g, "['‘’]").replace(/["“”]/g, '["“”]').replace(/[-–—]/g, '[-–—]'))
    .join('\\s+');
  // Whole sentences only: at the start or after a sentence's end, and at the end or before a space.
  return new RegExp(`(^|(?<=[.!?]["'’”)\\]]?)\\s+)${source}(?=\\s|$)`, 'u');
}

/**
 * The paragraph's text without the summary, where the summary is one or more whole sentences of
 * it; undefined when it is not (a partial match is left alone: it would cut a sentence apart).
 */
export function withoutLede(paragraph: string, summary: string): string | undefined {
  if (summary.trim().length < 20) return undefined;
  // Most paragraphs do not hold the summary: a word of it missing (one the pattern matches only as
  // written) settles that without compiling the pattern.
  const words = summary.trim().split(/\s+/);
  if (words.some((word) => !/['‘’"“”\-–—]/.test(word) && !paragraph.includes(word))) return undefined;
  const match = pattern(summary).exec(paragraph);
  if (!match) return undefined;
  const before = paragraph.slice(0, match.index);
  const after = paragraph.slice(match.index + match[0].length);
  return before ? `${before}${after}` : after.trimStart();
}
