import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSkills, findSkillMatches } from '../../src/ingest/skills.ts';
import { loadTaxonomy } from '../../src/lib/taxonomy.ts';

const matcher = compileSkills(loadTaxonomy());
const dir = 'tests/fixtures/prose';
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt'));

describe('ordinary prose names no skill', () => {
  it('has texts in English, French, German and Spanish, and a long public-domain one', () => {
    expect(texts).toEqual(
      expect.arrayContaining(['everyday-en.txt', 'everyday-fr.txt', 'everyday-de.txt', 'everyday-es.txt']),
    );
    const words = texts.map((f) => readFileSync(`${dir}/${f}`, 'utf8').split(/\s+/).length);
    expect(Math.max(...words)).toBeGreaterThan(20_000);
  });

  it.each(texts)('%s yields no skill', (file) => {
    const text = readFileSync(`${dir}/${file}`, 'utf8');
    const found = findSkillMatches(text, matcher).map(
      (m) => `${m.skill.name} at ${m.start}: "${text.slice(m.start, m.end)}"`,
    );
    expect(found).toEqual([]);
  });
});
