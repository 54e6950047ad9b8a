import { z } from 'astro/zod';
import { LEVELS, sortLevels } from '../lib/levels.ts';
import { smartPunctuation } from '../lib/typography.ts';

/** Longest summary that still fits a role card and a search-result meta description. */
export const SUMMARY_MAX = 220;

/**
 * The frontmatter of a role page in `content/roles/`: the contract between editors, the ingest
 * and the site. Each field's description and example feed the editors' guide (`npm run docs`),
 * so the guide cannot drift from the schema.
 */
export const roleSchema = z
  .object({
    // Text fields read as the Markdown body does, with curly quotes and apostrophes.
    title: z.string().trim().min(3).max(120).transform(smartPunctuation).meta({
      description: 'The role as candidates search for it.',
      example: 'Senior Backend Engineer',
    }),
    lang: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'use a language code such as fr, de, es or pt-BR')
      .optional()
      .meta({
        description:
          "The language the page is written in, as a code (fr, de, es). Sets the page's language for browsers, screen readers and search. Default: the site's language, en (the ingest writes it for texts in another language).",
        example: 'fr',
      }),
    summary: z
      .string()
      .trim()
      .min(20)
      .max(SUMMARY_MAX)
      .transform(smartPunctuation)
      .meta({
        description: `One or two sentences for role cards, search results and the meta description; at most ${SUMMARY_MAX} characters.`,
        example: 'A Senior Backend Engineer designs the services other teams build on.',
      }),
    levels: z
      .array(z.enum(LEVELS))
      .min(1)
      // In career order and without repeats, however an editor lists them: pages rely on the first being the lowest.
      .transform((levels) => sortLevels(levels))
      .meta({ description: `The levels the role covers: ${LEVELS.join(', ')}.`, example: ['senior', 'staff'] }),
    family: z.string().trim().min(1).meta({
      description: 'The role family, an id from content/taxonomy/families.yaml.',
      example: 'backend',
    }),
    specialization: z.string().trim().min(1).transform(smartPunctuation).optional().meta({
      description: 'A narrower focus within the family, such as a language.',
      example: 'Java',
    }),
    experience: z
      .object({
        min: z.number().int().min(0).max(40),
        max: z.number().int().min(0).max(50).optional(),
      })
      .refine((e) => e.max === undefined || e.max >= e.min, { message: 'max must not be below min' })
      .optional()
      .meta({ description: 'Years of experience asked for: min, and max for a range.', example: { min: 5, max: 10 } }),
    education: z.string().trim().min(1).transform(smartPunctuation).optional().meta({
      description: 'Education asked for, in plain words.',
      example: "Bachelor's degree in computer science or a related field",
    }),
    skills: z
      .array(z.string().trim().min(1))
      .default([])
      .meta({
        description: 'Skill names from content/taxonomy/skills.yaml, most important first. Default: none.',
        example: ['Java', 'Kafka', 'PostgreSQL'],
      }),
    apply: z
      .string()
      .trim()
      .regex(/^(https?:\/\/|mailto:)/, 'use an https:// link or a mailto: address')
      .optional()
      .meta({
        description:
          "Where to apply for this role: an https:// link or a mailto: address. Default: the site's apply link.",
        example: 'https://jobs.example.com/senior-backend-engineer',
      }),
    draft: z.boolean().default(false).meta({
      description: 'true keeps the page out of the published site; it shows in npm run dev. Default: false.',
      example: true,
    }),
    source: z.string().trim().min(1).optional().meta({
      description: 'The source text the page was generated from (written by the ingest).',
      example: 'content/sources/senior-backend-engineer.txt',
    }),
    // A plain YYYY-MM-DD is a date to every YAML reader here; a quoted one is text, read the same way.
    // Nothing else is a date: no number, no "March 2026", no one-digit month or day.
    updated: z
      .union([z.date(), z.iso.date().transform((text) => new Date(text))], {
        error: 'write the date as YYYY-MM-DD, e.g. 2026-03-01',
      })
      .optional()
      .meta({
        description:
          "When the role last changed in substance (YYYY-MM-DD). Default: the date of the page's last commit.",
        example: '2026-03-01',
      }),
  })
  // A misspelt field name is an error, not a field silently left out.
  .strict();

export type RoleFrontmatter = z.input<typeof roleSchema>;
export type Role = z.output<typeof roleSchema>;
