/**
 * An opening's page against its JobPosting: exactly one block, valid by Google's rules
 * (tests/quality/job-posting.ts), and no property that the page does not show.
 */
import type { HTMLElement } from 'node-html-parser';
import { jobPostingProblems } from './job-posting.ts';

type Place = { address?: { addressLocality?: string; addressCountry?: string } };

interface Posting {
  title?: string;
  datePosted?: string;
  validThrough?: string;
  employmentType?: string;
  hiringOrganization?: { name?: string };
  jobLocation?: Place | Place[];
  jobLocationType?: string;
  applicantLocationRequirements?: { name?: string } | { name?: string }[];
  baseSalary?: { currency?: string; value?: { minValue?: number; maxValue?: number } };
  identifier?: { value?: string };
}

const EMPLOYMENT: Record<string, string> = {
  FULL_TIME: 'Full-time',
  PART_TIME: 'Part-time',
  CONTRACTOR: 'Contract',
  TEMPORARY: 'Temporary',
  INTERN: 'Internship',
};

/** Every way the page and its JobPosting disagree, as sentences; none for a good page. */
export function jobPostingPageProblems(page: HTMLElement, path: string): string[] {
  const blocks = page
    .querySelectorAll('script[type="application/ld+json"]')
    .map((s) => JSON.parse(s.text) as { '@type'?: string })
    .filter((data) => data['@type'] === 'JobPosting');
  if (blocks.length !== 1) return [`${path}: ${blocks.length} JobPosting blocks, not one`];
  const posting = blocks[0] as Posting;
  const problems = jobPostingProblems(posting).map((p) => `${path}: ${p}`);
  const shown = page.querySelector('main')?.text ?? '';
  const facts = page.querySelector('.facts')?.text ?? '';
  const times = page.querySelectorAll('.facts time').map((t) => t.getAttribute('datetime'));
  const must = (ok: boolean, what: string) => ok || problems.push(`${path}: ${what}`);
  must(page.querySelector('h1')?.text === posting.title, `title "${posting.title}" is not the page's heading`);
  must(times.includes(posting.datePosted?.slice(0, 10)), `datePosted ${posting.datePosted} is not shown`);
  if (posting.validThrough)
    must(times.includes(posting.validThrough.slice(0, 10)), `validThrough ${posting.validThrough} is not shown`);
  must(
    facts.includes(EMPLOYMENT[posting.employmentType ?? ''] ?? '?'),
    `employmentType ${posting.employmentType} is not shown`,
  );
  must(
    shown.includes(posting.hiringOrganization?.name ?? '?') ||
      page.querySelector(`header img[alt="${posting.hiringOrganization?.name}"]`) !== null,
    'the employer is not named',
  );
  for (const place of [posting.jobLocation ?? []].flat())
    if (place.address?.addressLocality)
      must(
        facts.includes(place.address.addressLocality),
        `addressLocality ${place.address.addressLocality} is not shown`,
      );
  for (const country of [posting.applicantLocationRequirements ?? []].flat())
    must(
      facts.includes(country.name ?? '?') || facts.includes('anywhere'),
      `applicant country ${country.name} is not shown`,
    );
  if (posting.jobLocationType === 'TELECOMMUTE') must(/Remote/.test(facts), 'the page does not say the job is remote');
  if (posting.baseSalary) {
    const pay = page.querySelector('.facts data.pay');
    must(
      pay?.getAttribute('data-min') === String(posting.baseSalary.value?.minValue) &&
        pay?.getAttribute('data-max') === String(posting.baseSalary.value?.maxValue) &&
        pay?.getAttribute('data-currency') === posting.baseSalary.currency,
      `baseSalary ${JSON.stringify(posting.baseSalary)} is not the pay shown`,
    );
  } else must(page.querySelector('.facts data.pay') === null, 'the page shows pay the JobPosting lacks');
  return problems;
}
