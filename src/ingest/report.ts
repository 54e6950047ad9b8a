/**
 * How well the ingest reads texts it was not tuned to: each text's page against what a recruiter
 * would write for it (an expectations file, see tests/fixtures/ingest/expectations.yaml), as
 * recall, false skills and the share of the source's wording that is on the page.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { diffArrays } from 'diff';
import { z } from 'astro/zod';
import { checkedYaml } from '../lib/yaml-file.ts';
import { readMatter } from '../lib/yaml.ts';
import { LEVELS } from '../lib/levels.ts';
import { SITE_LANGUAGE } from '../lib/language.ts';
import type { Taxonomy } from '../lib/taxonomy.ts';
import { decodeSource, ingestText, type IngestResult } from './ingest.ts';
import { IngestError } from './errors.ts';
import type { GenderTags } from './title.ts';

const names = z.array(z.string().trim().min(1)).default([]);

const expectationSchema = z
  .object({
    lang: z.string().regex(/^[a-z]{2}$/, 'a two-letter language code such as en or fr'),
    title: z.string().trim().min(1),
    levels: z.array(z.enum(LEVELS)).min(1),
    experience: z
      .object({ min: z.number().int().min(0), max: z.number().int().min(0).optional() })
      .strict()
      .optional(),
    technologies: names,
    concepts: names,
  })
  .strict();

export type Expectation = z.output<typeof expectationSchema>;

/** The expectations of a file: text name → what its page should say. Each text is `<folder>/<name>/source.txt`. */
export function readExpectations(file: string): Map<string, Expectation> {
  const data = checkedYaml(file, z.record(z.string().regex(/^[a-z0-9-]+$/), expectationSchema));
  return new Map(Object.entries(data));
}

/** The text's source file beside the expectations file. */
export function sourceOf(expectationsFile: string, name: string): string {
  return join(dirname(expectationsFile), name, 'source.txt');
}

/** Spelling (any letter case) → canonical name, for the skills `pick` keeps. */
function spellings(taxonomy: Taxonomy, pick: (origin: string | undefined) => boolean): Map<string, string> {
  const map = new Map<string, string>();
  for (const skill of taxonomy.skills) {
    if (!pick(skill.origin)) continue;
    for (const form of [skill.name, ...skill.aliases, ...skill.exact, ...skill.contextual]) {
      const key = form.toLowerCase();
      if (!map.has(key)) map.set(key, skill.name);
    }
  }
  return map;
}

/**
 * The skills a page should list, by the expectations file's rule: every technology (as the
 * taxonomy names it, or as written when no vocabulary has it), and each concept that the curated
 * skills.yaml has.
 */
export function expectedSkills(expectation: Expectation, taxonomy: Taxonomy): string[] {
  const all = spellings(taxonomy, () => true);
  const curated = spellings(taxonomy, (origin) => origin !== 'vocabulary');
  const skills = expectation.technologies.map((name) => all.get(name.toLowerCase()) ?? name);
  for (const concept of expectation.concepts) {
    const name = curated.get(concept.toLowerCase());
    if (name) skills.push(name);
  }
  return [...new Set(skills)];
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’.+#][\p{L}\p{N}]+)*[+#]*/gu) ?? [];
}

/** How many of the source's words are on the page's body, in their order. */
export function wordingKept(source: string, body: string): { kept: number; total: number } {
  const from = words(source);
  let kept = 0;
  for (const part of diffArrays(from, words(body))) if (!part.added && !part.removed) kept += part.count ?? 0;
  return { kept, total: from.length };
}

export interface TextScore {
  name: string;
  expected: string[];
  found: string[];
  missed: string[];
  /** Skills on the page that the text does not name, or that the rule does not count. */
  false: string[];
  wording: { kept: number; total: number };
  /** What the page says where it differs from the expectation: field → [expected, on the page]. */
  wrong: Record<string, [string, string]>;
  /** The ingest refused the text. */
  error?: string;
}

const show = (value: unknown) => (value === undefined ? '(none)' : JSON.stringify(value));

/** Scores one page against its expectation. */
export function scorePage(
  name: string,
  source: string,
  result: IngestResult,
  expectation: Expectation,
  taxonomy: Taxonomy,
): TextScore {
  const expected = expectedSkills(expectation, taxonomy);
  const found = result.frontmatter.skills ?? [];
  const wrong: Record<string, [string, string]> = {};
  const fm = result.frontmatter as Record<string, unknown>;
  const want = { title: expectation.title, levels: expectation.levels, experience: expectation.experience };
  const got = { title: fm.title, levels: fm.levels, experience: fm.experience };
  for (const field of Object.keys(want) as (keyof typeof want)[]) {
    if (show(want[field]) !== show(got[field])) wrong[field] = [show(want[field]), show(got[field])];
  }
  // A page without `lang` is in the site's language.
  const lang = (fm.lang as string | undefined) ?? SITE_LANGUAGE;
  if (lang !== expectation.lang) wrong.lang = [show(expectation.lang), show(lang)];
  return {
    name,
    expected,
    found,
    missed: expected.filter((s) => !found.includes(s)),
    false: found.filter((s) => !expected.includes(s)),
    wording: wordingKept(source, readMatter(result.page).content),
    wrong,
  };
}

