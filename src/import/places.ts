/**
 * Where a job is, from what a job board writes ("Berlin, Germany", "New York, NY", "Remote - EU",
 * "London, UK"), as ISO codes: countries by name or code (i18n-iso-countries, in any of its
 * languages), regions by ISO 3166-2 code or name (iso-3166), and a city's country where the
 * text leaves it out or its two letters could be a country or a state, from the city list of
 * city-timezones. What these cannot settle is a problem for the report, never a guess.
 */
import countries from 'i18n-iso-countries';
import { cityMapping } from 'city-timezones';
import isEuropean from 'is-european';
import { iso31661, iso31661Alpha3ToAlpha2, iso31662 } from 'iso-3166';
import { EU_MEMBERS, isCountry } from '../lib/codes.ts';
import type { Opening, Workplace } from '../schemas/opening.ts';
import { STATE_CODE_COUNTRIES, WORKPLACE_WORDS } from './rules.ts';

export type Place = Opening['locations'][number];

/** The European Economic Area: the EU, Iceland, Liechtenstein and Norway. */
const EEA_MEMBERS = iso31661.map((c) => c.alpha2).filter((code) => isEuropean.eeaMember(code));

/** Lower case, without accents or punctuation: "Zürich" and "zurich" are the same name. */
export function plain(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface City {
  name: string;
  country: string;
  /** The ISO 3166-2 region, where the list gives one (a US state) or the city is its own region (Berlin). */
  region?: string;
}

const subdivisions = iso31662.map((s) => ({
  country: s.code.slice(0, 2),
  code: s.code.slice(3),
  name: plain(s.name),
  topLevel: !s.parent.includes('-'),
}));

let cities: Map<string, City[]> | undefined;

/** The city list by plain name (its own spelling and its ASCII one). */
function cityIndex(): Map<string, City[]> {
  if (cities) return cities;
  cities = new Map();
  for (const entry of cityMapping) {
    const region =
      entry.iso2 === 'US' && entry.state_ansi
        ? entry.state_ansi
        : plain(entry.province) === plain(entry.city)
          ? regionCode(entry.iso2, entry.province)
          : undefined;
    const city: City = { name: entry.city, country: entry.iso2, ...(region ? { region } : {}) };
    for (const key of new Set([plain(entry.city), plain(entry.city_ascii)])) {
      const list = cities.get(key) ?? [];
      if (!list.some((c) => c.country === city.country && c.region === city.region)) list.push(city);
      cities.set(key, list);
    }
  }
  return cities;
}

/** A country's alpha-2 code from its name in any language i18n-iso-countries has, or its alpha-2 or alpha-3 code. */
export function countryCode(text: string): string | undefined {
  const trimmed = text.trim().replace(/^the\s+/i, '');
  if (/^[A-Za-z]{2}$/.test(trimmed) && isCountry(trimmed.toUpperCase())) return trimmed.toUpperCase();
  if (/^[A-Z]{3}$/.test(trimmed) && iso31661Alpha3ToAlpha2[trimmed]) return iso31661Alpha3ToAlpha2[trimmed];
  const english = countries.getAlpha2Code(trimmed, 'en');
  if (english) return english;
  for (const language of countries.langs()) {
    const code = countries.getAlpha2Code(trimmed, language);
    if (code) return code;
  }
  return undefined;
}

/** A region of `country` by its ISO 3166-2 code ("NY", "BE") or its name ("California", "Bayern"). */
export function regionCode(country: string, text: string): string | undefined {
  const code = text.trim().toUpperCase();
  const name = plain(text);
  const own = subdivisions.filter((s) => s.country === country);
  const found =
    own.find((s) => s.code === code && /^[A-Z0-9]{1,3}$/.test(code)) ??
    own.find((s) => s.topLevel && s.name === name) ??
    own.find((s) => s.name === name);
  return found?.code;
}

/** Where remote applicants may live, from "EU", "EEA", "US & Canada", "Germany/Austria". */
export function remoteArea(text: string): string[] | undefined {
  const parts = text
    .split(/\s*(?:[,/&+]|\band\b|\bor\b)\s*/i)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return undefined;
  const codes: string[] = [];
  for (const part of parts) {
    const key = plain(part);
    if (key === 'eu' || key === 'european union') codes.push(...EU_MEMBERS);
    else if (key === 'eea' || key === 'european economic area') codes.push(...EEA_MEMBERS);
    else {
      const code = countryCode(part);
      if (!code) return undefined;
      codes.push(code);
    }
  }
  return [...new Set(codes)];
}

type Reading = { place: Place; problem?: string } | { place?: undefined; problem: string };

function describe(place: Place): string {
  return [place.city, place.region, place.country].filter(Boolean).join(', ');
}

/** One place: "Berlin", "Berlin, Germany", "Austin, TX", "Austin, Texas, United States", "Germany". */
export function readPlace(text: string, hint: { country?: string } = {}): Reading {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return { problem: 'no place is named' };
  const [first, ...rest] = parts as [string, ...string[]];
  const known = cityIndex().get(plain(first)) ?? [];

  if (rest.length === 0) {
    const country = countryCode(first);
    if (country && (!hint.country || hint.country === country)) return { place: { country } };
    const inCountry = hint.country ? known.filter((c) => c.country === hint.country) : known;
    if (inCountry.length === 1) return { place: cityPlace(first, inCountry[0]!) };
    if (inCountry.length > 1)
      return {
        problem: `"${text}" names cities in ${[...new Set(inCountry.map(code))].join(', ')}; add the country or state`,
      };
    if (hint.country) return { place: { city: first, country: hint.country } };
    return { problem: `"${text}" is not a country, and no city of that name is known; add the country` };
  }

  // What the last part can be: a country, or a region (a state code only where addresses write one).
  const last = rest.at(-1)!;
  const regionText = rest.length >= 2 ? rest.slice(0, -1).join(', ') : undefined;
  const candidates: { country: string; region?: string; regionProblem?: string }[] = [];
  const country = countryCode(last);
  if (country) {
    const region = regionText ? regionCode(country, regionText) : undefined;
    candidates.push({
      country,
      ...(region ? { region } : {}),
      ...(regionText && !region
        ? { regionProblem: `"${regionText}" is not a region of ${country}; the location is written without one` }
        : {}),
    });
  }
  if (!regionText) {
    const code = last.toUpperCase();
    const name = plain(last);
    for (const s of subdivisions) {
      const byCode = s.code === code && STATE_CODE_COUNTRIES.includes(s.country);
      if ((byCode || (s.topLevel && s.name === name)) && !candidates.some((c) => c.country === s.country))
        candidates.push({ country: s.country, region: s.code });
    }
  }
  const allowed = hint.country ? candidates.filter((c) => c.country === hint.country) : candidates;
  if (allowed.length === 0)
    return {
      problem: candidates.length
        ? `"${text}" is not in ${hint.country}, where the export places the job`
        : `"${last}" in "${text}" is neither a country nor a region`,
    };
  // The city list settles which reading is meant: "San Francisco, CA" is in California, "Toronto, CA" in Canada.
  const confirmed = allowed.filter((c) =>
    known.some((city) => city.country === c.country && (!c.region || !city.region || city.region === c.region)),
  );
  const chosen = confirmed.length === 1 ? confirmed[0] : allowed.length === 1 ? allowed[0] : undefined;
  if (!chosen)
    return {
      problem: `"${text}" could be in ${allowed.map(code).join(' or ')}; write the country in full`,
    };
  // A region from the city list only where every city of that name in the country has the same one.
  const regions = new Set(known.filter((c) => c.country === chosen.country).map((c) => c.region));
  const region = chosen.region ?? (regions.size === 1 ? [...regions][0] : undefined);
  const place: Place = { city: first, country: chosen.country, ...(region ? { region } : {}) };
  return chosen.regionProblem && !region ? { place, problem: chosen.regionProblem } : { place };
}

const code = (place: { country: string; region?: string | undefined }) =>
  place.region ? `${place.country}-${place.region}` : place.country;

function cityPlace(text: string, city: City): Place {
  return { city: text, country: city.country, ...(city.region ? { region: city.region } : {}) };
}

export interface PlaceText {
  locations: Place[];
  /** Where remote applicants may live: "anywhere", or countries; undefined where the text says nothing of it. */
  remote?: 'anywhere' | string[];
  /** What the words say of the workplace ("Remote", "Hybrid", "On-site"). */
  workplace?: Workplace;
  problems: string[];
}

const WORKPLACE_PATTERNS = Object.entries(WORKPLACE_WORDS).map(
  ([workplace, words]) =>
    [workplace as Workplace, new RegExp(`(?<![\\p{L}])(?:${words.join('|')})(?![\\p{L}])`, 'giu')] as const,
);

/**
 * A location line as a job board writes it, one or more places ("Berlin; London, UK",
 * "New York, NY or Remote (US)"), each perhaps with a workplace word.
 */
export function readPlaceText(text: string, hint: { country?: string } = {}): PlaceText {
  const result: PlaceText = { locations: [], problems: [] };
  const said = new Set<Workplace>();
  const remote: string[] = [];
  let anywhere = false;
  for (const piece of text
    .split(/\s*(?:;|\||\s\/\s|\bor\b|\n)\s*/i)
    .map((p) => p.trim())
    .filter(Boolean)) {
    let rest = piece;
    for (const [workplace, pattern] of WORKPLACE_PATTERNS) {
      if (pattern.test(rest)) said.add(workplace);
      rest = rest.replace(pattern, ' ');
    }
    rest = rest
      .replace(/[()[\]]/g, ' ')
      .replace(/^[\s\-–—:,.]+|[\s\-–—:,.]+$/g, '')
      .replace(/\s+/g, ' ');
    const isRemote = new RegExp(WORKPLACE_PATTERNS.find(([w]) => w === 'remote')![1].source, 'iu').test(piece);
    if (isRemote) {
      if (rest === '') {
        if (hint.country) remote.push(hint.country);
        else anywhere = true;
        continue;
      }
      const area = remoteArea(rest);
      if (area) {
        remote.push(...area);
        continue;
      }
    }
    if (rest === '') continue;
    const reading = readPlace(rest, hint);
    if (reading.place) {
      result.locations.push(reading.place);
      if (isRemote) remote.push(reading.place.country);
    }
    if (reading.problem)
      result.problems.push(
        isRemote && !reading.place
          ? `"${piece}": "${rest}" is not a country, EU or EEA, so where remote applicants may live is unknown`
          : reading.problem,
      );
  }
  if (anywhere && remote.length === 0) result.remote = 'anywhere';
  else if (remote.length > 0) result.remote = [...new Set(remote)];
  for (const workplace of ['remote', 'hybrid', 'on-site'] as const)
    if (said.has(workplace)) {
      result.workplace = workplace;
      break;
    }
  return result;
}

/** A structured address (Ashby's postalAddress): locality, region and country as written. */
export function readAddress(address: {
  city?: string | undefined;
  region?: string | undefined;
  country?: string | undefined;
  street?: string | undefined;
  postalCode?: string | undefined;
}): Reading {
  const text = [address.city, address.region, address.country].filter(Boolean).join(', ');
  if (!address.country) return text ? readPlace(text) : { problem: 'the address is empty' };
  const country = countryCode(address.country);
  if (!country) return { problem: `"${address.country}" is not a country` };
  if (!address.city) {
    const region = address.region ? regionCode(country, address.region) : undefined;
    return { place: { country, ...(region ? { region } : {}) } };
  }
  const reading = readPlace([address.city, address.region].filter(Boolean).join(', ') + `, ${address.country}`, {
    country,
  });
  if (!reading.place) return reading;
  const place: Place = {
    ...reading.place,
    ...(address.street ? { street: address.street } : {}),
    ...(address.postalCode ? { postalCode: address.postalCode } : {}),
  };
  return reading.problem ? { place, problem: reading.problem } : { place };
}

export { describe as describePlace };
