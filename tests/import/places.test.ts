import { describe, expect, it } from 'vitest';
import { readAddress, readPlaceText } from '../../src/import/places.ts';
import { EU_MEMBERS } from '../../src/lib/codes.ts';

describe('free-text locations as ISO codes', () => {
  it.each([
    ['Berlin, Germany', { city: 'Berlin', country: 'DE', region: 'BE' }],
    ['New York, NY', { city: 'New York', country: 'US', region: 'NY' }],
    ['London, UK', { city: 'London', country: 'GB' }],
    ['Austin, Texas, United States', { city: 'Austin', country: 'US', region: 'TX' }],
    ['San Francisco, CA', { city: 'San Francisco', country: 'US', region: 'CA' }],
    ['Toronto, CA', { city: 'Toronto', country: 'CA' }],
    ['Atlanta, Georgia', { city: 'Atlanta', country: 'US', region: 'GA' }],
    ['Tbilisi, Georgia', { city: 'Tbilisi', country: 'GE' }],
    ['Amsterdam, The Netherlands', { city: 'Amsterdam', country: 'NL' }],
    ['Zürich, Schweiz', { city: 'Zürich', country: 'CH' }],
    ['Lisbon, PRT', { city: 'Lisbon', country: 'PT' }],
    ['Deutschland', { country: 'DE' }],
  ])('"%s"', (text, place) => {
    const read = readPlaceText(text);
    expect(read.problems).toEqual([]);
    expect(read.locations).toEqual([expect.objectContaining(place)]);
    expect(read.remote).toBeUndefined();
  });

  it('reads where remote applicants may live: EU, countries, or anywhere', () => {
    expect(readPlaceText('Remote - EU')).toMatchObject({ workplace: 'remote', locations: [], problems: [] });
    expect(readPlaceText('Remote - EU').remote).toEqual(EU_MEMBERS);
    expect(readPlaceText('Remote (US & Canada)')).toMatchObject({ remote: ['US', 'CA'], problems: [] });
    expect(readPlaceText('Remote')).toMatchObject({ remote: 'anywhere', problems: [] });
    expect(readPlaceText('Remote', { country: 'US' })).toMatchObject({ remote: ['US'] });
    expect(readPlaceText('Hybrid - Amsterdam')).toMatchObject({
      workplace: 'hybrid',
      locations: [{ city: 'Amsterdam', country: 'NL' }],
    });
  });

  it('reads several places in one line', () => {
    const read = readPlaceText('Berlin, Germany; London, UK or Remote (Germany)');
    expect(read.locations.map((l) => l.country)).toEqual(['DE', 'GB']);
    expect(read.remote).toEqual(['DE']);
    expect(read.workplace).toBe('remote');
  });

  it('reports what it cannot settle instead of guessing', () => {
    expect(readPlaceText('London')).toMatchObject({
      locations: [],
      problems: [expect.stringMatching(/"London" names cities in .*GB.*add the country/)],
    });
    expect(readPlaceText('Palo Alto, CA').problems).toEqual([expect.stringMatching(/could be in CA or US-CA/)]);
    const emea = readPlaceText('Remote - EMEA');
    expect(emea.remote).toBeUndefined();
    expect(emea.problems).toEqual([expect.stringMatching(/"EMEA" is not a country, EU or EEA/)]);
    expect(readPlaceText('Gotham City, Atlantis').problems).toEqual([
      expect.stringMatching(/"Atlantis" .* is neither a country nor a region/),
    ]);
    const munich = readPlaceText('Munich, Bavaria, Germany');
    expect(munich.locations).toEqual([{ city: 'Munich', country: 'DE' }]);
    expect(munich.problems).toEqual([expect.stringMatching(/"Bavaria" is not a region of DE/)]);
  });

  it('uses the country the board gives to settle a city', () => {
    expect(readPlaceText('London', { country: 'GB' }).locations).toEqual([{ city: 'London', country: 'GB' }]);
    expect(readPlaceText('Springfield', { country: 'US' }).problems).toEqual([
      expect.stringMatching(/names cities in US-OR, US-MA/),
    ]);
  });

  it('reads structured addresses, with country names and alpha-3 codes', () => {
    expect(readAddress({ city: 'Houston', region: 'Texas', country: 'USA' })).toEqual({
      place: { city: 'Houston', country: 'US', region: 'TX' },
    });
    expect(readAddress({ city: 'Warsaw', region: 'Mazowieckie', country: 'Poland', street: 'ul. Prosta 20' })).toEqual({
      place: { city: 'Warsaw', country: 'PL', region: '14', street: 'ul. Prosta 20' },
    });
    expect(readAddress({ country: 'Narnia' })).toEqual({ problem: '"Narnia" is not a country' });
  });
});
