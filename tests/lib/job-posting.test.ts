import { iso31661 } from 'iso-3166';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { applicantCountries, jobPosting, type JobPostingInput } from '../../src/lib/job-posting.ts';
import { jsonForScript } from '../../src/lib/structured-data.ts';
import { openingSchema, type OpeningFrontmatter } from '../../src/schemas/opening.ts';
import { jobPostingProblems } from '../quality/job-posting.ts';

const organization = {
  name: 'Example Payments',
  url: 'https://www.example.com/',
  logo: 'https://careers.example.com/brand/logo.svg',
};

/** A posting for an opening written as an editor writes its frontmatter. */
function postingFor(frontmatter: Partial<OpeningFrontmatter>, page: Partial<JobPostingInput> = {}) {
  const opening = openingSchema.parse({
    role: 'senior-backend-engineer',
    workplace: 'on-site',
    locations: [{ city: 'Berlin', region: 'BE', country: 'DE' }],
    opens: '2026-11-02',
    ...frontmatter,
  });
  return jobPosting({
    opening,
    slug: 'senior-backend-engineer-payments-berlin',
    title: opening.title ?? 'Senior Backend Engineer',
    descriptionHtml: '<p>The Payments team runs the ledger.</p><h2>What you will do</h2><ul><li>Settle.</li></ul>',
    url: 'https://careers.example.com/openings/senior-backend-engineer-payments-berlin/',
    organization,
    ...page,
  });
}

/** A posting as plain JSON, to break one property of. */
const json = (posting: object): Record<string, any> => JSON.parse(JSON.stringify(posting));

const names = (areas: unknown) => (areas as { name: string }[]).map((area) => area.name);

