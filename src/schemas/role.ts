import { z } from 'astro/zod';
import { LEVELS } from '../lib/levels.ts';

/** Longest summary that still fits a role card and a search-result meta description. */
export const SUMMARY_MAX = 220;

/**
 * The frontmatter of a role page in `content/roles/`: the contract between editors, the ingest
 * and the site. Every field is documented for editors in the editors' guide.
 */
export const roleSchema = z
  .object({
    /** The role as a candidate would search for it, e.g. "Senior Backend Engineer". */
    title: z.string().trim().min(3).max(120),
    /** One or two sentences for role cards and the page's meta description. */
    summary: z.string().trim().min(20).max(SUMMARY_MAX),
    /** The levels the role covers, from junior, mid, senior, staff, principal. */
    levels: z.array(z.enum(LEVELS)).min(1),
    /** The role family, an id from `content/taxonomy/families.yaml` (e.g. backend). */
    family: z.string().trim().min(1),
    /** A narrower focus within the family, such as a language (e.g. Java). Optional. */
    specialization: z.string().trim().min(1).optional(),
    /** Years of professional experience asked for: `min`, and `max` where the text gives a range. */
    experience: z
      .object({
        min: z.number().int().min(0).max(40),
        max: z.number().int().min(0).max(50).optional(),
      })
      .refine((e) => e.max === undefined || e.max >= e.min, { message: 'max must not be below min' })
      .optional(),
    /** Education asked for, in the text's words, e.g. "Bachelor's degree in computer science". */
    education: z.string().trim().min(1).optional(),
    /** Canonical skill names from `content/taxonomy/skills.yaml`, in the order the text names them. */
    skills: z.array(z.string().trim().min(1)).default([]),
    /** Where to apply for this role (a URL or mailto: link). Default: the site's apply link. */
    apply: z.string().trim().min(1).optional(),
    /** A draft shows in `npm run dev` and never in a production build. Default: false. */
    draft: z.boolean().default(false),
    /** The source text the page was generated from, relative to the repository root. */
    source: z.string().trim().min(1).optional(),
    /** When the role last changed in substance (YYYY-MM-DD). Default: the page's last commit. */
    updated: z.coerce.date().optional(),
  })
  // A misspelt field name is an error, not a field silently left out.
  .strict();

export type RoleFrontmatter = z.input<typeof roleSchema>;
export type Role = z.output<typeof roleSchema>;
