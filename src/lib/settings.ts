import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { isMap, LineCounter, parseDocument, type Node } from 'yaml';
import { YAML_OPTIONS } from './yaml.ts';
import { z } from 'astro/zod';
import { SETTINGS_FILE } from './paths.ts';
import { toHex } from './contrast.ts';
import { contrastProblems } from './theme.ts';

const path = z.string().regex(/^\//, 'start with /');
const colour = z
  .string()
  .trim()
  .refine((value) => toHex(value) !== undefined, 'use a CSS colour such as "#0f766e"')
  .transform((value) => toHex(value)!);
/** A file inside the content folder, such as `brand/logo.svg`. */
const contentFile = (ext: RegExp, what: string) =>
  z
    .string()
    .trim()
    .regex(/^(?!\/)(?!.*\.\.)/, 'give a path inside content/, such as "brand/logo.svg"')
    .regex(ext, `use ${what}`);

export const brandSchema = z.object({
  /** The logo shown in the header and on share images: an SVG in content/, e.g. brand/logo.svg. */
  logo: contentFile(/\.svg$/i, 'an .svg file'),
  /** The accent colour of the light theme: links, buttons, focus rings. The dark theme derives its own. */
  accent: colour,
  /** The dark theme's accent, if the brand has one; default: the accent made light enough for dark backgrounds. */
  accentDark: colour.optional(),
  /** A second colour for highlights (the hiring steps, the hero's edge). Optional. */
  secondary: colour.optional(),
  /** The typeface: a Fontsource package (weights 400 and 700, Latin subset), installed with npm. */
  font: z
    .string()
    .trim()
    .regex(/^@fontsource\/[a-z0-9-]+$/, 'name a Fontsource package, such as "@fontsource/figtree"')
    .default('@fontsource/figtree'),
  /** A 1200×630 PNG or JPEG in content/ shared for the home page instead of the generated one. Optional. */
  socialImage: contentFile(/\.(png|jpe?g)$/i, 'a .png or .jpg file').optional(),
});

export const settingsSchema = z.object({
  /** The employer's name, in the header, page titles and feeds. */
  company: z.string().trim().min(1),
  /** The home page's headline. Default: "Careers at <company>". */
  headline: z.string().trim().min(1).max(90).optional(),
  /** One or two sentences for the home page and the feeds. */
  pitch: z.string().trim().min(1).max(400),
  /** The published address of the site, without a trailing slash. */
  url: z.url().transform((u) => u.replace(/\/+$/, '')),
  /** The sub-path the site lives under: "/" or "/careers/". Default "/". */
  base: path.default('/').transform((b) => (b.endsWith('/') ? b : `${b}/`)),
  /** The default apply link (a URL or mailto:) for roles without their own. */
  apply: z
    .string()
    .trim()
    .regex(/^(https?:\/\/|mailto:)/, 'use an https:// link or a mailto: address'),
  /** The repository the site is built from, for "edit this page" links. Optional. */
  repository: z.url({ protocol: /^https$/ }).optional(),
  /** The branch that is published. Default "main". */
  branch: z.string().trim().min(1).default('main'),
  /** Whether role titles keep a gender tag such as "(m/w/d)" or "(H/F)" from the source text. Default "keep". */
  genderTags: z.enum(['keep', 'drop']).default('keep'),
  /** Where "edit this page" links show: in preview builds and `npm run dev` only (default), always, or never. */
  editLinks: z.enum(['preview', 'always', 'never']).default('preview'),
  /** Main navigation links, in order; paths inside the site. */
  navigation: z.array(z.object({ label: z.string().trim().min(1), href: path })).default([]),
  /** Logo, colours, typeface and share image. */
  brand: brandSchema,
});

export type Settings = z.output<typeof settingsSchema>;
export type Brand = z.output<typeof brandSchema>;

/** One mistake in the settings file, where it is. */
export interface SettingsProblem {
  file: string;
  line: number;
  column: number;
  /** The setting, as a dotted path: `brand.accent`. */
  field: string;
  message: string;
}

/** Thrown when the settings cannot be used; `problems` says where and what, one entry each. */
export class SettingsError extends Error {
  override name = 'SettingsError';
  readonly problems: SettingsProblem[];
  constructor(problems: SettingsProblem[]) {
    super(
      problems.map((p) => `${p.file}:${p.line}:${p.column}  ${p.field}  ${p.message}`).join('\n') ||
        'the settings have mistakes',
    );
    this.problems = problems;
  }
}

/** The font files a Fontsource package holds for one weight (Latin subset), and its family name. */
export function fontFiles(pkg: string, from = process.cwd()) {
  const require = createRequire(join(from, 'package.json'));
  let dir: string;
  try {
    dir = dirname(require.resolve(`${pkg}/package.json`));
  } catch {
    return undefined;
  }
  const meta = JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8')) as {
    id: string;
    family: string;
    category: string;
  };
  const file = (weight: number, format: 'woff2' | 'woff') =>
    join(dir, 'files', `${meta.id}-latin-${weight}-normal.${format}`);
  return { family: meta.family, category: meta.category, file };
}

