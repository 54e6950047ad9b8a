import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { z } from 'astro/zod';
import { imageSize } from 'image-size';
import { SETTINGS_FILE } from './paths.ts';
import { toHex } from './contrast.ts';
import { contrastProblems } from './theme.ts';
import { smartPunctuation } from './typography.ts';
import { checkedYaml, ContentFileError, type Issue } from './yaml-file.ts';
import { isCountry, isRegionOf } from './codes.ts';

/**
 * Where a pay range must be in the posting (pay-transparency laws): the EU member states (the
 * Pay Transparency Directive) and the US states and district with such a law in 2026.
 */
export const DEFAULT_PAY_TRANSPARENCY = [
  'EU',
  ...['CO', 'NY', 'CA', 'WA', 'IL', 'MD', 'MN', 'VT', 'NJ', 'MA', 'HI', 'DC'].map((state) => `US-${state}`),
];

/** EU, a country (DE) or a country's subdivision (US-CO), as ISO 3166 writes them. */
const jurisdiction = z
  .string()
  .trim()
  .refine(
    (code) => code === 'EU' || isCountry(code) || isRegionCode(code),
    'use EU, a country code (DE) or a country and region code (US-CO)',
  );

function isRegionCode(code: string): boolean {
  const [country, region, ...rest] = code.split('-');
  return rest.length === 0 && !!country && !!region && isRegionOf(country, region);
}

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
  /**
   * Which share images the build makes: `pages` (the default), one for every role and open
   * position with its own title; `site`, the home page's for every page, so that a site of
   * thousands of roles is built without drawing (and hosting) thousands of images.
   */
  shareImages: z.enum(['pages', 'site']).default('pages'),
});

export const settingsSchema = z.object({
  /** The employer's name, in the header, page titles and feeds. */
  company: z.string().trim().min(1).transform(smartPunctuation),
  /** The home page's headline. Default: "Careers at <company>". */
  headline: z.string().trim().min(1).max(90).transform(smartPunctuation).optional(),
  /** One or two sentences for the home page and the feeds. */
  pitch: z.string().trim().min(1).max(400).transform(smartPunctuation),
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
  navigation: z
    .array(z.object({ label: z.string().trim().min(1).transform(smartPunctuation), href: path }))
    .default([]),
  /** Logo, colours, typeface and share image. */
  brand: brandSchema,
  /**
   * Where an opening must show its pay range: EU (its member states), countries (DE) and regions
   * (US-CO). An opening located there, or remote for applicants there, without pay is refused.
   */
  payTransparency: z.array(jurisdiction).default(DEFAULT_PAY_TRANSPARENCY),
});

export type Settings = z.output<typeof settingsSchema>;
export type Brand = z.output<typeof brandSchema>;

/** Thrown when the settings cannot be used; `problems` says where and what, one entry each. */
export class SettingsError extends ContentFileError {
  override name = 'SettingsError';
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

/** The smallest share image the large previews of social networks take (half of 1200×630). */
export const SOCIAL_IMAGE_MIN = { width: 600, height: 315 };

/** A share image's width and height, if it is a PNG or JPEG. */
export function socialImageSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  try {
    const { type, width, height } = imageSize(bytes);
    return type === 'png' || type === 'jpg' ? { width, height } : undefined;
  } catch {
    return undefined;
  }
}

/** Why an image cannot be the home page's share image, if it cannot. */
function socialImageProblem(bytes: Uint8Array): string | undefined {
  const size = socialImageSize(bytes);
  if (!size) return 'is not a PNG or JPEG image';
  const { width, height } = SOCIAL_IMAGE_MIN;
  if (size.width < width || size.height < height)
    return `is ${size.width}×${size.height}: a share image needs at least ${width}×${height} (1200×630 is best)`;
  return undefined;
}

/** Problems zod cannot see: files that do not exist, a share image too small, a font not installed, colours that fail WCAG AA. */
function brandProblems(brand: Brand, contentDir: string): Issue[] {
  const found: Issue[] = [];
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
  if (brand.socialImage && existsSync(resolve(contentDir, brand.socialImage))) {
    const problem = socialImageProblem(readFileSync(resolve(contentDir, brand.socialImage)));
    if (problem) found.push({ path: ['brand', 'socialImage'], message: `content/${brand.socialImage} ${problem}` });
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

let cached: Settings | undefined;

/**
 * The site settings from `content/site.yaml`. A mistake there stops the build with its place and
 * setting; so does a brand colour that fails WCAG 2.2 AA in either theme.
 */
export function loadSettings(file = SETTINGS_FILE): Settings {
  if (cached && file === SETTINGS_FILE) return cached;
  const data = checkedYaml(file, settingsSchema, (parsed) => brandProblems(parsed.brand, dirname(file)), SettingsError);
  // Tests build the same content under a sub-path without editing the settings.
  const base = process.env.CAREERS_BASE;
  const settings = base ? { ...data, base: base.endsWith('/') ? base : `${base}/` } : data;
  if (file === SETTINGS_FILE) cached = settings;
  return settings;
}