export interface Totals {
  texts: number;
  expected: number;
  matched: number;
  recall: number;
  falseSkills: number;
  wordingKept: number;
  /** Texts whose title, levels, years or language differ from the expectation, or that were refused. */
  wrong: number;
}

export function totals(scores: TextScore[]): Totals {
  const expected = scores.reduce((n, s) => n + s.expected.length, 0);
  const matched = scores.reduce((n, s) => n + s.expected.length - s.missed.length, 0);
  const kept = scores.reduce((n, s) => n + s.wording.kept, 0);
  const total = scores.reduce((n, s) => n + s.wording.total, 0);
  return {
    texts: scores.length,
    expected,
    matched,
    recall: expected === 0 ? 1 : matched / expected,
    falseSkills: scores.reduce((n, s) => n + s.false.length, 0),
    wordingKept: total === 0 ? 1 : kept / total,
    wrong: scores.filter((s) => s.error || Object.keys(s.wrong).length > 0).length,
  };
}

/** Ingests every text of an expectations file (writing nothing) and scores each page. */
export function scoreExpectations(
  file: string,
  taxonomy: Taxonomy,
  options: { genderTags?: GenderTags; source?: (name: string) => string } = {},
): TextScore[] {
  const scores: TextScore[] = [];
  for (const [name, expectation] of readExpectations(file)) {
    const path = sourceOf(file, name);
    const source = options.source?.(name) ?? path;
    try {
      const text = decodeSource(readFileSync(path));
      const result = ingestText(text, {
        source,
        taxonomy,
        ...(options.genderTags ? { genderTags: options.genderTags } : {}),
      });
      scores.push(scorePage(name, text, result, expectation, taxonomy));
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      const expected = expectedSkills(expectation, taxonomy);
      scores.push({
        name,
        expected,
        found: [],
        missed: expected,
        false: [],
        wording: { kept: 0, total: words(readFileSync(path, 'utf8')).length },
        wrong: {},
        error: error.message,
      });
    }
  }
  return scores;
}

const percent = (x: number) => `${Math.round(x * 1000) / 10}%`;

/** The short summary `npm run ingest -- --report` prints: one line a text, its misses, then the totals. */
export function reportLines(scores: TextScore[], targets?: { recall: number; wording: number }): string[] {
  const width = Math.max(4, ...scores.map((s) => s.name.length));
  const lines = [
    `${'text'.padEnd(width)}  found  expected  missed  false  wording`,
    ...scores.flatMap((s) => {
      const row = `${s.name.padEnd(width)}  ${String(s.found.length).padStart(5)}  ${String(s.expected.length).padStart(8)}  ${String(s.missed.length).padStart(6)}  ${String(s.false.length).padStart(5)}  ${percent(s.wording.total ? s.wording.kept / s.wording.total : 1).padStart(7)}`;
      return [
        row,
        ...(s.error ? [`  refused: ${s.error}`] : []),
        ...(s.missed.length ? [`  missed: ${s.missed.join(', ')}`] : []),
        ...(s.false.length ? [`  false:  ${s.false.join(', ')}`] : []),
        ...Object.entries(s.wrong).map(([field, [want, got]]) => `  ${field}: expected ${want}, the page says ${got}`),
      ];
    }),
  ];
  const t = totals(scores);
  const against = (value: string, target: string) => (targets ? `${value} (target ${target})` : value);
  lines.push(
    `${t.texts} texts: recall ${against(t.recall.toFixed(3), `≥ ${targets?.recall}`)} (${t.matched} of ${t.expected} skills), ` +
      `${against(`${t.falseSkills} false skill${t.falseSkills === 1 ? '' : 's'}`, '0')}, ` +
      `${against(`${percent(t.wordingKept)} of the wording kept`, `≥ ${percent(targets?.wording ?? 0)}`)}, ` +
      `${t.wrong} with a wrong title, level, years or language`,
  );
  return lines;
}

/** The issue's targets for texts nobody tuned the ingest to. */
export const TARGETS = { recall: 0.95, falseSkills: 0, wording: 0.9 };