/** Problems zod cannot see: files that do not exist, a font not installed, colours that fail WCAG AA. */
function brandProblems(brand: Brand, contentDir: string): { path: (string | number)[]; message: string }[] {
  const found: { path: (string | number)[]; message: string }[] = [];
  for (const key of ['logo', 'socialImage'] as const) {
    const file = brand[key];
    if (file && !existsSync(resolve(contentDir, file))) {
      found.push({ path: ['brand', key], message: `content/${file} does not exist` });
    }
  }
  if (
    existsSync(resolve(contentDir, brand.logo)) &&
    !/<svg[\s>]/.test(readFileSync(resolve(contentDir, brand.logo), 'utf8'))
  ) {
    found.push({ path: ['brand', 'logo'], message: `content/${brand.logo} is not an SVG image` });
  }
  if (!fontFiles(brand.font)) {
    found.push({
      path: ['brand', 'font'],
      message: `the font package ${brand.font} is not installed: run npm install ${brand.font}`,
    });
  }
  for (const problem of contrastProblems(brand)) {
    const field = problem.field ?? 'accent';
    const fix = problem.suggestion ? `; the nearest colour that passes is ${problem.suggestion}` : '';
    found.push({ path: ['brand', field], message: `${problem.message}${fix}` });
  }
  return found;
}

/** Line and column of a settings path in the YAML, or of the nearest enclosing entry that exists. */
function place(doc: ReturnType<typeof parseDocument>, lines: LineCounter, at: (string | number)[]) {
  for (let depth = at.length; depth >= 0; depth--) {
    const node = (depth === 0 ? doc.contents : doc.getIn(at.slice(0, depth), true)) as Node | null | undefined;
    const offset = node?.range?.[0];
    if (offset !== undefined) {
      const { line, col } = lines.linePos(offset);
      return { line, column: col };
    }
  }
  return { line: 1, column: 1 };
}

let cached: Settings | undefined;

/**
 * The site settings from `content/site.yaml`. A mistake there stops the build with its place and
 * setting; so does a brand colour that fails WCAG 2.2 AA in either theme.
 */
export function loadSettings(file = SETTINGS_FILE): Settings {
  if (cached && file === SETTINGS_FILE) return cached;
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { ...YAML_OPTIONS, lineCounter: lines });
  if (doc.errors.length > 0) {
    throw new SettingsError(
      doc.errors.map((error) => ({
        file,
        line: error.linePos?.[0].line ?? 1,
        column: error.linePos?.[0].col ?? 1,
        field: '(file)',
        message: `the YAML does not parse: ${error.message.split('\n')[0]}`,
      })),
    );
  }
  const raw: unknown = isMap(doc.contents) ? doc.toJS() : doc.contents ? doc.toJS() : {};
  const result = settingsSchema.safeParse(raw);
  const issues = result.success
    ? brandProblems(result.data.brand, dirname(file))
    : result.error.issues.map((i) => ({ path: i.path as (string | number)[], message: i.message }));
  if (issues.length > 0 || !result.success) {
    throw new SettingsError(
      issues.map(({ path, message }) => ({
        file,
        ...place(doc, lines, path),
        field: path.join('.') || '(top)',
        message,
      })),
    );
  }
  // Tests build the same content under a sub-path without editing the settings.
  const base = process.env.CAREERS_BASE;
  const settings = base ? { ...result.data, base: base.endsWith('/') ? base : `${base}/` } : result.data;
  if (file === SETTINGS_FILE) cached = settings;
  return settings;
}
