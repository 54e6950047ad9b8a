/**
 * Synthetic role pages that look like the real ones: levels, families and 5–15 skills from the
 * taxonomy, 450–600 words in the usual sections, text varied from the supplied descriptions.
 * Seeded, so the same N gives the same pages on every run.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeMatter } from '../src/lib/yaml.ts';
import { splitSentences } from '../src/ingest/sentences.ts';
import { LEVELS, LEVEL_LABELS } from '../src/lib/levels.ts';
import { loadTaxonomy } from '../src/lib/taxonomy.ts';
import { toSlug } from '../src/lib/slug.ts';

/** mulberry32: a small, fast, seeded generator. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEAMS =
  'Payments Search Platform Identity Billing Data Growth Messaging Checkout Risk Mobile Infrastructure Catalog Ledger Notifications Pricing'.split(
    ' ',
  );
const NOUNS = ['Engineer', 'Developer', 'Software Engineer'];
const SECTIONS = ['About the role', 'What you will do', 'What you will bring', 'Why this role'];

/** Writes a content folder with N role pages, the project's settings and taxonomy; returns its path. */
export function generateContent(dir: string, count: number, seed = 42): string {
  const content = join(dir, 'content');
  mkdirSync(join(content, 'roles'), { recursive: true });
  cpSync('content/taxonomy', join(content, 'taxonomy'), { recursive: true });
  cpSync('content/site.yaml', join(content, 'site.yaml'));
  cpSync('content/brand', join(content, 'brand'), { recursive: true });
  cpSync('content/hiring.yaml', join(content, 'hiring.yaml'));
  const taxonomy = loadTaxonomy(join(content, 'taxonomy'));
  const sentences = readdirSync('content/sources')
    .flatMap((file) => splitSentences(readFileSync(join('content/sources', file), 'utf8')).sentences.map((s) => s.text))
    .filter((s) => s.split(' ').length > 8);
  const rand = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  // The curated skills only, so that the synthetic site keeps the size it was measured at.
  const skillNames = taxonomy.skills.filter((s) => s.origin !== 'vocabulary').map((s) => s.name);

  for (let i = 0; i < count; i++) {
    const family = pick(taxonomy.families);
    const first = Math.floor(rand() * LEVELS.length);
    const levels = rand() < 0.2 && first < LEVELS.length - 1 ? [LEVELS[first]!, LEVELS[first + 1]!] : [LEVELS[first]!];
    const title = `${levels
      .map((l) => LEVEL_LABELS[l].replace('Mid-level', ''))
      .join(' and ')
      .trim()} ${family.name.split(' ')[0]} ${pick(NOUNS)}, ${pick(TEAMS)} ${i + 1}`
      .replace(/\s+/g, ' ')
      .trim();
    const skills = [...new Set(Array.from({ length: 5 + Math.floor(rand() * 11) }, () => pick(skillNames)))];
    const words = 450 + Math.floor(rand() * 151);
    const body: string[] = [];
    let written = 0;
    SECTIONS.forEach((heading, index) => {
      body.push(`## ${heading}`, '');
      const share = index === SECTIONS.length - 1 ? words - written : Math.floor(words / 4);
      let section = 0;
      const lines: string[] = [];
      while (section < share) {
        // Varied text: supplied sentences, with this role's skills and team woven in.
        const sentence = pick(sentences).replace(/\b(Java|Python|Kafka|Docker|Kubernetes|AWS)\b/g, () => pick(skills));
        lines.push(sentence);
        section += sentence.split(' ').length;
      }
      written += section;
      if (index === 1) body.push(...lines.map((l) => `- ${l}`), '');
      else body.push(lines.join(' '), '');
    });
    const data: Record<string, unknown> = {
      title,
      summary: `A ${title} at the ${pick(TEAMS)} team builds and runs the systems behind the product.`,
      levels,
      family: family.id,
      skills,
    };
    if (rand() < 0.5) data.experience = { min: 2 + first * 2 };
    writeFileSync(join(content, 'roles', `${toSlug(title)}.md`), writeMatter(`\n${body.join('\n')}`, data));
  }
  return content;
}

const SYLLABLES = ['Ka', 'Lo', 'Mi', 'Ne', 'Ru', 'Ta', 'Vi', 'Zo'];
const FRAMES = ['Explore', 'Discover', 'Join us as a', 'Find'];

/** A capitalised word of its own for each number, so that every title (and page) differs. */
function codeWord(n: number): string {
  let word = '';
  for (let i = 0; i < 4; i++, n = Math.floor(n / SYLLABLES.length)) word += SYLLABLES[n % SYLLABLES.length];
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/**
 * Writes N role descriptions as the ingest reads them (one paragraph of recruiting prose,
 * 300–500 words, a title in its opening sentence) into `dir/sources`; returns the folder.
 * Sentences come from the supplied descriptions, with skills of the whole vocabulary woven in.
 * Seeded, so the same N gives the same texts on every run.
 */
export function generateTexts(dir: string, count: number, seed = 42): string {
  const sources = join(dir, 'sources');
  mkdirSync(sources, { recursive: true });
  const taxonomy = loadTaxonomy('content/taxonomy');
  const sentences = readdirSync('content/sources')
    .flatMap((file) => splitSentences(readFileSync(join('content/sources', file), 'utf8')).sentences.map((s) => s.text))
    .filter((s) => s.split(' ').length > 8);
  const rand = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const skillNames = taxonomy.skills.map((s) => s.name);
  for (let i = 0; i < count; i++) {
    const family = pick(taxonomy.families);
    const level = LEVEL_LABELS[pick(LEVELS)].replace('Mid-level', '').trim();
    const title = `${level} ${family.name.split(' ')[0]} ${pick(NOUNS)} ${codeWord(i)}`.replace(/\s+/g, ' ').trim();
    const words = 300 + Math.floor(rand() * 201);
    const text = [`${pick(FRAMES)} ${title} jobs on the ${pick(TEAMS)} team.`];
    let written = text[0]!.split(' ').length;
    while (written < words) {
      const sentence = pick(sentences).replace(/\b(Java|Python|Kafka|Docker|Kubernetes|AWS)\b/g, () =>
        pick(skillNames),
      );
      if (written + sentence.split(' ').length > 500) break;
      text.push(sentence);
      written += sentence.split(' ').length;
    }
    writeFileSync(join(sources, `${toSlug(title)}.txt`), `${text.join(' ')}\n`);
  }
  return sources;
}
