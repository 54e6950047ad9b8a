/**
 * The ingest against texts nobody tuned it to: tests/fixtures/ingest/expectations.yaml says what a
 * recruiter would write for each (written before the ingest read them). The report below is the
 * one `npm run ingest -- --report` prints; the targets are the issue's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTaxonomy, loadTaxonomy } from '../../src/lib/taxonomy.ts';
import {
  expectedSkills,
  readExpectations,
  reportLines,
  scoreExpectations,
  sourceOf,
  TARGETS,
  totals,
  wordingKept,
  type Expectation,
} from '../../src/ingest/report.ts';

const file = 'tests/fixtures/ingest/expectations.yaml';
const taxonomy = loadTaxonomy();
const scores = scoreExpectations(file, taxonomy);
const total = totals(scores);

describe('the set of texts', () => {
  const expectations = readExpectations(file);

  it('has at least twelve texts of recruiting prose, 300 to 500 words each, in English, French, German and Spanish', () => {
    expect(expectations.size).toBeGreaterThanOrEqual(12);
    for (const name of expectations.keys()) {
      const words = readFileSync(sourceOf(file, name), 'utf8').trim().split(/\s+/).length;
      expect(words, name).toBeGreaterThanOrEqual(300);
      expect(words, name).toBeLessThanOrEqual(500);
    }
    expect(new Set([...expectations.values()].map((e) => e.lang))).toEqual(new Set(['en', 'fr', 'de', 'es']));
  });
});

describe('recall, false skills and wording over the whole set', () => {
  it('are reported', () => {
    console.log(['', ...reportLines(scores, TARGETS), ''].join('\n'));
    expect(total.texts).toBe(scores.length);
  });

  it(`finds at least ${TARGETS.recall * 100} % of the skills a recruiter would list`, () => {
    expect(total.recall, scores.map((s) => `${s.name}: ${s.missed.join(', ')}`).join('\n')).toBeGreaterThanOrEqual(
      TARGETS.recall,
    );
  });

  it('lists no skill the text does not name', () => {
    expect(scores.filter((s) => s.false.length > 0).map((s) => `${s.name}: ${s.false.join(', ')}`)).toEqual([]);
  });

  it(`keeps at least ${TARGETS.wording * 100} % of the source's wording on the page`, () => {
    expect(total.wordingKept).toBeGreaterThanOrEqual(TARGETS.wording);
  });

  it('reads every title, level, number of years and language as the recruiter would', () => {
    expect(
      scores.filter((s) => s.error || Object.keys(s.wrong).length > 0).map((s) => [s.name, s.error ?? s.wrong]),
    ).toEqual([]);
  });
});

describe('the rule for skills', () => {
  const small = buildTaxonomy(
    {
      categories: { tool: 'Tools', practice: 'Practices' },
      skills: [
        { name: 'Kubernetes', category: 'tool', aliases: ['k8s'] },
        { name: 'Code review', category: 'practice', aliases: ['code reviews'] },
      ],
    },
    [{ id: 'platform', name: 'Platform', keywords: ['platform'] }],
    undefined,
    {
      skills: [
        { name: 'Chaos engineering', category: 'practice' },
        { name: 'Grafana', category: 'tool' },
      ],
    },
  );
  const expectation: Expectation = {
    lang: 'en',
    title: 'Platform Engineer',
    levels: ['mid'],
    technologies: ['k8s', 'Grafana', 'Crossplane'],
    concepts: ['code reviews', 'Chaos engineering', 'Pair programming'],
  };

  it('expects technologies under their canonical name, or as written when no vocabulary has them', () => {
    expect(expectedSkills(expectation, small)).toEqual(expect.arrayContaining(['Kubernetes', 'Grafana', 'Crossplane']));
  });

  it('expects a concept only when the curated skills.yaml has it, not the generated vocabulary', () => {
    const expected = expectedSkills(expectation, small);
    expect(expected).toContain('Code review');
    expect(expected).not.toContain('Chaos engineering');
    expect(expected).not.toContain('Pair programming');
  });

  it('counts the words of the source that are on the page, in their order', () => {
    expect(wordingKept('We build APIs, and we run them.', '## About\n\nWe build APIs and run them.')).toEqual({
      kept: 6,
      total: 7,
    });
  });
});
