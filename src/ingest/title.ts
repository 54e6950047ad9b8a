import { FRAMING_WORDS, GENDER_TAG, LISTING_WORDS, ROLE_NOUN_ENDINGS, ROLE_NOUNS, TITLE_CONNECTORS } from './rules.ts';

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
  // "iOS" and "eBPF" are names too; a gender tag "(m/w/d)" belongs to the title it follows.
  if (/^\(?\p{Ll}+\p{Lu}/u.test(word) || GENDER_TAG.test(word)) return true;
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
  return words.some((w) =>
    w
      .split(/[/-]/)
      .some((part) => roleNouns.has(key(singular(part))) || (part.length >= 8 && ROLE_NOUN_ENDINGS.test(key(part)))),
  );
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

/** Whether a title keeps a gender tag such as "(m/w/d)" (the `genderTags` setting in content/site.yaml). */
export type GenderTags = 'keep' | 'drop';

/** A title without its gender tag, for its file name. */
export function withoutGenderTag(title: string): string {
  return title
    .split(' ')
    .filter((word) => !GENDER_TAG.test(word))
    .join(' ');
}

/**
 * Finds the role's title in a sentence: the first run of capitalised words that holds a role noun
 * ("Engineer", "Developer", "Ingénieur"), without the listing's framing ("Explore …", "… Jobs").
 * What recruiters put in it stays: "Senior Mobile Engineer (iOS/Android)"; a gender tag is kept
 * or dropped whole.
 */
export function findTitle(sentence: string, genderTags: GenderTags = 'keep'): string | undefined {
  for (const run of capitalisedRuns(tokenize(sentence))) {
    const words = trimRun(run).filter((word) => genderTags === 'keep' || !GENDER_TAG.test(word));
    if (words.length > 0 && hasRoleNoun(words)) {
      return words
        .map((word) => (GENDER_TAG.test(word) ? word : singular(word)))
        .join(' ')
        .replace(/\s*\/\s*/g, '/');
    }
  }
  return undefined;
}
