/**
 * An imported job as an opening page: its frontmatter (checked against openingSchema), its body
 * from the sanitised description, and the warnings an editor should read. A job that needs a pay
 * range where the law asks for one, or whose remote area cannot be read, is written as a draft
 * so that nothing unlawful or wrong is published; one that cannot make a valid page is skipped.
 */
import { isoDay, payLawFor } from '../lib/openings.ts';
import { jurisdictionName } from '../lib/codes.ts';
import { toSlug } from '../lib/slug.ts';
import { writeMatter } from '../lib/yaml.ts';
import { GENDER_TAG } from '../ingest/rules.ts';
import { openingSchema, type Opening, type OpeningFrontmatter, type Workplace } from '../schemas/opening.ts';
import { htmlToMarkdown } from './html.ts';
import { SYSTEM_NAMES, type ImportedJob } from './job.ts';
import type { RoleEntry } from './match.ts';
import type { Place } from './places.ts';
import type { ReadTitle } from './title.ts';

export type Built =
  | { kind: 'page'; page: string; slug: string; frontmatter: OpeningFrontmatter; warnings: string[] }
  | { kind: 'skip'; reason: string; warnings: string[] };

export interface BuildOptions {
  /** site.yaml's payTransparency. */
  payTransparency: readonly string[];
  /** The day to open a job on when the board gives no date. */
  today: Date;
}

const key = (place: Place) => JSON.stringify([place.city, place.region, place.country, place.street, place.postalCode]);

function unique<T>(items: T[], by: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(by(item)) && seen.add(by(item)));
}

/** A place's fields in the order editors write them. */
const ordered = (place: Place): Place => ({
  ...(place.city ? { city: place.city } : {}),
  ...(place.region ? { region: place.region } : {}),
  country: place.country,
  ...(place.street ? { street: place.street } : {}),
  ...(place.postalCode ? { postalCode: place.postalCode } : {}),
});