describe('the JobPosting of an opening', () => {
  it('places a hybrid job in an EU city at its office, with no street address the opening does not give', () => {
    const posting = postingFor({
      workplace: 'hybrid',
      locations: [{ city: 'Berlin', region: 'BE', country: 'DE' }],
      pay: { currency: 'EUR', min: 85000, max: 105000, unit: 'year' },
      closes: '2027-01-31',
    });
    expect(jobPostingProblems(posting)).toEqual([]);
    expect(posting.jobLocation).toEqual({
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: 'Berlin', addressRegion: 'BE', addressCountry: 'DE' },
    });
    // Hybrid is not 100% remote: Google's TELECOMMUTE would misdescribe it.
    expect(posting).not.toHaveProperty('jobLocationType');
    expect(posting).not.toHaveProperty('applicantLocationRequirements');
  });

  it('marks a remote job as TELECOMMUTE for the countries applicants may live in, with no office', () => {
    const posting = postingFor({
      workplace: 'remote',
      locations: [{ city: 'Berlin', country: 'DE' }],
      remote: { countries: ['NL', 'DE', 'PL'], timezones: ['UTC+01:00'] },
    });
    expect(jobPostingProblems(posting)).toEqual([]);
    expect(posting.jobLocationType).toBe('TELECOMMUTE');
    expect(posting.applicantLocationRequirements).toEqual([
      { '@type': 'Country', name: 'Germany' },
      { '@type': 'Country', name: 'Netherlands' },
      { '@type': 'Country', name: 'Poland' },
    ]);
    expect(posting).not.toHaveProperty('jobLocation');
  });

  it('gives an on-site job in a US state its full address where the opening has one', () => {
    const posting = postingFor({
      locations: [{ city: 'New York', region: 'NY', country: 'US', street: '350 5th Ave', postalCode: '10118' }],
      pay: { currency: 'USD', min: 135000, max: 165000, unit: 'year' },
    });
    expect(jobPostingProblems(posting)).toEqual([]);
    expect(posting.jobLocation).toEqual({
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        streetAddress: '350 5th Ave',
        addressLocality: 'New York',
        addressRegion: 'NY',
        postalCode: '10118',
        addressCountry: 'US',
      },
    });
  });

  it('lists every location of a job in several offices', () => {
    const posting = postingFor({
      locations: [
        { city: 'Berlin', country: 'DE' },
        { city: 'Amsterdam', region: 'NH', country: 'NL' },
      ],
    });
    expect(jobPostingProblems(posting)).toEqual([]);
    const addresses = json(posting).jobLocation.map((place: { address: { addressLocality: string } }) => place.address);
    expect(addresses).toEqual([
      { '@type': 'PostalAddress', addressLocality: 'Berlin', addressCountry: 'DE' },
      { '@type': 'PostalAddress', addressLocality: 'Amsterdam', addressRegion: 'NH', addressCountry: 'NL' },
    ]);
  });

  it('opens a job remote from anywhere to applicants in every country, the only way Google takes "anywhere"', () => {
    const posting = postingFor({ workplace: 'remote', locations: [], remote: {} });
    expect(jobPostingProblems(posting)).toEqual([]);
    const countries = names(posting.applicantLocationRequirements);
    expect(countries).toHaveLength(iso31661.length);
    expect(countries).toEqual(expect.arrayContaining(['Germany', 'United States', 'Japan', 'Brazil', 'Kenya']));
    // Without remote (which the schema asks remote openings for), the page says anywhere too.
    expect(applicantCountries(undefined)).toHaveLength(iso31661.length);
  });

  it('turns time zones alone into the countries at their standard offset, since Google takes places only', () => {
    const posting = postingFor({ workplace: 'remote', locations: [], remote: { timezones: ['UTC+01:00'] } });
    expect(jobPostingProblems(posting)).toEqual([]);
    const countries = names(posting.applicantLocationRequirements);
    expect(countries).toEqual(expect.arrayContaining(['Germany', 'France', 'Spain', 'Nigeria']));
    expect(countries).not.toContain('United Kingdom');
    expect(countries).not.toContain('United States');

    expect(applicantCountries({ countries: [], timezones: ['Europe/London'] })).toEqual(
      expect.arrayContaining(['GB', 'IE', 'PT']),
    );
    expect(applicantCountries({ countries: [], timezones: ['Europe/London'] })).not.toContain('DE');
    expect(applicantCountries({ countries: [], timezones: ['UTC-05:00', 'UTC+05:30'] })).toEqual(
      expect.arrayContaining(['US', 'CA', 'CO', 'IN', 'LK']),
    );
  });

  it('gives an hourly rate as a range per HOUR, and one amount as a single value', () => {
    const range = postingFor({ employment: 'contract', pay: { currency: 'EUR', min: 85, max: 110.5, unit: 'hour' } });
    expect(jobPostingProblems(range)).toEqual([]);
    expect(range.baseSalary).toEqual({
      '@type': 'MonetaryAmount',
      currency: 'EUR',
      value: { '@type': 'QuantitativeValue', minValue: 85, maxValue: 110.5, unitText: 'HOUR' },
    });
    expect(range.employmentType).toBe('CONTRACTOR');

    const one = postingFor({ pay: { currency: 'GBP', min: 4000, max: 4000, unit: 'month' } });
    expect(jobPostingProblems(one)).toEqual([]);
    expect(one.baseSalary).toEqual({
      '@type': 'MonetaryAmount',
      currency: 'GBP',
      value: { '@type': 'QuantitativeValue', value: 4000, unitText: 'MONTH' },
    });
  });

  it('has no pay where the opening names none', () => {
    const posting = postingFor({});
    expect(jobPostingProblems(posting)).toEqual([]);
    expect(posting).not.toHaveProperty('baseSalary');
  });

  it('has no validThrough without a closing day, and is valid through the whole closing day with one', () => {
    const open = postingFor({});
    expect(jobPostingProblems(open)).toEqual([]);
    expect(open).not.toHaveProperty('validThrough');

    const closing = postingFor({ opens: '2026-11-02', closes: '2026-11-02' });
    expect(jobPostingProblems(closing)).toEqual([]);
    expect(closing.datePosted).toBe('2026-11-02');
    expect(closing.validThrough).toBe('2026-11-02T23:59:59Z');
  });

  it("maps each kind of contract to Google's employment type", () => {
    const types = (['full-time', 'part-time', 'contract', 'temporary', 'internship'] as const).map(
      (employment) => postingFor({ employment }).employmentType,
    );
    expect(types).toEqual(['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN']);
  });

  it('names the employer, and identifies the job by its ATS id, else by its file name', () => {
    const posting = postingFor({});
    expect(posting.hiringOrganization).toEqual({
      '@type': 'Organization',
      name: 'Example Payments',
      sameAs: 'https://www.example.com/',
      logo: 'https://careers.example.com/brand/logo.svg',
    });
    expect(posting.identifier).toEqual({
      '@type': 'PropertyValue',
      name: 'Example Payments',
      value: 'senior-backend-engineer-payments-berlin',
    });
    expect(postingFor({ ats: { system: 'greenhouse', id: '4012345' } }).identifier).toEqual({
      '@type': 'PropertyValue',
      name: 'Example Payments',
      value: '4012345',
    });
    expect(posting.directApply).toBe(false);
  });

  it('refuses an on-site opening without a location, naming the opening', () => {
    const opening = { ...openingSchema.parse({ role: 'r', workplace: 'remote', remote: {}, opens: '2026-11-02' }) };
    opening.workplace = 'on-site';
    expect(() =>
      jobPosting({
        opening,
        slug: 'lost-opening',
        title: 'Engineer',
        descriptionHtml: '<p>Text.</p>',
        url: 'https://careers.example.com/openings/lost-opening/',
        organization,
      }),
    ).toThrow(/lost-opening.*locations/);
  });
});

