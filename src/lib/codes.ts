/**
 * Country, subdivision and currency codes, from the packages that track the standards
 * (iso-3166 for ISO 3166-1 and 3166-2, currency-codes for ISO 4217, is-european for EU
 * membership), so that no list here is typed in by hand.
 */
import { iso31661, iso31662 } from 'iso-3166';
import currencyCodes from 'currency-codes';
import isEuropean from 'is-european';

const countries = new Map(iso31661.map((c) => [c.alpha2, c.name]));
const subdivisions = new Map(iso31662.map((s) => [s.code, s.name]));
const currencies = new Set(currencyCodes.codes());

/** Whether `code` is an ISO 3166-1 alpha-2 country code ("DE", "US"). */
export const isCountry = (code: string): boolean => countries.has(code);

/** Whether `region` is an ISO 3166-2 subdivision of `country` ("BE" of "DE", "CO" of "US"). */
export const isRegionOf = (country: string, region: string): boolean => subdivisions.has(`${country}-${region}`);

/** Whether `code` is an ISO 4217 currency code in use ("EUR", "USD"). */
export const isCurrency = (code: string): boolean => currencies.has(code);

/** The member states of the European Union, as alpha-2 codes. */
export const EU_MEMBERS: readonly string[] = iso31661.map((c) => c.alpha2).filter((code) => isEuropean.euMember(code));

/** The country's name in English for messages ("DE" → "Germany"); pages name it in the visitor's language. */
export const countryName = (code: string): string =>
  new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? countries.get(code) ?? code;

/** A close code for a mistyped one: "UK" → "GB", "DEU" → "DE", "Germany" → "DE". */
export function suggestCountry(value: string): string | undefined {
  const upper = value.trim().toUpperCase();
  if (upper === 'UK') return 'GB';
  const byAlpha3 = iso31661.find((c) => c.alpha3 === upper);
  if (byAlpha3) return byAlpha3.alpha2;
  const byName = iso31661.find((c) => c.name.toUpperCase() === upper || countryName(c.alpha2).toUpperCase() === upper);
  return byName?.alpha2;
}

/** A jurisdiction in words for messages: "EU" → "the EU", "US-CO" → "Colorado (US-CO)", "DE" → "Germany". */
export function jurisdictionName(code: string): string {
  if (code === 'EU') return 'the EU';
  const sub = subdivisions.get(code);
  return sub ? `${sub} (${code})` : countryName(code);
}

/** A region's name as ISO 3166-2 gives it ("NL", "NH" → "Noord-Holland"), or the code when unknown. */
export const regionName = (country: string, region: string): string =>
  subdivisions.get(`${country}-${region}`) ?? region;
