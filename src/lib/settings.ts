import { readFileSync } from 'node:fs';
import { readYaml } from './yaml.ts';
import { z } from 'astro/zod';
import { SETTINGS_FILE } from './paths.ts';

const path = z.string().regex(/^\//, 'start with /');

export const settingsSchema = z.object({
  /** The employer's name, in the header, page titles and feeds. */
  company: z.string().trim().min(1),
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
  /** Main navigation links, in order; paths inside the site. */
  navigation: z.array(z.object({ label: z.string().trim().min(1), href: path })).default([]),
});

export type Settings = z.output<typeof settingsSchema>;

let cached: Settings | undefined;

/** The site settings from `content/site.yaml`; a mistake there stops the build with its field. */
export function loadSettings(file = SETTINGS_FILE): Settings {
  if (cached && file === SETTINGS_FILE) return cached;
  const result = settingsSchema.safeParse(readYaml(readFileSync(file, 'utf8')));
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join('.') || '(top)'}: ${i.message}`).join('\n');
    throw new Error(`${file} has mistakes:\n${problems}`);
  }
  // Tests build the same content under a sub-path without editing the settings.
  const base = process.env.CAREERS_BASE;
  const settings = base ? { ...result.data, base: base.endsWith('/') ? base : `${base}/` } : result.data;
  if (file === SETTINGS_FILE) cached = settings;
  return settings;
}
