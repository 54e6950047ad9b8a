import { CONCEPT_CATEGORIES, type Skill, type Taxonomy } from '../lib/taxonomy.ts';
import { COMPARISON_AFTER, LIST_GAP, SENTENCE_END, SKILL_CONTEXT_BEFORE, TECH_WORDS, VERSION_AFTER } from './rules.ts';
import { tokenize, type Token } from './tokens.ts';

/**
 * How a spelling may be matched:
 * - `always`: in any letter case, anywhere ("Kubernetes", "PostgreSQL", "k8s");
 * - `exact`: in its own letter case, anywhere ("REST", "Visual Studio");
 * - `topic`: in any letter case, in a sentence about technology ("monitoring", "code reviews");
 * - `contextual`: in its own letter case, in a sentence about technology, and not as a sentence's
 *   first word unless a cue, a version or a neighbouring skill says so ("Go", "Swift", "Kafka");
 * - `not`: a phrase that holds a spelling and names something else ("communication over", "security
 *   team"); it names no skill, and the spelling inside it is not read.
 */
export type Rule = 'always' | 'exact' | 'topic' | 'contextual' | 'not';

interface Form {
  skill: Skill;
  rule: Rule;
  /** The spelling's tokens as written, for the letter-case check. */
  tokens: string[];
}

interface Node {
  next: Map<string, Node>;
  forms: Form[];
}

/** One compiled matcher for every spelling of every skill: a trie over lower-cased tokens. */
export interface SkillMatcher {
  root: Node;
  /** How many spellings it holds. */
  size: number;
}

export interface SkillMatch {
  skill: Skill;
  rule: Rule;
  /** Offsets in the text: the spelling is text.slice(start, end). */
  start: number;
  end: number;
}

