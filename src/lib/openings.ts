/**
 * What the site knows of an opening beyond its fields: whether it is listed today, where the law
 * asks for its pay range, and how its place, pay and dates read. Shared by the content checks,
 * the pages, the feeds and the search records.
 */
import { EU_MEMBERS, regionName } from './codes.ts';
import type { Opening } from '../schemas/opening.ts';
export { payLabel } from './pay.ts';
export { EMPLOYMENT_LABELS, WORKPLACE_LABELS } from './job-labels.ts';
import { WORKPLACE_LABELS } from './job-labels.ts';

export type OpeningStatus = 'scheduled' | 'open' | 'closed';

/**
 * Today as the build sees it, as a UTC date: `CAREERS_TODAY=YYYY-MM-DD` fixes it (tests, a
 * rebuild of a past day); otherwise the build's day. The deploy rebuilds daily, so an opening
 * closes on time without a server.
 */
export function today(env = process.env.CAREERS_TODAY): Date {
  if (env) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(env) || Number.isNaN(new Date(env).getTime()))
      throw new Error(`CAREERS_TODAY="${env}" is not a date: write it as YYYY-MM-DD`);
    return new Date(env);
  }
  return new Date(new Date().toISOString().slice(0, 10));
}

/** A date as YYYY-MM-DD (the dates here are UTC days). */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** Scheduled before `opens`, open through the whole day of `closes`, closed from the day after. */
export function openingStatus(opening: Pick<Opening, 'opens' | 'closes'>, day: Date): OpeningStatus {
  const now = isoDay(day);
  if (isoDay(opening.opens) > now) return 'scheduled';
  if (opening.closes && isoDay(opening.closes) < now) return 'closed';
  return 'open';
}

/** The place a jurisdiction is (EU, DE, US-CO) as the countries and regions it covers. */
function covers(jurisdiction: string, country: string, region?: string): boolean {
  if (jurisdiction === 'EU') return EU_MEMBERS.includes(country);
  const [code, sub] = jurisdiction.split('-');
  if (code !== country) return false;
  // A region's law reaches a job in that region; a job with no region named may be there.
  return sub === undefined || region === undefined || sub === region;
}

/**
 * The first jurisdiction (from site.yaml's payTransparency) whose pay-transparency law reaches
 * this opening: one of its locations is there, or it is remote for applicants who may live
 * there (remote for a whole country reaches each of its regions; remote with no countries
 * reaches everywhere). Undefined where no listed law applies.
 */
export function payLawFor(
  opening: Pick<Opening, 'locations' | 'remote' | 'workplace'>,
  jurisdictions: readonly string[],
): { jurisdiction: string; because: string } | undefined {
  for (const jurisdiction of jurisdictions) {
    for (const place of opening.locations) {
      if (covers(jurisdiction, place.country, place.region))
        return {
          jurisdiction,
          because: `it is located in ${[place.city, place.region, place.country].filter(Boolean).join(', ')}`,
        };
    }
    const remote = opening.remote;
    if (remote) {
      if (remote.countries.length === 0) return { jurisdiction, because: 'it is remote for applicants from anywhere' };
      const country = remote.countries.find((c) => covers(jurisdiction, c));
      if (country) return { jurisdiction, because: `it is remote for applicants in ${country}` };
    }
  }
  return undefined;
}

/** A country's name in a language ("DE" → "Germany" in English, "Deutschland" in German). */
export function countryLabel(code: string, locale = 'en'): string {
  return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
}

/**
 * One location in words: "Berlin, Germany", "New York, NY, United States", "Amsterdam,
 * Noord-Holland, Netherlands". The US, Canada and Australia write a region by its code; elsewhere
 * its name shows, unless it is the city's own (Berlin, Hamburg).
 */
export function placeLabel(place: Opening['locations'][number], locale = 'en'): string {
  const byCode = place.country === 'US' || place.country === 'CA' || place.country === 'AU';
  const named = place.region ? regionName(place.country, place.region) : undefined;
  const region = !place.region ? undefined : byCode ? place.region : named === place.city ? undefined : named;
  return [place.city, region, countryLabel(place.country, locale)].filter(Boolean).join(', ');
}

/** Where remote applicants may live, in words: "Germany, Netherlands or Poland", "anywhere". */
export function remoteLabel(remote: NonNullable<Opening['remote']>, locale = 'en'): string {
  const parts = [...remote.countries.map((c) => countryLabel(c, locale)), ...remote.timezones];
  if (parts.length === 0) return 'anywhere';
  return new Intl.ListFormat(locale, { type: 'disjunction' }).format(parts);
}

/** Where the job is, in one line for cards and feeds: "Berlin, Germany · Hybrid". */
export function whereLabel(opening: Pick<Opening, 'locations' | 'remote' | 'workplace'>, locale = 'en'): string {
  const places = opening.locations.map((p) => placeLabel(p, locale));
  if (opening.workplace === 'remote') {
    const from = opening.remote ? remoteLabel(opening.remote, locale) : 'anywhere';
    return [from === 'anywhere' ? 'Remote, from anywhere' : `Remote from ${from}`, ...places].join(' · ');
  }
  return [...places, WORKPLACE_LABELS[opening.workplace]].join(' · ');
}

/** The opening's title: its own, else its role's. */
export const openingTitle = (opening: Pick<Opening, 'title'>, roleTitle: string): string => opening.title ?? roleTitle;

/**
 * The levels an opening hires at: those of its role that its own title names ("Senior Java
 * Backend Engineer" under a senior-and-staff role is senior), else all of the role's.
 */
export function openingLevels<L extends string>(
  title: string | undefined,
  roleLevels: readonly L[],
  named: (title: string) => string[],
): L[] {
  if (!title) return [...roleLevels];
  const inTitle = new Set(named(title));
  const both = roleLevels.filter((level) => inTitle.has(level));
  return both.length > 0 ? both : [...roleLevels];
}

/** The countries an opening is in or open to, in order: its locations', then remote applicants'. */
export function openingCountries(opening: Pick<Opening, 'locations' | 'remote'>): string[] {
  return [...new Set([...opening.locations.map((p) => p.country), ...(opening.remote?.countries ?? [])])];
}
