/**
 * Each board's public job-board API response, checked against the shape its documentation gives
 * (zod), and read into ImportedJob:
 *
 * - Greenhouse Job Board API, `GET /v1/boards/{board}/jobs?content=true&pay_transparency=true`
 * - Lever postings API, `GET /v0/postings/{site}?mode=json`
 * - Ashby posting API, `GET /posting-api/job-board/{name}?includeCompensation=true`
 *
 * Fields the site has no use for are let through unread; a field the reading needs that has the
 * wrong type refuses the whole export.
 */
import { decodeHTML } from 'entities';
import { z } from 'astro/zod';
import type { Employment, Workplace } from '../schemas/opening.ts';
import { isCountry } from '../lib/codes.ts';
import { dayOf, payUnit, spanOf, type ImportedJob, type Pay, type System } from './job.ts';
import { readAddress, readPlaceText, type Place } from './places.ts';
import { employmentIn } from './title.ts';

const text = z.string().nullish();

// Greenhouse -------------------------------------------------------------------------------

const greenhouseRange = z.object({
  min_cents: z.number().nonnegative(),
  max_cents: z.number().nonnegative(),
  currency_type: z.string(),
  title: text,
  blurb: text,
});

const greenhouseJob = z.object({
  id: z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/, 'expected a number')]),
  title: z.string(),
  absolute_url: text,
  location: z.object({ name: text }).nullish(),
  offices: z
    .array(z.object({ name: text, location: z.union([z.string(), z.object({ name: text })]).nullish() }))
    .nullish(),
  departments: z.array(z.object({ name: z.string() })).nullish(),
  first_published: text,
  updated_at: text,
  content: text,
  metadata: z.array(z.object({ name: z.string(), value: z.unknown() })).nullish(),
  pay_input_ranges: z.array(greenhouseRange).nullish(),
});

const greenhouseExport = z.object({ jobs: z.array(greenhouseJob) });

function readGreenhouse(data: z.output<typeof greenhouseExport>): ImportedJob[] {
  return data.jobs.map((job) => {
    const warnings: string[] = [];
    const meta = (pattern: RegExp) =>
      (job.metadata ?? [])
        .filter((m) => pattern.test(m.name))
        .flatMap((m) => (Array.isArray(m.value) ? m.value : [m.value]))
        .filter((v): v is string => typeof v === 'string');
    const places = job.location?.name ? [readPlaceText(job.location.name)] : [];
    // Offices say where when the location line does not.
    if (!places.some((p) => p.locations.length > 0 || p.remote))
      for (const office of job.offices ?? []) {
        const line = typeof office.location === 'string' ? office.location : (office.location?.name ?? office.name);
        if (line) places.push(readPlaceText(line));
      }
    const workplace = meta(/workplace|remote|location type|work (?:type|arrangement|model)/i)
      .map((v) => readPlaceText(v).workplace)
      .find(Boolean);
    const employment = meta(/employment|job type|commitment|contract/i)
      .map((v) => employmentIn(v))
      .find(Boolean);
    const ranges = (job.pay_input_ranges ?? []).map((range): Pay => {
      const said = `${range.title ?? ''} ${range.blurb ?? ''}`;
      const unit = /\b(hour|hourly|day|daily|week|weekly|month|monthly)\b/i.exec(said);
      return {
        currency: range.currency_type.toUpperCase(),
        min: range.min_cents / 100,
        max: range.max_cents / 100,
        unit: (unit && payUnit(unit[1]!)) || 'year',
      };
    });
    const pay = spanOf(ranges, warnings);
    return {
      system: 'greenhouse',
      id: String(job.id),
      title: job.title,
      ...(job.departments?.[0]?.name ? { team: job.departments[0].name } : {}),
      places,
      addresses: [],
      ...(workplace ? { workplace } : {}),
      ...(employment ? { employment } : {}),
      ...(pay ? { pay } : {}),
      ...(dayOf(job.first_published ?? job.updated_at) ? { opens: dayOf(job.first_published ?? job.updated_at)! } : {}),
      ...(job.absolute_url ? { apply: job.absolute_url } : {}),
      // Greenhouse sends its HTML with the markup itself written as entities.
      html: decodeHTML(job.content ?? ''),
      listed: true,
      warnings,
    };
  });
}

function greenhouseNotes(data: z.output<typeof greenhouseExport>, raw: unknown): string[] {
  const jobs = (raw as { jobs: Record<string, unknown>[] }).jobs;
  const notes: string[] = [];
  if (data.jobs.length > 0 && jobs.every((j) => !('content' in j)))
    notes.push('the export has no job descriptions: fetch it with ?content=true');
  if (data.jobs.length > 0 && jobs.every((j) => !('pay_input_ranges' in j)))
    notes.push('the export has no pay ranges: fetch it with &pay_transparency=true');
  return notes;
}

// Lever ------------------------------------------------------------------------------------