/** Code-shaped spellings (a capital inside, a digit, a symbol: "DevOps", "CI/CD", "k8s") name nothing else. */
const CODE_SHAPED = /\p{L}\p{Lu}|[\p{N}.#+/]/u;

function aliasRule(skill: Skill, form: string): Rule {
  if (CODE_SHAPED.test(form) || skill.origin === 'vocabulary') return 'always';
  // A curated phrase in lower-case words ("code reviews", "monitoring") is everyday language.
  return CONCEPT_CATEGORIES.has(skill.category) || !/\p{Lu}/u.test(form) ? 'topic' : 'always';
}

/** Compiled once per taxonomy: every spelling of every skill. */
export function compileSkills(taxonomy: Taxonomy): SkillMatcher {
  const root: Node = { next: new Map(), forms: [] };
  let size = 0;
  const insert = (skill: Skill, spelling: string, rule: Rule) => {
    const tokens = tokenize(spelling).map((t) => t.text);
    // A spelling whose symbols are no part of a token ("F*") would match less than it says: "F".
    if (tokens.length === 0 || tokens.join('') !== spelling.replace(/[\s()'’-]/g, '')) return;
    let node = root;
    for (const token of tokens) {
      const k = token.toLowerCase();
      let child = node.next.get(k);
      if (!child) node.next.set(k, (child = { next: new Map(), forms: [] }));
      node = child;
    }
    node.forms.push({ skill, rule, tokens });
    size++;
  };
  for (const skill of taxonomy.skills) {
    const special = new Set([...skill.exact, ...skill.contextual]);
    for (const form of new Set([skill.name, ...skill.aliases]))
      if (!special.has(form)) insert(skill, form, aliasRule(skill, form));
    for (const form of new Set(skill.exact)) insert(skill, form, 'exact');
    for (const form of new Set(skill.contextual)) insert(skill, form, 'contextual');
    for (const form of new Set(skill.not)) insert(skill, form, 'not');
  }
  return { root, size };
}

/** Own letter case is the first word's: German capitalises every noun ("Helm-Charts" for "Helm charts"). */
function caseFits(form: Form, tokens: Token[], at: number): boolean {
  if (form.rule === 'always' || form.rule === 'topic' || form.rule === 'not') return true;
  return tokens[at]!.text === form.tokens[0];
}

/** Tokens of one spelling follow each other with only spaces or hyphens between. */
function joined(text: string, a: Token, b: Token): boolean {
  return /^[\s(-]*$/.test(text.slice(a.end, b.start));
}

/** The longest spelling that starts at token `at`, if any. */
function longestAt(text: string, tokens: Token[], at: number, root: Node): { form: Form; length: number } | undefined {
  let node: Node | undefined = root;
  let best: { form: Form; length: number } | undefined;
  for (let i = at; i < tokens.length; i++) {
    if (i > at && !joined(text, tokens[i - 1]!, tokens[i]!)) break;
    node = node.next.get(tokens[i]!.lower);
    if (!node) break;
    // Among spellings of the same length, a curated one wins over the vocabulary's.
    const form = node.forms.find((f) => caseFits(f, tokens, at));
    if (form) best = { form, length: i - at + 1 };
  }
  return best;
}

interface Candidate extends SkillMatch {
  sentence: number;
  /** First word of its sentence, where a capital letter says nothing. */
  initial: boolean;
  /** A name of one or two letters inside a compound ("C-level", "Go-Live"), which is seldom the name. */
  hyphenated: boolean;
}

/** Splits a text into sentence spans: [start, end) offsets. */
function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    spans.push([start, m.index + 1]);
    start = m.index + m[0].length;
  }
  spans.push([start, text.length]);
  return spans;
}

function strictContext(c: Candidate, text: string): boolean {
  return (
    SKILL_CONTEXT_BEFORE.test(text.slice(Math.max(0, c.start - 48), c.start)) ||
    VERSION_AFTER.test(text.slice(c.end, c.end + 24))
  );
}

function neighbours(a: SkillMatch, b: SkillMatch, text: string): boolean {
  const gap = a.end <= b.start ? text.slice(a.end, b.start) : b.end <= a.start ? text.slice(b.end, a.start) : undefined;
  return gap !== undefined && LIST_GAP.test(gap);
}

export interface FindOptions {
  /** The text is a job title: it is about technology as a whole, and its first word is not a sentence's. */
  title?: boolean;
}

/**
 * Every skill a text names, with where it names it, in text order. Longer spellings win over the
 * shorter ones inside them ("Spring Boot" over "Spring"). Everyday words count only where the
 * words around them are about technology (see Rule).
 */
export function findSkillMatches(text: string, matcher: SkillMatcher, options: FindOptions = {}): SkillMatch[] {
  const tokens = tokenize(text);
  const spans = sentenceSpans(text);
  const candidates: Candidate[] = [];
  const technical = new Set<number>();
  let sentence = 0;
  let sentenceFirstToken = 0;
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i]!;
    while (sentence < spans.length - 1 && token.start >= spans[sentence]![1]) {
      sentence++;
      sentenceFirstToken = i;
    }
    const found = longestAt(text, tokens, i, matcher.root);
    if (!found) {
      i++;
      continue;
    }
    const last = tokens[i + found.length - 1]!;
    // "Twilio-style webhooks" compares with a name rather than naming a skill.
    if (found.form.rule === 'not' || COMPARISON_AFTER.test(text.slice(last.end, last.end + 12))) {
      i += found.length;
      continue;
    }
    candidates.push({
      skill: found.form.skill,
      rule: found.form.rule,
      start: token.start,
      end: last.end,
      sentence,
      initial: !options.title && i === sentenceFirstToken,
      hyphenated:
        found.length === 1 && token.text.length <= 2 && (text[token.start - 1] === '-' || text[last.end] === '-'),
    });
    if (found.form.rule === 'always' || found.form.rule === 'exact') technical.add(sentence);
    i += found.length;
  }

  for (let i = 0, s = 0; i < tokens.length; i++) {
    while (s < spans.length - 1 && tokens[i]!.start >= spans[s]![1]) s++;
    if (TECH_WORDS.has(tokens[i]!.lower)) technical.add(s);
  }
  // A text full of technology (a role description) is about it throughout: "communication skills"
  // there is a skill, while a novel's "communication" is not.
  const anchors = new Set(candidates.filter((c) => c.rule === 'always' || c.rule === 'exact').map((c) => c.skill));
  const technicalText = options.title || anchors.size >= 3 || technical.size >= 3;

  const accepted = new Set<Candidate>();
  for (const c of candidates) {
    if (c.rule === 'always' || c.rule === 'exact') accepted.add(c);
    else if (c.rule === 'topic' && (technicalText || technical.has(c.sentence) || strictContext(c, text)))
      accepted.add(c);
    else if (c.rule === 'contextual' && strictContext(c, text)) accepted.add(c);
  }
  // Only names next to each other can be neighbours in a list: between others lies a name.
  const adjacent = candidates.map((c, i) => i + 1 < candidates.length && neighbours(c, candidates[i + 1]!, text));
  // Three or more names in one list make it a list of technologies: "Java, Python, Go and Scala".
  for (let i = 0; i < candidates.length;) {
    let j = i;
    while (adjacent[j]) j++;
    if (j - i >= 2)
      for (let k = i; k <= j; k++)
        if (candidates[k]!.rule !== 'contextual' || !candidates[k]!.hyphenated) accepted.add(candidates[k]!);
    i = j + 1;
  }
  // In a text about technology, two everyday names side by side name each other: "in Python or Go",
  // "in Looker or Tableau". Ordinary prose seldom puts two such names together, and is not such a text.
  const plainName = (c: Candidate) =>
    c.rule === 'contextual' && !c.initial && !c.hyphenated && /\p{Lu}/u.test(text[c.start]!);
  if (technicalText)
    for (let i = 0; i + 1 < candidates.length; i++) {
      const [a, b] = [candidates[i]!, candidates[i + 1]!];
      if (a.sentence === b.sentence && plainName(a) && plainName(b) && adjacent[i]) {
        accepted.add(a);
        accepted.add(b);
        technical.add(a.sentence);
      }
    }
  // Everyday names accept each other in a list once one of it is anchored: "Go, Rust or Swift".
  for (let changed = true; changed;) {
    changed = false;
    for (const [k, c] of candidates.entries()) {
      if (accepted.has(c) || c.rule !== 'contextual') continue;
      const listed =
        (adjacent[k - 1] === true && accepted.has(candidates[k - 1]!)) ||
        (adjacent[k] === true && accepted.has(candidates[k + 1]!));
      // A name in lower case ("make", "be") is a word, whatever the sentence is about.
      const topical =
        (options.title || technical.has(c.sentence)) && !c.initial && !c.hyphenated && /\p{Lu}/u.test(text[c.start]!);
      if (listed || topical) {
        accepted.add(c);
        technical.add(c.sentence);
        changed = true;
      }
    }
  }
  // "orchestrating jobs with Airflow" is no container orchestration: some everyday spellings count
  // only beside the skills they go with (`near` in skills.yaml).
  for (const c of accepted) {
    if (c.rule !== 'topic' || c.skill.near.length === 0) continue;
    const beside = candidates.some(
      (o) => o.sentence === c.sentence && accepted.has(o) && c.skill.near.includes(o.skill.name),
    );
    if (!beside) accepted.delete(c);
  }
  return candidates.filter((c) => accepted.has(c)).map(({ skill, rule, start, end }) => ({ skill, rule, start, end }));
}

/** The canonical names of the skills a text names, each once, in the order it first names them. */
export function findSkills(text: string, matcher: SkillMatcher, options: FindOptions = {}): string[] {
  return [...new Set(findSkillMatches(text, matcher, options).map((m) => m.skill.name))];
}