describe('the JobPosting in its script element', () => {
  it('cannot be closed early by a title or description containing </script>', () => {
    const title = 'Engineer </script><script>alert(1)</script>';
    const descriptionHtml = '<p>Write </SCRIPT> and <!-- in prose.</p>';
    const posting = postingFor({}, { title, descriptionHtml });
    const page = parse(`<head><script type="application/ld+json">${jsonForScript(posting)}</script></head>`);
    const scripts = page.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    const read = JSON.parse(scripts[0]!.textContent);
    expect(read.title).toBe(title);
    expect(read.description).toBe(descriptionHtml);
  });
});

describe("the check of Google's rules", () => {
  const onSite = json(
    postingFor({ pay: { currency: 'EUR', min: 85000, max: 105000, unit: 'year' }, closes: '2027-01-31' }),
  );
  const remote = json(postingFor({ workplace: 'remote', locations: [], remote: { countries: ['DE'] } }));

  it('finds nothing wrong with the postings the others start from', () => {
    expect(jobPostingProblems(onSite)).toEqual([]);
    expect(jobPostingProblems(remote)).toEqual([]);
  });

  it('reports a missing title', () => {
    const { title: _, ...broken } = onSite;
    expect(jobPostingProblems(broken)).toEqual(['title: is required']);
  });

  it('reports a job with no jobLocation that is not 100% remote', () => {
    const { jobLocation: _, ...broken } = onSite;
    expect(jobPostingProblems(broken)).toEqual([
      expect.stringMatching(/^jobLocation: is required unless .*TELECOMMUTE/),
    ]);
  });

  it('reports TELECOMMUTE without applicantLocationRequirements', () => {
    const { applicantLocationRequirements: _, ...broken } = remote;
    expect(jobPostingProblems(broken)).toEqual([expect.stringMatching(/^applicantLocationRequirements: is required/)]);
  });

  it('reports a currency that is not an ISO 4217 code', () => {
    const broken = json(onSite);
    broken.baseSalary.currency = 'EURO';
    expect(jobPostingProblems(broken)).toEqual([expect.stringMatching(/^baseSalary\.currency: .*ISO 4217/)]);
  });

  it('reports a minValue above the maxValue', () => {
    const broken = json(onSite);
    broken.baseSalary.value.minValue = 120000;
    expect(jobPostingProblems(broken)).toEqual(['baseSalary.value.maxValue: is below minValue']);
  });

  it('reports relative URLs for the logo, the employer and the page', () => {
    const broken = json(onSite);
    broken.hiringOrganization.logo = '/brand/logo.svg';
    broken.hiringOrganization.sameAs = 'www.example.com';
    broken.url = '/openings/senior-backend-engineer-payments-berlin/';
    expect(jobPostingProblems(broken)).toEqual([
      expect.stringMatching(/^hiringOrganization\.sameAs: .*absolute/),
      expect.stringMatching(/^hiringOrganization\.logo: .*absolute/),
      expect.stringMatching(/^url: .*absolute/),
    ]);
  });

  it('reports a validThrough before the datePosted', () => {
    const broken = { ...onSite, validThrough: '2026-10-31T23:59:59Z' };
    expect(jobPostingProblems(broken)).toEqual([expect.stringMatching(/^validThrough: .* is not after datePosted/)]);
  });

  it('reports dates that are not ISO 8601', () => {
    const broken = { ...onSite, datePosted: '02.11.2026' };
    expect(jobPostingProblems(broken)).toEqual([expect.stringMatching(/^datePosted: .*ISO 8601/)]);
  });

  it('reports a country that is not an alpha-2 code, and an unknown employment type or salary unit', () => {
    const broken = json(onSite);
    broken.jobLocation.address.addressCountry = 'Germany';
    broken.employmentType = 'FULLTIME';
    broken.baseSalary.value.unitText = 'ANNUAL';
    expect(jobPostingProblems(broken)).toEqual([
      expect.stringMatching(/^employmentType: use one of FULL_TIME/),
      expect.stringMatching(/^jobLocation\.address\.addressCountry: .*alpha-2/),
      expect.stringMatching(/^baseSalary\.value\.unitText: use one of HOUR/),
    ]);
  });

  it('reports a description that is not HTML, or only repeats the title', () => {
    expect(jobPostingProblems({ ...onSite, description: 'Plain text.' })).toEqual([
      expect.stringMatching(/^description: .*HTML/),
    ]);
    expect(jobPostingProblems({ ...onSite, description: `<p>${onSite.title}</p>` })).toEqual([
      expect.stringMatching(/^description: is the same as the title/),
    ]);
  });
});
