/**
 * What an opening is beyond its fields: when it is listed, where the law asks for its pay range,
 * and how its place and pay read.
 */
import { describe, expect, it } from 'vitest';
import { openingSchema } from '../../src/schemas/opening.ts';
import { openingStatus, payLawFor, today, whereLabel } from '../../src/lib/openings.ts';
import { payLabel } from '../../src/lib/pay.ts';
import { EU_MEMBERS } from '../../src/lib/codes.ts';
import { DEFAULT_PAY_TRANSPARENCY } from '../../src/lib/settings.ts';

const opening = (fields: Record<string, unknown>) =>
  openingSchema.parse({ role: 'x', workplace: 'on-site', opens: '2026-11-02', ...fields });

describe('when an opening is listed', () => {
  const job = opening({ locations: [{ country: 'DE' }], closes: '2027-01-31' });
  it('is scheduled before the day it opens, open from that day through its closing day, closed the day after', () => {
    expect(openingStatus(job, new Date('2026-11-01'))).toBe('scheduled');
    expect(openingStatus(job, new Date('2026-11-02'))).toBe('open');
    expect(openingStatus(job, new Date('2027-01-31'))).toBe('open');
    expect(openingStatus(job, new Date('2027-02-01'))).toBe('closed');
  });
  it('stays open without a closing day', () => {
    expect(openingStatus(opening({ locations: [{ country: 'DE' }] }), new Date('2031-01-01'))).toBe('open');
  });
  it('takes the build day from CAREERS_TODAY, and refuses one that is not a date', () => {
    expect(today('2027-02-01').toISOString()).toBe('2027-02-01T00:00:00.000Z');
    expect(() => today('1 Feb 2027')).toThrow(/CAREERS_TODAY="1 Feb 2027" is not a date/);
    expect(today(undefined).toISOString().slice(11)).toBe('00:00:00.000Z');
  });
});

describe('where a pay-transparency law asks for the range', () => {
  const law = (fields: Record<string, unknown>) => payLawFor(opening(fields), DEFAULT_PAY_TRANSPARENCY)?.jurisdiction;

  it('the EU is its 27 member states, from the is-european package', () => {
    expect(EU_MEMBERS).toHaveLength(27);
    expect(EU_MEMBERS).toEqual(expect.arrayContaining(['DE', 'FR', 'PL', 'IE', 'HR']));
    expect(EU_MEMBERS).not.toContain('GB');
    expect(EU_MEMBERS).not.toContain('NO');
  });
  it('reaches a job located in an EU country or a listed US state, and not one elsewhere', () => {
    expect(law({ locations: [{ city: 'Lyon', country: 'FR' }] })).toBe('EU');
    expect(law({ locations: [{ city: 'Denver', region: 'CO', country: 'US' }] })).toBe('US-CO');
    expect(law({ locations: [{ city: 'Austin', region: 'TX', country: 'US' }] })).toBeUndefined();
    expect(law({ locations: [{ city: 'London', country: 'GB' }] })).toBeUndefined();
    expect(law({ locations: [{ city: 'Zürich', country: 'CH' }] })).toBeUndefined();
  });
  it('reaches a job in a country whose region is not named, as it may be in a listed state', () => {
    expect(law({ locations: [{ country: 'US' }] })).toBe('US-CO');
  });
  it('reaches a remote job open to applicants there, or to anyone', () => {
    expect(law({ workplace: 'remote', remote: { countries: ['US'] } })).toBe('US-CO');
    expect(law({ workplace: 'remote', remote: { countries: ['NL'] } })).toBe('EU');
    expect(law({ workplace: 'remote', remote: {} })).toBe('EU');
    expect(law({ workplace: 'remote', remote: { countries: ['GB', 'CH'] } })).toBeUndefined();
  });
  it('follows the list a site sets', () => {
    expect(payLawFor(opening({ locations: [{ country: 'GB' }] }), ['GB'])?.jurisdiction).toBe('GB');
    expect(payLawFor(opening({ locations: [{ country: 'FR' }] }), ['US-NY'])).toBeUndefined();
  });
});

describe('the schema', () => {
  const issues = (fields: Record<string, unknown>) =>
    (
      openingSchema.safeParse({ role: 'x', workplace: 'on-site', opens: '2026-11-02', ...fields }).error?.issues ?? []
    ).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  it('refuses codes that are not ISO: a country, a region of that country, a currency', () => {
    expect(issues({ locations: [{ country: 'UK' }] })).toEqual([
      expect.stringMatching(/^locations.0.country: use an ISO 3166-1/),
    ]);
    expect(issues({ locations: [{ country: 'US', region: 'XX' }] })).toEqual([
      expect.stringMatching(/^locations.0.region: "XX" is not a region of US/),
    ]);
    expect(issues({ locations: [{ country: 'DE' }], pay: { currency: 'EURO', min: 1, max: 2, unit: 'year' } })).toEqual(
      [expect.stringMatching(/^pay.currency: use an ISO 4217/)],
    );
  });
  it('refuses a min above max, closes before opens, and an apply link that is not http(s)', () => {
    expect(
      issues({
        locations: [{ country: 'DE' }],
        pay: { currency: 'EUR', min: 3, max: 2, unit: 'year' },
        closes: '2026-11-01',
        apply: 'javascript:alert(1)',
      }).sort(),
    ).toEqual([
      'apply: use an http:// or https:// link',
      'closes: closes is before opens',
      'pay.max: max must not be below min',
    ]);
    expect(issues({ locations: [{ country: 'DE' }], closes: '2026-11-01' })).toEqual([
      'closes: closes is before opens',
    ]);
  });
  it('asks a remote job where applicants may live, and an on-site one where it is', () => {
    expect(issues({ workplace: 'remote' })).toEqual([expect.stringMatching(/^remote: a remote opening says where/)]);
    expect(issues({})).toEqual([expect.stringMatching(/^locations: an on-site opening needs at least one location/)]);
  });
});

describe('in words', () => {
  it('formats pay for its currency and the locale', () => {
    const pay = { currency: 'EUR', min: 85000, max: 105000, unit: 'year' } as const;
    expect(payLabel(pay, 'en')).toBe('€85,000 – €105,000 a year');
    expect(payLabel(pay, 'de')).toBe('85.000–105.000\u00a0€ a year');
    expect(payLabel({ currency: 'USD', min: 42.5, max: 60, unit: 'hour' }, 'en')).toBe('$42.50 – $60.00 an hour');
    expect(payLabel({ currency: 'JPY', min: 9e6, max: 9e6, unit: 'year' }, 'en')).toBe('¥9,000,000 a year');
  });
  it('says where a job is and who may apply from where', () => {
    expect(
      whereLabel(opening({ workplace: 'hybrid', locations: [{ city: 'Berlin', region: 'BE', country: 'DE' }] })),
    ).toBe('Berlin, Germany · Hybrid');
    expect(whereLabel(opening({ locations: [{ city: 'New York', region: 'NY', country: 'US' }] }))).toBe(
      'New York, NY, United States · On-site',
    );
    expect(whereLabel(opening({ workplace: 'remote', remote: { countries: ['DE', 'NL'] } }))).toBe(
      'Remote from Germany or Netherlands',
    );
    expect(whereLabel(opening({ workplace: 'remote', remote: {} }))).toBe('Remote, from anywhere');
  });
});