const leverPosting = z.object({
  id: z.string().min(1),
  text: z.string(),
  categories: z
    .object({
      commitment: text,
      department: text,
      location: text,
      team: text,
      allLocations: z.array(z.string()).nullish(),
    })
    .nullish(),
  country: text,
  workplaceType: text,
  createdAt: z.number().nullish(),
  hostedUrl: text,
  applyUrl: text,
  opening: text,
  descriptionBody: text,
  description: text,
  lists: z.array(z.object({ text: z.string(), content: z.string() })).nullish(),
  additional: text,
  salaryRange: z
    .object({
      currency: z.string(),
      interval: z.string(),
      min: z.number().nonnegative(),
      max: z.number().nonnegative(),
    })
    .nullish(),
});

const leverExport = z.array(leverPosting);

const LEVER_WORKPLACES: Record<string, Workplace> = { 'on-site': 'on-site', remote: 'remote', hybrid: 'hybrid' };

const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function readLever(data: z.output<typeof leverExport>): ImportedJob[] {
  return data.map((posting) => {
    const warnings: string[] = [];
    const country = posting.country?.toUpperCase();
    const hint = country && isCountry(country) ? { country } : {};
    const lines = [
      ...new Set([posting.categories?.location, ...(posting.categories?.allLocations ?? [])].filter(Boolean)),
    ] as string[];
    const places = lines.map((line) => readPlaceText(line, hint));
    if (lines.length === 0 && hint.country) places.push({ locations: [{ country: hint.country }], problems: [] });
    const workplace = LEVER_WORKPLACES[posting.workplaceType ?? ''];
    const employment = posting.categories?.commitment ? employmentIn(posting.categories.commitment) : undefined;
    if (posting.categories?.commitment && !employment)
      warnings.push(
        `the commitment "${posting.categories.commitment}" is none of full-time, part-time, contract, temporary or internship`,
      );
    let pay: Pay | undefined;
    if (posting.salaryRange) {
      const unit = payUnit(posting.salaryRange.interval);
      if (unit)
        pay = {
          currency: posting.salaryRange.currency.toUpperCase(),
          min: posting.salaryRange.min,
          max: posting.salaryRange.max,
          unit,
        };
      else
        warnings.push(`the salary interval "${posting.salaryRange.interval}" is not a year, month, week, day or hour`);
    }
    const html = [
      posting.description ?? `${posting.opening ?? ''}${posting.descriptionBody ?? ''}`,
      ...(posting.lists ?? []).map((list) => `<h3>${escapeText(list.text)}</h3><ul>${list.content}</ul>`),
      posting.additional ?? '',
    ].join('\n');
    const apply = posting.applyUrl ?? posting.hostedUrl;
    return {
      system: 'lever',
      id: posting.id,
      title: posting.text,
      ...(posting.categories?.team ? { team: posting.categories.team } : {}),
      places,
      addresses: [],
      ...(workplace ? { workplace } : {}),
      ...(employment ? { employment } : {}),
      ...(pay ? { pay } : {}),
      ...(dayOf(posting.createdAt) ? { opens: dayOf(posting.createdAt)! } : {}),
      ...(apply ? { apply } : {}),
      html,
      listed: true,
      warnings,
    };
  });
}

// Ashby ------------------------------------------------------------------------------------

const ashbyPostal = {
  addressLocality: text,
  addressRegion: text,
  addressCountry: text,
  streetAddress: text,
  postalCode: text,
};
// The documentation nests the parts under postalAddress, and in one example not.
const ashbyAddress = z.object({ postalAddress: z.object(ashbyPostal).nullish(), ...ashbyPostal });

const ashbyComponent = z.object({
  compensationType: z.string(),
  interval: text,
  currencyCode: text,
  minValue: z.number().nullish(),
  maxValue: z.number().nullish(),
});

const ashbyJob = z.object({
  id: z.string().min(1),
  title: z.string(),
  department: text,
  team: text,
  employmentType: text,
  location: text,
  secondaryLocations: z.array(z.object({ location: text, address: ashbyAddress.nullish() })).nullish(),
  address: ashbyAddress.nullish(),
  isRemote: z.boolean().nullish(),
  workplaceType: text,
  publishedAt: text,
  isListed: z.boolean().nullish(),
  jobUrl: text,
  applyUrl: text,
  descriptionHtml: text,
  shouldDisplayCompensationOnJobPostings: z.boolean().nullish(),
  compensation: z
    .object({
      compensationTiers: z.array(z.object({ title: text, components: z.array(ashbyComponent) })).nullish(),
      summaryComponents: z.array(ashbyComponent).nullish(),
    })
    .nullish(),
});

const ashbyExport = z.object({ jobs: z.array(ashbyJob) });

const ASHBY_EMPLOYMENT: Record<string, Employment> = {
  FullTime: 'full-time',
  PartTime: 'part-time',
  Contract: 'contract',
  Temporary: 'temporary',
  Intern: 'internship',
};

const ASHBY_WORKPLACES: Record<string, Workplace> = { OnSite: 'on-site', Remote: 'remote', Hybrid: 'hybrid' };

