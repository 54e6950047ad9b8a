/**
 * schema.org JobPosting for an opening's page, with the properties Google's job search requires
 * and recommends: https://developers.google.com/search/docs/appearance/structured-data/job-posting
 *
 * Google only lists what the page itself shows, so every value here comes from the opening's
 * fields or from what the page renders (its title and description); nothing is filled in.
 * Google also asks that the markup be taken off once the job is no longer open: put it on
 * open openings only (openingStatus(...) === 'open').
 */
import ct from 'countries-and-timezones';
import { iso31661 } from 'iso-3166';
import type { Country, JobPosting, MonetaryAmount, Place, WithContext } from 'schema-dts';
import { countryName, isCountry } from './codes.ts';
import { isoDay } from './openings.ts';
import type { Employment, Opening, PayUnit } from '../schemas/opening.ts';

export interface JobPostingInput {
  /** The parsed frontmatter. */
  opening: Opening;
  /** The file name, the identifier when the opening has no ATS id. */
  slug: string;
  /** The title the page shows (the opening's title, else its role's). */
  title: string;
  /** The HTML the page shows as the description (the opening's text and the role's sections). */
  descriptionHtml: string;
  /** The absolute URL of the opening's page. */
  url: string;
  /** The employer; absolute URLs. */
  organization: { name: string; url: string; logo: string };
}

/** Google's employmentType values. */
const EMPLOYMENT_TYPES: Record<Employment, string> = {
  'full-time': 'FULL_TIME',
  'part-time': 'PART_TIME',
  contract: 'CONTRACTOR',
  temporary: 'TEMPORARY',
  internship: 'INTERN',
};

/** Google's unitText values for a salary. */
const UNIT_TEXTS: Record<PayUnit, string> = { year: 'YEAR', month: 'MONTH', week: 'WEEK', day: 'DAY', hour: 'HOUR' };

/**
 * The JobPosting for one opening, for `<script type="application/ld+json">` through
 * `jsonForScript`. Where the job is:
 * - on-site and hybrid: `jobLocation`, one Place per location. Google has no value for hybrid
 *   work: `TELECOMMUTE` is for jobs done 100% remotely, and Google asks not to mark up jobs that
 *   allow occasional work from home or other arrangements short of fully remote. So a hybrid
 *   job is marked up at its office(s), like an on-site one, and the page says it is hybrid.
 * - remote: `jobLocationType: TELECOMMUTE` with `applicantLocationRequirements`, which Google
 *   requires with it (see `applicantCountries`). A remote opening's locations (say, the team's
 *   office) are not a place the employee reports to, so they are not given as `jobLocation`.
 */
export function jobPosting({
  opening,
  slug,
  title,
  descriptionHtml,
  url,
  organization,
}: JobPostingInput): WithContext<JobPosting> {
  const posting: WithContext<JobPosting> = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title,
    description: descriptionHtml,
    url,
    datePosted: isoDay(opening.opens),
    employmentType: EMPLOYMENT_TYPES[opening.employment],
    hiringOrganization: {
      '@type': 'Organization',
      name: organization.name,
      sameAs: organization.url,
      logo: organization.logo,
    },
    identifier: { '@type': 'PropertyValue', name: organization.name, value: opening.ats?.id ?? slug },
    // The page links to where one applies (the ATS, or the site's apply link); it has no form.
    directApply: false,
  };
  // `closes` is the last day to apply: the posting is valid through the end of that (UTC) day,
  // the day the site's daily build still lists it.
  if (opening.closes) posting.validThrough = `${isoDay(opening.closes)}T23:59:59Z`;

  if (opening.workplace === 'remote') {
    posting.jobLocationType = 'TELECOMMUTE';
    posting.applicantLocationRequirements = applicantCountries(opening.remote).map((code): Country => ({
      '@type': 'Country',
      name: countryName(code),
    }));
  } else {
    if (opening.locations.length === 0)
      throw new Error(`${slug}: an ${opening.workplace} opening needs a location for its JobPosting (locations)`);
    const places = opening.locations.map(place);
    posting.jobLocation = places.length === 1 ? places[0]! : places;
  }

  if (opening.pay) posting.baseSalary = salary(opening.pay);
  return posting;
}

/** A location as a Place: only the parts the opening gives. */
function place(location: Opening['locations'][number]): Place {
  return {
    '@type': 'Place',
    address: {
      '@type': 'PostalAddress',
      ...(location.street && { streetAddress: location.street }),
      ...(location.city && { addressLocality: location.city }),
      ...(location.region && { addressRegion: location.region }),
      ...(location.postalCode && { postalCode: location.postalCode }),
      addressCountry: location.country,
    },
  };
}

/** The pay range; one amount as `value`, the way the page shows it (payLabel). */
function salary(pay: NonNullable<Opening['pay']>): MonetaryAmount {
  const unitText = UNIT_TEXTS[pay.unit];
  return {
    '@type': 'MonetaryAmount',
    currency: pay.currency,
    value:
      pay.min === pay.max
        ? { '@type': 'QuantitativeValue', value: pay.min, unitText }
        : { '@type': 'QuantitativeValue', minValue: pay.min, maxValue: pay.max, unitText },
  };
}

/**
 * The countries (alpha-2 codes, sorted) a remote opening's applicants may live in, as Google's
 * `applicantLocationRequirements` takes them. Google requires at least one place with
 * `TELECOMMUTE` and takes places only (countries, states), neither time zones nor "anywhere":
 * - countries given: those. Time zones given as well narrow them further, which Google cannot
 *   take; the page says it.
 * - time zones only: the countries with a time zone at the same standard UTC offset as one of
 *   them ("UTC+01:00" or "Europe/Berlin": Germany, France, Nigeria…). A country spanning
 *   several offsets is in when one of them matches, so Google may show the job to some who
 *   live outside the time zones; the page names the time zones, and those are the rule.
 * - neither (remote from anywhere): every country. That is what "anywhere" means, and Google
 *   refuses TELECOMMUTE without the property.
 * No `remote` (which the schema asks of remote openings) reads as anywhere, as on the page.
 * The page should show the countries this returns where they are not the ones the opening
 * lists (for time zones only: "UTC+01:00 — Germany, France, …").
 */
export function applicantCountries(remote: Opening['remote']): string[] {
  if (remote && remote.countries.length > 0) return [...new Set(remote.countries)].sort();
  if (remote && remote.timezones.length > 0) {
    const offsets = new Set(remote.timezones.map(standardOffset));
    const countries = Object.values(ct.getAllTimezones())
      .filter((zone) => offsets.has(zone.utcOffset))
      .flatMap((zone) => zone.countries as string[])
      .filter(isCountry);
    return [...new Set(countries)].sort();
  }
  return iso31661.map((country) => country.alpha2).sort();
}

/** A time zone's standard offset from UTC in minutes: "UTC+05:30" → 330, "Europe/Berlin" → 60. */
function standardOffset(zone: string): number {
  const utc = /^UTC(?:([+-])(\d\d):(\d\d))?$/.exec(zone);
  if (utc) return utc[1] ? (utc[1] === '-' ? -1 : 1) * (Number(utc[2]) * 60 + Number(utc[3])) : 0;
  const named = ct.getTimezone(zone);
  if (!named) throw new Error(`the time zone ${zone} is not in the time zone data: write it as UTC+01:00`);
  return named.utcOffset;
}
