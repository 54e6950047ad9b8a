import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildVocabulary, type Mapping } from '../../src/vocabulary/build.ts';
import { classify, Dictionary } from '../../src/vocabulary/words.ts';
import { loadTaxonomy } from '../../src/lib/taxonomy.ts';

const dictionary = new Dictionary();
dictionary.addList('swift\nhelm\nvisual\nstudio\ncloud\nrun\nsap\nsharp\nteam');
dictionary.addHunspell('3\nKafka/M\nJava\nvite/S');

const mapping: Mapping = {
  devicon_tags: [
    { category: 'testing', tags: ['testing'] },
    { category: 'language', tags: ['language'] },
  ],
  simple_icons_titles: ['^Apache '],
  simple_icons_code_hosts: ['github\\.com'],
  simple_icons_names: [{ category: 'datastore', pattern: 'DB\\b' }],
  linguist_data: ['YAML'],
  denylist: ['facebook'],
};

describe('spellings are sorted by how safely they can be matched', () => {
  it.each([
    ['Kubernetes', 'alias'],
    ['GraphQL', 'alias'],
    ['Node.js', 'alias'],
    ['Swift', 'contextual'],
    ['Kafka', 'contextual'],
    ['Vite', 'contextual'],
    ['Go', 'contextual'],
    ['Visual Studio', 'exact'],
    ['Cloud Run', 'exact'],
    ['SAP', 'exact'],
    ['AWS', 'alias'],
    ['Argo CD', 'alias'],
  ])('%s is matched as %s', (form, rule) => {
    expect(classify(form, dictionary)).toBe(rule);
  });
});

describe('the vocabulary built from the packages', () => {
  const skills = buildVocabulary({
    devicon: [
      { name: 'jest', altnames: [], tags: ['testing'] },
      { name: 'facebook', altnames: [], tags: ['auth'] },
      { name: 'swift', altnames: [], tags: ['language'] },
    ],
    simpleIcons: [
      { title: 'Jest', slug: 'jest', source: 'https://jestjs.io' },
      { title: 'Apache Kafka', slug: 'apachekafka', source: 'https://kafka.apache.org', aliases: { aka: ['Kafka'] } },
      { title: 'RocksDB', slug: 'rocksdb', source: 'https://github.com/facebook/rocksdb' },
      { title: 'Nike', slug: 'nike', source: 'https://nike.com' },
      { title: 'sharp', slug: 'sharp', source: 'https://github.com/lovell/sharp' },
    ],
    linguist: [
      { name: 'Swift', type: 'programming' },
      { name: 'YAML', type: 'data', aliases: ['yml'] },
      { name: 'Checksums', type: 'data' },
    ],
    additions: [{ name: 'Playwright', category: 'testing', aliases: ['playwright-test'] }],
    mapping,
    dictionary,
    categories: new Set(['testing', 'language', 'datastore', 'tool']),
  });
  const byName = new Map(skills.map((s) => [s.name, s]));

  it('takes display names from simple-icons and categories from devicon tags', () => {
    expect(byName.get('Jest')).toMatchObject({ category: 'testing' });
    expect(byName.get('Swift')).toMatchObject({ category: 'language', contextual: ['Swift'] });
  });

  it('keeps product families and open-source projects, and leaves brands and denied names out', () => {
    expect(byName.get('Apache Kafka')).toMatchObject({ category: 'tool', contextual: ['Kafka'] });
    expect(byName.get('RocksDB')).toMatchObject({ category: 'datastore' });
    expect(byName.has('Nike')).toBe(false);
    expect(byName.has('Facebook')).toBe(false);
    expect(byName.has('Checksums')).toBe(false);
  });

  it('leaves out a name that is a lower-case everyday word', () => {
    expect(byName.has('sharp')).toBe(false);
  });

  it('adds the hand additions with their categories', () => {
    expect(byName.get('Playwright')).toMatchObject({ category: 'testing', aliases: ['playwright-test'] });
    expect(byName.get('YAML')).toMatchObject({ category: 'language', aliases: ['yml'] });
  });
});

describe('the committed vocabulary', () => {
  const taxonomy = loadTaxonomy();
  const vocabulary = taxonomy.skills.filter((s) => s.origin === 'vocabulary');

  it('holds well over a thousand technologies beneath the curated skills, each in a category of skills.yaml', () => {
    expect(vocabulary.length).toBeGreaterThan(1500);
    for (const skill of vocabulary) expect(taxonomy.categories.has(skill.category), skill.name).toBe(true);
  });

  it('loses to a curated skill that names the same technology', () => {
    const names = taxonomy.skills.map((s) => s.name);
    expect(names.filter((n) => n === 'Kafka')).toHaveLength(1);
    expect(names).not.toContain('Apache Kafka');
    expect(taxonomy.skills.find((s) => s.name === 'Kafka')!.origin).toBeUndefined();
  });

  it('says how it was made', () => {
    expect(JSON.parse(readFileSync('content/taxonomy/vocabulary.json', 'utf8')).about).toMatch(/npm run vocabulary/);
  });
});
