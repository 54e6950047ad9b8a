import { COMPARISON_AFTER, LIST_GAP, NOT_TECHNOLOGIES, SKILL_CONTEXT_BEFORE, VERSION_AFTER } from './rules.ts';
import type { SkillMatch } from './skills.ts';
import { tokenize, type Token } from './tokens.ts';

export interface Unmatched {
  term: string;
  /** Offset of the term in the text. */
  start: number;
  why: string;
}

/** CamelCase inside ("GitOps"), a dot inside ("foo.js"), letters and digits together ("k9s"), or # and + ("F#"). */
function codeShaped(word: string): boolean {
  return (
    /\p{Ll}\p{Lu}/u.test(word) ||
    /\p{L}\.\p{L}/u.test(word) ||
    (/\p{L}/u.test(word) && /\p{N}/u.test(word)) ||
    /\p{L}[#+]+$/u.test(word)
  );
}

function capitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) && word.length > 1;
}

/**
 * Terms that look like a technology but are in no vocabulary: code-shaped words, capitalised
 * words with a version after them, in a list beside skills, or after "experience with".
 * `matches` are the skills found in the same text; their words are not reported.
 */
export function findUnmatched(
  text: string,
  matches: SkillMatch[],
  { ignore = NOT_TECHNOLOGIES, lang = 'en' }: { ignore?: Set<string>; lang?: string } = {},
): Unmatched[] {
  // German capitalises every noun ("Vorlagen", "Betrieb"): there a capital says nothing, only a code shape does.
  const capitalsSay = lang !== 'de';
  // The tail of a German compound is part of its skill: "Kubernetes-Cluster", "Helm-Charts".
  const covered = (t: Token) =>
    matches.some(
      (m) =>
        (t.start < m.end && t.end > m.start) ||
        (t.start === m.end + 1 && text[m.end] === '-') ||
        (t.end === m.start - 1 && text[t.end] === '-'),
    );
  const found: Unmatched[] = [];
  const seen = new Set<string>();
  const tokens = tokenize(text).filter((t) => t.text !== '/');
  tokens.forEach((token, i) => {
    const word = token.text;
    if (covered(token) || ignore.has(word.toLowerCase()) || /^\p{N}/u.test(word)) return;
    if (COMPARISON_AFTER.test(text.slice(token.end, token.end + 12))) return;
    const before = text.slice(Math.max(0, token.start - 48), token.start);
    const sentenceStart = i === 0 || /[.!?:]\s*$/.test(text.slice(tokens[i - 1]!.end, token.start));
    let why: string | undefined;
    if (codeShaped(word)) why = 'looks like a technology';
    else if (capitalsSay && capitalised(word) && !sentenceStart) {
      if (VERSION_AFTER.test(text.slice(token.end, token.end + 24))) why = 'has a version after it';
      // "knowledge of God" in a text that names no technology is not about one.
      else if (matches.length > 0 && SKILL_CONTEXT_BEFORE.test(before))
        why = 'follows a phrase such as "experience with"';
      else if (
        matches.some((m) => {
          const gap =
            m.end <= token.start
              ? text.slice(m.end, token.start)
              : token.end <= m.start
                ? text.slice(token.end, m.start)
                : undefined;
          // A real separator: "Java Backend Engineer" is a title, not a list.
          return gap !== undefined && /\S/.test(gap) && LIST_GAP.test(gap);
        })
      )
        why = 'is in a list of skills';
    }
    if (!why || seen.has(word)) return;
    seen.add(word);
    found.push({ term: word, start: token.start, why });
  });
  return found;
}

/** 1-based line and column of an offset. */
export function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
