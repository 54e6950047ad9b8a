/**
 * Google's rules for JobPosting structured data, as a schema, so that a test can tell what Google
 * would refuse or complain of before a page ships:
 * https://developers.google.com/search/docs/appearance/structured-data/job-posting
 *
 * Required: title, description (the full description, in HTML), datePosted, hiringOrganization,
 * and jobLocation, unless the job is 100% remote (jobLocationType TELECOMMUTE), which in turn
 * needs applicantLocationRequirements. Recommended, and checked when present: validThrough,
 * employmentType, baseSalary, identifier, directApply, hiringOrganization's sameAs and logo.
 */
import { z } from 'astro/zod';
import { isCountry, isCurrency } from '../../src/lib/codes.ts';

const stripTags = (html: string) => html.replace(/<[^>]*>/g, '').trim();

const text = z.string().trim().min(1, 'is empty');

const absoluteUrl = z.url({ protocol: /^https?$/, error: 'use an absolute http(s) URL' });

/** ISO 8601: a date, or a date and time with or without its offset, as Google's examples write them. */
const isoDate = z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })], {
  error: (issue) =>
    issue.input === undefined
      ? 'is required'
      : 'use an ISO 8601 date (2026-11-02) or date and time (2026-11-02T09:00:00+01:00)',
});

/** One value or a list of them, as schema.org allows: checked as a list. */
const oneOrMore = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (Array.isArray(value) ? value : [value]), z.array(item).min(1, 'is empty'));

const EMPLOYMENT_TYPES = [
  'FULL_TIME',
  'PART_TIME',
  'CONTRACTOR',
  'TEMPORARY',
  'INTERN',
  'VOLUNTEER',
  'PER_DIEM',
  'OTHER',
] as const;
const UNIT_TEXTS = ['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR'] as const;

const postalAddress = z.object({
  '@type': z.literal('PostalAddress'),
  streetAddress: text.optional(),
  addressLocality: text.optional(),
  addressRegion: text.optional(),
  postalCode: text.optional(),
  // Google: the address must name its country.
  addressCountry: z.string().refine(isCountry, 'use an ISO 3166-1 alpha-2 country code, such as DE or US'),
});

const place = z.object({ '@type': z.literal('Place'), address: postalAddress });

/** A place remote applicants may live in: Google's examples give countries and states by name. */
const area = z.object({
  '@type': z.enum(['Country', 'State', 'AdministrativeArea', 'City']),
  name: text,
});

const quantitativeValue = z
  .object({
    '@type': z.literal('QuantitativeValue'),
    value: z.number().nonnegative().optional(),
    minValue: z.number().nonnegative().optional(),
    maxValue: z.number().nonnegative().optional(),
    unitText: z.enum(UNIT_TEXTS, { error: `use one of ${UNIT_TEXTS.join(', ')}` }),
  })
  .superRefine((amount, ctx) => {
    if (amount.value === undefined && amount.minValue === undefined && amount.maxValue === undefined)
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'give value, or minValue and maxValue' });
    if (amount.minValue !== undefined && amount.maxValue !== undefined && amount.minValue > amount.maxValue)
      ctx.addIssue({ code: 'custom', path: ['maxValue'], message: 'is below minValue' });
  });

const monetaryAmount = z.object({
  '@type': z.literal('MonetaryAmount'),
  currency: z.string().refine(isCurrency, 'use an ISO 4217 currency code, such as EUR or USD'),
  value: quantitativeValue,
});

const organization = z.object({
  '@type': z.literal('Organization'),
  name: text,
  sameAs: absoluteUrl.optional(),
  logo: z.union([absoluteUrl, z.object({ '@type': z.literal('ImageObject'), url: absoluteUrl })]).optional(),
});

/** Some text once the tags are gone, and at least one element: Google reads the description as HTML. */
const html = text
  .refine((value) => /<[a-z][a-z0-9]*(\s[^>]*)?\/?>/i.test(value), 'write the description as HTML, e.g. <p>…</p>')
  .refine((value) => stripTags(value).length > 0, 'has no text');

const jobPostingSchema = z.object({
  '@context': z.enum(['https://schema.org', 'https://schema.org/', 'http://schema.org', 'http://schema.org/']),
  '@type': z.literal('JobPosting'),
  title: text.refine((value) => !/<[^>]+>/.test(value), 'give the job title as plain text, without HTML'),
  description: html,
  datePosted: isoDate,
  validThrough: isoDate.optional(),
  employmentType: oneOrMore(
    z.enum(EMPLOYMENT_TYPES, { error: `use one of ${EMPLOYMENT_TYPES.join(', ')}` }),
  ).optional(),
  hiringOrganization: organization,
  jobLocation: oneOrMore(place).optional(),
  jobLocationType: z.literal('TELECOMMUTE', { error: 'the only value Google takes is TELECOMMUTE' }).optional(),
  applicantLocationRequirements: oneOrMore(area).optional(),
  baseSalary: monetaryAmount.optional(),
  identifier: z
    .object({ '@type': z.literal('PropertyValue'), name: text, value: z.union([text, z.number()]) })
    .optional(),
  directApply: z.boolean().optional(),
  url: absoluteUrl.optional(),
});

/**
 * The rules between properties, checked on whatever the posting holds, so that they are
 * reported alongside the problems of single properties.
 */
function crossPropertyProblems(data: unknown): string[] {
  if (typeof data !== 'object' || data === null) return [];
  const posting = data as Record<string, unknown>;
  const problems: string[] = [];
  const { title, description, datePosted, validThrough } = posting;
  if (typeof title === 'string' && typeof description === 'string' && stripTags(description) === title.trim())
    problems.push('description: is the same as the title: give the full description of the job');
  if (
    typeof datePosted === 'string' &&
    typeof validThrough === 'string' &&
    Date.parse(validThrough) <= Date.parse(datePosted)
  )
    problems.push(`validThrough: ${validThrough} is not after datePosted ${datePosted}`);
  const remote = posting.jobLocationType === 'TELECOMMUTE';
  if (!remote && posting.jobLocation === undefined)
    problems.push('jobLocation: is required unless the job is 100% remote (jobLocationType: TELECOMMUTE)');
  if (remote && posting.applicantLocationRequirements === undefined)
    problems.push(
      'applicantLocationRequirements: is required with jobLocationType TELECOMMUTE: name where applicants may live',
    );
  return problems;
}

/**
 * ['jobLocation', 0, 'address', 'addressCountry'] → "jobLocation[0].address.addressCountry", or
 * "jobLocation.address.addressCountry" where the posting gives one Place, not a list.
 */
function propertyPath(path: readonly PropertyKey[], data: unknown): string {
  let node = data;
  let out = '';
  for (const key of path) {
    const isIndex = typeof key === 'number';
    if (isIndex && !Array.isArray(node)) continue;
    out += isIndex ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
    node = typeof node === 'object' && node !== null ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return out;
}

/**
 * What Google would find wrong with a JobPosting, one message per problem, each starting with
 * the property it is about ("baseSalary.currency: use an ISO 4217 currency code…"). Empty when
 * the posting meets the rules.
 */
export function jobPostingProblems(data: unknown): string[] {
  const result = jobPostingSchema.safeParse(data, {
    error: (issue) => (issue.input === undefined ? 'is required' : undefined),
  });
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => `${propertyPath(issue.path, data) || 'JobPosting'}: ${issue.message}`);
  return [...problems, ...crossPropertyProblems(data)];
}
