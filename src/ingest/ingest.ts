import { roleSchema, type RoleFrontmatter } from '../schemas/role.ts';
import { toSlug } from '../lib/slug.ts';
import { SITE_LANGUAGE } from '../lib/language.ts';
import { detectLanguage } from './language.ts';
import type { Taxonomy } from '../lib/taxonomy.ts';
import { IngestError, type IngestWarning } from './errors.ts';
import { findEducation, findExperience } from './experience.ts';
import { deriveFamily, findFamily } from './family.ts';
import { LEVEL_WORDS_PATTERN, levelsIn } from './levels.ts';
import { bodyTree, toPage } from './markdown.ts';
import { DEFAULT_LEVEL } from './rules.ts';
import { buildSections, type Section } from './sections.ts';
import { splitSentences } from './sentences.ts';
import { compileSkills, findSkillMatches, type SkillMatcher } from './skills.ts';
import { findUnmatched, position } from './unmatched.ts';
import { chooseSummary } from './summary.ts';
import { findSpecialization } from './specialization.ts';
import { findTitle, withoutGenderTag, type GenderTags } from './title.ts';

/** Larger than any role description; a file this big is something else. */
export const MAX_SOURCE_BYTES = 64 * 1024;

export interface IngestResult {
  slug: string;
  frontmatter: RoleFrontmatter;
  /** The whole role page: frontmatter and Markdown body. */
  page: string;
  warnings: IngestWarning[];
}

export interface IngestOptions {
  /** Where the text came from, as written into `source:` (relative to the repository root). */
  source: string;
  taxonomy: Taxonomy;
  /** Keep or drop a gender tag such as "(m/w/d)" in the title. Default: keep. */
  genderTags?: GenderTags;
}

/** Decodes a file's bytes, refusing what is not a role description in UTF-8 text. */
export function decodeSource(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new IngestError('the file is empty');
  if (bytes.length > MAX_SOURCE_BYTES) {
    throw new IngestError(
      `the file is ${bytes.length} bytes, more than the ${MAX_SOURCE_BYTES} a role description needs; is it the right file?`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new IngestError('the file is not UTF-8 text (save it as UTF-8, or check that it is a text file)');
  }
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text))
    throw new IngestError('the file holds control characters, so it is not plain text');
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

const compiled = new WeakMap<Taxonomy, SkillMatcher>();

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && w !== 'and' && w !== 'or');
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) offset = text.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

/** Every source sentence whose words are not on the page, in order, as a run. */
function missingSentences(sentences: string[], sections: Section[]): string[] {
  const pageText = ` ${words(
    sections
      .flatMap((s) => s.blocks)
      .map((b) => (b.kind === 'paragraph' ? b.sentences.join(' ') : b.items.join(' ')))
      .join(' '),
  ).join(' ')} `;
  return sentences.filter((s) => !pageText.includes(` ${words(s).join(' ')} `));
}

/**
 * Reads one role description and writes its role page in memory. Throws IngestError, with a
 * message for editors, when the text cannot become a page.
 */
export function ingestText(raw: string, options: IngestOptions): IngestResult {
  const text = raw.trim();
  if (text === '') throw new IngestError('the file holds no text');
  if (!/\p{L}/u.test(text)) throw new IngestError('the file holds no words');
  const warnings: IngestWarning[] = [];

  const { sentences, unfinished } = splitSentences(text);
  if (unfinished) {
    warnings.push({
      message: `the text is cut off mid-sentence; the page ends at the last whole sentence and leaves out "${unfinished.text}"`,
      line: unfinished.line,
      column: unfinished.column,
    });
  }
  if (sentences.length === 0)
    throw new IngestError('the text has no whole sentence (none ends with a full stop, question or exclamation mark)');
  const plain = sentences.map((s) => s.text);

  const title = plain
    .slice(0, 3)
    .map((sentence) => findTitle(sentence, options.genderTags))
    .find(Boolean);
  if (!title) {
    throw new IngestError(
      'no role title found in the opening sentences: expected a phrase such as "Senior Backend Engineer" with a role noun (Engineer, Developer, …)',
    );
  }
  const slug = toSlug(withoutGenderTag(title));
  if (slug === '')
    throw new IngestError(`the title "${title}" gives no usable file name; add a Latin-script title to the text`);

  let levels = levelsIn(title);
  if (levels.length === 0) {
    levels = [DEFAULT_LEVEL];
    warnings.push({
      message: `the title names no level; the page says "${DEFAULT_LEVEL}" (change \`levels\` if that is wrong)`,
    });
  }
  let family = findFamily(title, text, options.taxonomy.families);
  if (!family) {
    // A new kind of role is normal: the page gets a family named after the title, and the editor the line to add.
    family = deriveFamily(title, LEVEL_WORDS_PATTERN);
    warnings.push({
      message: `no family in content/taxonomy/families.yaml fits this role; the page says family: ${family.id}. Add it there (or change \`family\`): - { id: ${family.id}, name: ${family.name}, keywords: [${family.keywords.join(', ')}] }`,
    });
  }

  let forms = compiled.get(options.taxonomy);
  if (!forms) compiled.set(options.taxonomy, (forms = compileSkills(options.taxonomy)));
  // Read in the source itself, so that every place has its line and column; an unfinished last
  // sentence is not on the page, and neither are its skills.
  const end = unfinished ? offsetOf(text, unfinished.line, unfinished.column) : text.length;
  const whole = text.slice(0, end);
  const matches = findSkillMatches(whole, forms);
  const skills = [...new Set(matches.map((m) => m.skill.name))];
  const lang = detectLanguage(text);
  for (const term of findUnmatched(whole, matches, { lang })) {
    warnings.push({
      message: `"${term.term}" ${term.why} and is in no vocabulary: add it to content/taxonomy/skills.yaml with a category`,
      ...position(text, term.start),
    });
  }
  const summary = chooseSummary(plain, title);
  if (summary.shortened)
    warnings.push({
      message: 'no opening sentence is short enough for a summary; `summary` was shortened, please reword it',
    });

  const frontmatter: RoleFrontmatter = {
    title,
    // Only a page in another language than the site's says so.
    ...(lang === SITE_LANGUAGE ? {} : { lang }),
    summary: summary.text,
    levels,
    family: family.id,
    specialization: findSpecialization(title, options.taxonomy, forms),
    experience: findExperience(text),
    education: findEducation(text),
    skills,
    source: options.source,
  };
  const checked = roleSchema.safeParse(frontmatter);
  if (!checked.success) {
    throw new IngestError(
      `the page would not be valid: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }

  const sections = buildSections(sentences, lang);
  for (const sentence of missingSentences(plain, sections)) {
    warnings.push({ message: `a sentence of the source is not on the page as written: "${sentence}"` });
  }
  return { slug, frontmatter, page: toPage(frontmatter as Record<string, unknown>, bodyTree(sections)), warnings };
}
