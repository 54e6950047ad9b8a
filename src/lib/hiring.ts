import { existsSync } from 'node:fs';
import { z } from 'astro/zod';
import { HIRING_FILE } from './paths.ts';
import { smartPunctuation } from './typography.ts';
import { checkedYaml, ContentFileError } from './yaml-file.ts';

/** Text of at most `max` characters, with curly quotes as the rest of the site has them. */
const text = (max: number) => z.string().trim().min(1).max(max).transform(smartPunctuation);
const link = z
  .string()
  .trim()
  .regex(/^(https:\/\/|mailto:|\/)/, 'use an https:// link, a mailto: address or a path inside the site');
const item = z.object({
  /** A few words: "Pay you can see". */
  title: text(60),
  /** One or two sentences. */
  text: text(300),
});

/** `content/hiring.yaml`: the hiring story, owned by the careers team. */
export const hiringSchema = z.object({
  /** What working here brings, each with a short title; role pages show the titles. */
  benefits: z.array(item).min(1),
  process: z.object({
    /** The steps from application to offer, in order. */
    steps: z
      .array(
        z.object({
          name: text(40),
          /** How long the step takes: "30 minutes", "half a day". */
          duration: text(40),
          text: text(300),
        }),
      )
      .min(2),
    /** How long the whole process usually takes: "about 3 weeks". */
    total: text(60).optional(),
  }),
  /** What the company values, each with a short title. */
  values: z.array(item).default([]),
  /** The equal-opportunity statement, shown in full on every role page. */
  equalOpportunity: text(800),
  /** Accessibility and accommodations during hiring, and where to ask for them. */
  accessibility: z.object({ text: text(600), contact: link.optional() }),
  /** The privacy notice for applicants. */
  privacy: z.object({ label: text(80), href: link }),
});

export type Hiring = z.output<typeof hiringSchema>;

export class HiringError extends ContentFileError {
  override name = 'HiringError';
}

let cached: Hiring | undefined;

/** The hiring story from `content/hiring.yaml`; a mistake there stops the build at its line. */
export function loadHiring(file = HIRING_FILE): Hiring {
  if (cached && file === HIRING_FILE) return cached;
  if (!existsSync(file)) {
    throw new HiringError([
      {
        file,
        line: 1,
        column: 1,
        field: '(file)',
        message: 'the hiring story is missing: copy content/hiring.yaml from the project and edit it',
      },
    ]);
  }
  const hiring = checkedYaml(file, hiringSchema, () => [], HiringError);
  if (file === HIRING_FILE) cached = hiring;
  return hiring;
}