function ashbyPlace(
  line: string | null | undefined,
  address: z.output<typeof ashbyAddress> | null | undefined,
  places: ImportedJob['places'],
  addresses: Place[],
  warnings: string[],
): void {
  const parts = address?.postalAddress ?? address;
  if (parts && (parts.addressCountry || parts.addressLocality)) {
    const reading = readAddress({
      city: parts.addressLocality ?? undefined,
      region: parts.addressRegion ?? undefined,
      country: parts.addressCountry ?? undefined,
      street: parts.streetAddress ?? undefined,
      postalCode: parts.postalCode ?? undefined,
    });
    if (reading.place) addresses.push(reading.place);
    if (reading.problem) warnings.push(reading.problem);
    // The line may still say "Remote - EU" beside the address.
    if (line) {
      const read = readPlaceText(line, reading.place ? { country: reading.place.country } : {});
      places.push({
        locations: [],
        problems: [],
        ...(read.remote ? { remote: read.remote } : {}),
        ...(read.workplace ? { workplace: read.workplace } : {}),
      });
    }
    return;
  }
  if (line) places.push(readPlaceText(line));
}

function readAshby(data: z.output<typeof ashbyExport>): ImportedJob[] {
  return data.jobs.map((job) => {
    const warnings: string[] = [];
    const places: ImportedJob['places'] = [];
    const addresses: Place[] = [];
    ashbyPlace(job.location, job.address, places, addresses, warnings);
    for (const other of job.secondaryLocations ?? [])
      ashbyPlace(other.location, other.address, places, addresses, warnings);
    const workplace = ASHBY_WORKPLACES[job.workplaceType ?? ''];
    const employment = job.employmentType ? ASHBY_EMPLOYMENT[job.employmentType] : undefined;
    if (job.employmentType && !employment)
      warnings.push(
        `the employment type "${job.employmentType}" is none of ${Object.keys(ASHBY_EMPLOYMENT).join(', ')}`,
      );
    let pay: Pay | undefined;
    const components = [
      ...(job.compensation?.compensationTiers ?? []).flatMap((tier) => tier.components),
      ...(job.compensation?.compensationTiers?.length ? [] : (job.compensation?.summaryComponents ?? [])),
    ].filter((c) => c.compensationType === 'Salary');
    if (components.length > 0 && job.shouldDisplayCompensationOnJobPostings === false)
      warnings.push('the board is set not to show this pay on job postings, so it is not imported');
    else {
      const ranges: Pay[] = [];
      for (const c of components) {
        const unit = c.interval ? payUnit(c.interval) : undefined;
        if (!unit || !c.currencyCode || c.minValue == null || c.maxValue == null) {
          warnings.push(
            `a salary of "${c.interval ?? 'no interval'}" ${c.currencyCode ?? 'in no currency'} from ${c.minValue ?? '?'} to ${c.maxValue ?? '?'} cannot be used: it needs a currency, both amounts and a period of one year, month, week, day or hour`,
          );
          continue;
        }
        ranges.push({ currency: c.currencyCode.toUpperCase(), min: c.minValue, max: c.maxValue, unit });
      }
      pay = spanOf(ranges, warnings);
    }
    const apply = job.applyUrl ?? job.jobUrl;
    return {
      system: 'ashby',
      id: job.id,
      title: job.title,
      ...(job.team || job.department ? { team: (job.team ?? job.department)! } : {}),
      places,
      addresses,
      ...(workplace ? { workplace } : {}),
      ...(job.isRemote != null ? { remote: job.isRemote } : {}),
      ...(employment ? { employment } : {}),
      ...(pay ? { pay } : {}),
      ...(dayOf(job.publishedAt) ? { opens: dayOf(job.publishedAt)! } : {}),
      ...(apply ? { apply } : {}),
      html: job.descriptionHtml ?? '',
      listed: job.isListed !== false,
      warnings,
    };
  });
}

function ashbyNotes(data: z.output<typeof ashbyExport>, raw: unknown): string[] {
  const jobs = (raw as { jobs: Record<string, unknown>[] }).jobs;
  return data.jobs.length > 0 && jobs.every((j) => !('compensation' in j))
    ? ['the export has no compensation: fetch it with ?includeCompensation=true']
    : [];
}

// ------------------------------------------------------------------------------------------

export interface SystemReader {
  /** What the export must look like, for the message when it does not. */
  shape: string;
  schema: z.ZodType;
  read(data: never): ImportedJob[];
  /** Things missing from the whole export that a parameter of the API would have given. */
  notes(data: never, raw: unknown): string[];
}

export const SYSTEMS: Record<System, SystemReader> = {
  greenhouse: {
    shape: 'an object with a "jobs" list, as GET /v1/boards/{board}/jobs?content=true returns',
    schema: greenhouseExport,
    read: readGreenhouse,
    notes: greenhouseNotes,
  },
  lever: {
    shape: 'a list of postings, as GET /v0/postings/{site}?mode=json returns',
    schema: leverExport,
    read: readLever,
    notes: () => [],
  },
  ashby: {
    shape: 'an object with a "jobs" list, as GET /posting-api/job-board/{name}?includeCompensation=true returns',
    schema: ashbyExport,
    read: readAshby,
    notes: ashbyNotes,
  },
};