/** The title as the board wrote it, without a gender tag, spaces tidied. */
function tidyTitle(title: string): string {
  return title
    .replace(/\([^()]*\)/g, (tag) => (GENDER_TAG.test(tag) ? ' ' : tag))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The file name: the title and the first city (or "remote"), in ASCII. */
export function slugFor(title: string, locations: Place[], workplace: Workplace): string {
  const base = toSlug(tidyTitle(title));
  const where = locations.find((l) => l.city)?.city ?? (workplace === 'remote' ? 'remote' : '');
  const place = toSlug(where);
  if (!place || `-${base}-`.includes(`-${place}-`)) return base;
  return base ? `${base}-${place}` : '';
}

const HEADER = (job: ImportedJob) =>
  `# Imported from ${SYSTEM_NAMES[job.system]} (job ${job.id}) by npm run import. Once you edit this file,\n` +
  `# the import leaves it as it is (npm run import -- --force replaces it).\n`;

export function buildOpening(job: ImportedJob, role: RoleEntry, title: ReadTitle, options: BuildOptions): Built {
  const warnings = [...job.warnings];
  const drafts: string[] = [];

  // Where: the board's structured addresses, then its location lines.
  const problems = job.places.flatMap((p) => p.problems);
  let locations = unique([...job.addresses, ...job.places.flatMap((p) => p.locations)], key);
  const areas = job.places.map((p) => p.remote).filter((r) => r !== undefined);
  const areaCountries = [...new Set(areas.flatMap((r) => (r === 'anywhere' ? [] : r)))];
  const anywhere = areas.includes('anywhere');
  const said = job.places.map((p) => p.workplace).filter((w): w is Workplace => w !== undefined);
  let workplace: Workplace | undefined =
    job.workplace ??
    (['remote', 'hybrid', 'on-site'] as const).find((w) => said.includes(w)) ??
    (job.remote ? 'remote' : undefined) ??
    title.workplace;
  if (!workplace) {
    workplace = 'on-site';
    warnings.push(
      `${SYSTEM_NAMES[job.system]} does not say whether the job is on-site, hybrid or remote; written as on-site`,
    );
  }
  warnings.push(...problems);

  let remote: Opening['remote'] | undefined;
  if (workplace === 'remote') {
    const countryOnly = locations.filter((l) => !l.city && !l.region && !l.street);
    locations = locations.filter((l) => !countryOnly.includes(l));
    if (areaCountries.length > 0) remote = { countries: areaCountries, timezones: [] };
    else if (countryOnly.length > 0)
      remote = { countries: [...new Set(countryOnly.map((l) => l.country))], timezones: [] };
    else if (anywhere && problems.length === 0) remote = { countries: [], timezones: [] };
    else if (locations.length > 0) {
      remote = { countries: [...new Set(locations.map((l) => l.country))], timezones: [] };
      warnings.push(
        `the board does not say where remote applicants may live; written as the countries of its locations (${remote.countries.join(', ')})`,
      );
    } else if (problems.length > 0) {
      remote = { countries: [], timezones: [] };
      drafts.push('where remote applicants may live could not be read: set remote.countries, then remove draft: true');
    } else remote = { countries: [], timezones: [] };
  } else if (locations.length === 0) {
    return {
      kind: 'skip',
      reason: `no location could be read (${problems.join('; ') || 'the board gives none'}), and an ${workplace} opening needs one`,
      warnings: warnings.filter((w) => !problems.includes(w)),
    };
  }

  const employment = job.employment ?? title.employment ?? 'full-time';
  if (job.employment && title.employment && job.employment !== title.employment)
    warnings.push(
      `the title says ${title.employment} and the board says ${job.employment}; written as ${job.employment}`,
    );

  let pay = job.pay;
  if (pay) {
    const checked = openingSchema.shape.pay.safeParse(pay);
    if (!checked.success) {
      warnings.push(
        `the pay range ${pay.currency} ${pay.min}–${pay.max} a ${pay.unit} cannot be used: ${checked.error.issues[0]!.message}`,
      );
      pay = undefined;
    } else if (pay.unit === 'year' && pay.max < 1000)
      warnings.push(
        `the pay range ${pay.currency} ${pay.min}–${pay.max} reads as a year's pay but looks like an hourly rate; check pay.unit`,
      );
  }

  const opens = job.opens ?? options.today;
  if (!job.opens) warnings.push(`the board gives no date the job was posted; opens is set to ${isoDay(opens)}`);

  let apply = job.apply?.trim();
  if (apply && !/^https?:\/\/[^\s]+$/.test(apply)) {
    warnings.push(`the apply link "${apply}" is not an http(s) link; the role's or the site's is used`);
    apply = undefined;
  }

  const law = pay ? undefined : payLawFor({ locations, remote, workplace }, options.payTransparency);
  if (law)
    drafts.push(
      `no pay range: ${law.because}, and the pay-transparency law of ${jurisdictionName(law.jurisdiction)} asks for one; add pay, then remove draft: true`,
    );
  warnings.push(...drafts.map((d) => `written as a draft: ${d}`));

  let ownTitle: string | undefined = tidyTitle(job.title);
  if (ownTitle.length > 140 || ownTitle.length < 3) {
    warnings.push(`the title has ${ownTitle.length} characters (3 to 140 fit); the role's title is shown instead`);
    ownTitle = undefined;
  }
  const team = (title.team ?? job.team)?.trim().slice(0, 80) || undefined;

  const frontmatter: OpeningFrontmatter = {
    role: role.slug,
    ...(ownTitle ? { title: ownTitle } : {}),
    ...(team ? { team } : {}),
    ...(locations.length ? { locations: locations.map(ordered) } : {}),
    ...(remote ? { remote: remote.countries.length ? { countries: remote.countries } : {} } : {}),
    workplace,
    employment,
    ...(pay ? { pay: { currency: pay.currency, min: pay.min, max: pay.max, unit: pay.unit } } : {}),
    opens,
    ...(apply ? { apply } : {}),
    ats: { system: job.system, id: job.id },
    ...(drafts.length ? { draft: true } : {}),
  };
  const valid = openingSchema.safeParse(frontmatter);
  if (!valid.success)
    return {
      kind: 'skip',
      reason: `the opening would not be valid: ${valid.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      warnings,
    };

  const body = htmlToMarkdown(job.html);
  const page = writeMatter(body ? `\n${body}` : '', frontmatter as Record<string, unknown>).replace(
    /^---\n/,
    `---\n${HEADER(job)}`,
  );
  const slug = slugFor(job.title, locations, workplace) || toSlug(`${job.system} ${job.id}`);
  return { kind: 'page', page, slug, frontmatter, warnings };
}
