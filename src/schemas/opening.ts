import { z } from 'astro/zod';
import { isCountry, isCurrency, isRegionOf } from '../lib/codes.ts';
import { smartPunctuation } from '../lib/typography.ts';

export const WORKPLACES = ['on-site', 'hybrid', 'remote'] as const;
export const EMPLOYMENTS = ['full-time', 'part-time', 'contract', 'temporary', 'internship'] as const;
export const PAY_UNITS = ['year', 'month', 'week', 'day', 'hour'] as const;
export const ATS_SYSTEMS = ['greenhouse', 'lever', 'ashby'] as const;

export type Workplace = (typeof WORKPLACES)[number];
export type Employment = (typeof EMPLOYMENTS)[number];
export type PayUnit = (typeof PAY_UNITS)[number];

/** A plain YYYY-MM-DD is a date to every YAML reader here; a quoted one is text, read the same way. */
const date = z.union([z.date(), z.iso.date().transform((text) => new Date(text))], {
  error: 'write the date as YYYY-MM-DD, e.g. 2026-03-01',
});

const country = z.string().trim().refine(isCountry, 'use an ISO 3166-1 alpha-2 country code, such as DE, NL or US');

const location = z
  .object({
    city: z.string().trim().min(1).transform(smartPunctuation).optional(),
    region: z.string().trim().min(1).optional(),
    country,
    /** The street address, where the job has one office to name. */
    street: z.string().trim().min(1).optional(),
    postalCode: z.string().trim().min(1).optional(),
  })
  .strict()
  .superRefine((place, ctx) => {
    if (place.region && isCountry(place.country) && !isRegionOf(place.country, place.region))
      ctx.addIssue({
        code: 'custom',
        path: ['region'],
        message: `"${place.region}" is not a region of ${place.country}: use its ISO 3166-2 code without the country, such as CA for California`,
      });
  });

/** A time zone as an offset from UTC ("UTC+01:00", "UTC-05:00") or an IANA name ("Europe/Berlin"). */
const timezone = z
  .string()
  .trim()
  .refine(
    (zone) => /^UTC(?:[+-](?:0\d|1[0-4]):[0-5]\d)?$/.test(zone) || isTimeZone(zone),
    'write a time zone as UTC+01:00 or as an IANA name such as Europe/Berlin',
  );

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/');
  } catch {
    return false;
  }
}

const money = z.number().nonnegative().max(100_000_000);

/**
 * The frontmatter of an opening in `content/openings/`: one job, under one role. The contract
 * between editors, `npm run new -- --opening`, `npm run import` and the site; each field's
 * description and example feed the editors' guide.
 */
export const openingSchema = z
  .object({
    role: z.string().trim().min(1).meta({
      description: 'The role this opening is for: the file name of its page in content/roles/, without .md.',
      example: 'senior-backend-engineer',
    }),
    title: z.string().trim().min(3).max(140).transform(smartPunctuation).optional().meta({
      description: "The job's title. Default: the role's title.",
      example: 'Senior Backend Engineer, Payments',
    }),
    team: z.string().trim().min(1).max(80).transform(smartPunctuation).optional().meta({
      description: 'The team the person joins.',
      example: 'Payments',
    }),
    locations: z
      .array(location)
      .default([])
      .meta({
        description:
          'Where the job is: city, region (ISO 3166-2, without the country), country (ISO 3166-1 alpha-2), and street and postalCode for an office to name. Default: none (remote only).',
        example: [{ city: 'Berlin', region: 'BE', country: 'DE' }],
      }),
    remote: z
      .object({
        countries: z.array(country).default([]),
        timezones: z.array(timezone).default([]),
      })
      .strict()
      .optional()
      .meta({
        description:
          'For remote work: where applicants may live, as countries and/or time zones. An empty remote: {} means anywhere.',
        example: { countries: ['DE', 'NL', 'PL'] },
      }),
    workplace: z.enum(WORKPLACES).meta({
      description: `Where the work is done: ${WORKPLACES.join(', ')}.`,
      example: 'hybrid',
    }),
    employment: z
      .enum(EMPLOYMENTS)
      .default('full-time')
      .meta({
        description: `The kind of contract: ${EMPLOYMENTS.join(', ')}. Default: full-time.`,
        example: 'full-time',
      }),
    pay: z
      .object({
        currency: z.string().trim().refine(isCurrency, 'use an ISO 4217 currency code, such as EUR, USD or GBP'),
        min: money,
        max: money,
        unit: z.enum(PAY_UNITS),
      })
      .strict()
      .refine((pay) => pay.max >= pay.min, { message: 'max must not be below min', path: ['max'] })
      .optional()
      .meta({
        description: `The pay range: currency (ISO 4217), min and max, and the unit (${PAY_UNITS.join(', ')}). Required where site.yaml's payTransparency lists the job's place.`,
        example: { currency: 'EUR', min: 85000, max: 105000, unit: 'year' },
      }),
    opens: date.meta({
      description: 'The day the opening is posted (YYYY-MM-DD); before it, the opening is not listed.',
      example: '2026-11-02',
    }),
    closes: date.optional().meta({
      description:
        'The last day to apply (YYYY-MM-DD). From the next day the page says the position is closed. Default: open until removed.',
      example: '2027-01-31',
    }),
    apply: z
      .string()
      .trim()
      .regex(/^https?:\/\/[^\s]+$/, 'use an http:// or https:// link')
      .optional()
      .meta({
        description: "Where to apply: an http(s) link. Default: the role's apply link, else the site's.",
        example: 'https://jobs.example.com/1234',
      }),
    ats: z
      .object({ system: z.enum(ATS_SYSTEMS), id: z.string().trim().min(1) })
      .strict()
      .optional()
      .meta({
        description:
          'The job in the applicant tracking system it was imported from (written by npm run import; keep it so a new import updates this file).',
        example: { system: 'greenhouse', id: '4012345' },
      }),
    draft: z.boolean().default(false).meta({
      description: 'true keeps the opening out of the published site; it shows in npm run dev. Default: false.',
      example: true,
    }),
  })
  .strict()
  .superRefine((opening, ctx) => {
    for (const issue of crossFieldIssues(opening)) ctx.addIssue({ code: 'custom', ...issue });
  });

/**
 * The rules between fields, on whichever fields are valid on their own, so that the content
 * check reports them alongside the problems of other fields.
 */
export function crossFieldIssues(opening: Partial<Opening>): { path: string[]; message: string }[] {
  const issues: { path: string[]; message: string }[] = [];
  if (opening.opens && opening.closes && opening.closes.getTime() < opening.opens.getTime())
    issues.push({ path: ['closes'], message: 'closes is before opens' });
  if (opening.workplace === 'remote' && opening.remote === undefined)
    issues.push({
      path: ['remote'],
      message:
        'a remote opening says where applicants may live: remote: { countries: [DE, NL] }, or remote: {} for anywhere',
    });
  if (opening.workplace && opening.workplace !== 'remote' && opening.locations?.length === 0)
    issues.push({
      path: ['locations'],
      message: `an ${opening.workplace} opening needs at least one location: locations: [{ city: Berlin, country: DE }]`,
    });
  return issues;
}

export type OpeningFrontmatter = z.input<typeof openingSchema>;
export type Opening = z.output<typeof openingSchema>;
