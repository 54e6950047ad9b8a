/**
 * `npm run vocabulary`: rebuilds content/taxonomy/vocabulary.json from the packages pinned in
 * sources.yaml, the table in mapping.yaml and the hand additions in additions.yaml.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadTaxonomy } from '../lib/taxonomy.ts';
import { TAXONOMY_DIR } from '../lib/paths.ts';
import { readYaml as parseYaml } from '../lib/yaml.ts';
import { VOCABULARY_FILE, vocabularyText } from '../lib/vocabulary.ts';
import { buildVocabulary, type Addition, type LinguistLanguage, type Mapping } from './build.ts';
import { Dictionary } from './words.ts';

const here = new URL('.', import.meta.url).pathname;
const readYaml = <T>(name: string) => parseYaml(readFileSync(join(here, name), 'utf8')) as T;
const sources = readYaml<Record<string, { version: string; integrity: string }>>('sources.yaml');
const work = mkdtempSync(join(tmpdir(), 'vocabulary-'));

/** Fetches a pinned package with npm, checks its integrity and unpacks it; returns its folder. */
function fetchPackage(name: string): string {
  const { version, integrity } = sources[name]!;
  const out = execFileSync('npm', ['pack', `${name}@${version}`, '--json', '--pack-destination', work], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const file = join(work, (JSON.parse(out) as { filename: string }[])[0]!.filename);
  const actual = `sha512-${createHash('sha512').update(readFileSync(file)).digest('base64')}`;
  if (actual !== integrity) throw new Error(`${name}@${version}: integrity ${actual} is not the pinned ${integrity}`);
  const dir = join(work, name);
  execFileSync('mkdir', ['-p', dir]);
  execFileSync('tar', ['xzf', file, '-C', dir, '--strip-components=1']);
  return dir;
}

try {
  const devicon = fetchPackage('devicon');
  const simpleIcons = fetchPackage('simple-icons');
  const linguistDir = fetchPackage('linguist-languages');
  const linguist: LinguistLanguage[] = [];
  for (const file of readdirSync(join(linguistDir, 'data')).filter((f) => f.endsWith('.js')))
    linguist.push((await import(pathToFileURL(join(linguistDir, 'data', file)).href)).default as LinguistLanguage);

  const dictionary = new Dictionary();
  dictionary.addList(readFileSync(join(fetchPackage('word-list'), 'words.txt'), 'utf8'));
  for (const language of ['en', 'fr', 'de', 'es'])
    dictionary.addHunspell(readFileSync(join(fetchPackage(`dictionary-${language}`), 'index.dic'), 'utf8'));

  const taxonomy = loadTaxonomy(TAXONOMY_DIR, { vocabulary: false });
  const skills = buildVocabulary({
    devicon: JSON.parse(readFileSync(join(devicon, 'devicon.json'), 'utf8')),
    simpleIcons: JSON.parse(readFileSync(join(simpleIcons, 'data', 'simple-icons.json'), 'utf8')),
    linguist,
    additions: readYaml<{ skills: Addition[] }>('additions.yaml').skills,
    mapping: readYaml<Mapping>('mapping.yaml'),
    dictionary,
    categories: new Set(taxonomy.categories.keys()),
  });
  const from = Object.entries(sources)
    .map(([name, { version }]) => `${name}@${version}`)
    .join(', ');
  writeFileSync(VOCABULARY_FILE(TAXONOMY_DIR), vocabularyText(skills, from));
  console.log(`${skills.length} skills written to content/taxonomy/vocabulary.json (from ${from})`);

  // Curated names that are everyday words would be better marked contextual in skills.yaml.
  for (const skill of taxonomy.skills) {
    const everyday = [skill.name, ...skill.aliases].filter(
      (form) =>
        !skill.contextual.includes(form) &&
        !skill.exact.includes(form) &&
        !/\s/.test(form) &&
        /^\p{Lu}/u.test(form) &&
        dictionary.has(form) &&
        !/\p{L}\p{Lu}|[\p{N}.#+/]/u.test(form),
    );
    for (const form of everyday)
      console.log(
        `  note  skills.yaml: ${skill.name}: "${form}" is also an everyday word or a name; list it under contextual?`,
      );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
