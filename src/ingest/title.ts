import { FRAMING_WORDS, LISTING_WORDS, ROLE_NOUNS, TITLE_CONNECTORS } from './rules.ts';

const framing = new Set(FRAMING_WORDS);
const listing = new Set(LISTING_WORDS);
const connectors = new Set(TITLE_CONNECTORS);
const roleNouns = new Set(ROLE_NOUNS);

interface Token {
  /** The word without surrounding punctuation, but with a title's parentheses kept: "(Backend)". */
  word: string;
  /** Punctuation after the word (a comma, a full stop) ends a title. */
  endsRun: boolean;
}

function tokenize(sentence: string): Token[] {
  return sentence
    .split(/\s+/)
    .filter(Boolean)
    .map((raw) => {
      // French and Italian elision: "d'Ingénieur" is "Ingénieur".
      const bare = raw.replace(/^[dlDL]['’](?=\p{Lu})/u, '');
      const word = bare.replace(/^["“‘']+|[.,;:!?"”’'…]+$/gu, '');
      return { word, endsRun: /[.,;:!?…]["”’']?$/u.test(bare) };
    });
}

function isCapitalised(word: string): boolean {
  return /^\(?[\p{Lu}\p{N}]/u.test(word) && !/^\(?\p{N}+\)?$/u.test(word);
}

/** "Engineers" and "(Backend)" reduced to what the lists hold: "engineer", "backend". */
function key(word: string): string {
  return word.replace(/[()]/g, '').toLowerCase();
}

function singular(word: string): string {
  const k = key(word);
  if (k.endsWith('s') && roleNouns.has(k.slice(0, -1))) return word.slice(0, word.length - 1);
  return word;
}

function hasRoleNoun(words: string[]): boolean {
  return words.some((w) => w.split(/[/-]/).some((part) => roleNouns.has(key(singular(part)))));
}

/** Maximal runs of capitalised words, joined by lower-case connectors ("Senior and Staff …"). */
function capitalisedRuns(tokens: Token[]): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  const close = () => {
    while (run.length > 0 && connectors.has(key(run.at(-1)!))) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (const token of tokens) {
    if (token.word === '') {
      close();
      continue;
    }
    if (isCapitalised(token.word)) run.push(token.word);
    else if (run.length > 0 && connectors.has(key(token.word))) run.push(token.word);
    else close();
    if (token.endsRun) close();
  }
  close();
  return runs;
}

function trimRun(run: string[]): string[] {
  let start = 0;
  let end = run.length;
  while (start < end && (framing.has(key(run[start]!)) || connectors.has(key(run[start]!)))) start++;
  while (end > start && (listing.has(key(run[end - 1]!)) || connectors.has(key(run[end - 1]!)))) end--;
  return run.slice(start, end);
}

/**
 * Finds the role's title in a sentence: the first run of capitalised words that holds a role noun
 * ("Engineer", "Developer", "Ingénieur"), without the listing's framing ("Explore …", "… Jobs").
 */
export function findTitle(sentence: string): string | undefined {
  for (const run of capitalisedRuns(tokenize(sentence))) {
    const words = trimRun(run);
    if (words.length > 0 && hasRoleNoun(words)) {
      return words
        .map(singular)
        .join(' ')
        .replace(/\s*\/\s*/g, '/');
    }
  }
  return undefined;
}
