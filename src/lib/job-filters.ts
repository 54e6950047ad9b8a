/**
 * The facets the jobs pages filter by, as plain links (/jobs/country/de/): each facet's values
 * for a job, with a slug for the address and a label to show. Shared by the pages and the tests.
 */
import { LEVEL_LABELS, LEVELS, type Level } from './levels.ts';
import { countryLabel, EMPLOYMENT_LABELS, openingCountries, WORKPLACE_LABELS } from './openings.ts';
import { EMPLOYMENTS, WORKPLACES, type Opening } from '../schemas/opening.ts';

export const JOB_FACETS = ['family', 'level', 'country', 'workplace', 'employment'] as const;
export type JobFacet = (typeof JOB_FACETS)[number];

export const FACET_LABELS: Record<JobFacet, string> = {
  family: 'Family',
  level: 'Level',
  country: 'Country',
  workplace: 'Workplace',
  employment: 'Employment',
};

/** What a facet needs to know of a job. */
export interface FacetJob {
  data: Pick<Opening, 'locations' | 'remote' | 'workplace' | 'employment'>;
  family: string;
  levels: Level[];
}

export interface FacetValue {
  slug: string;
  label: string;
}

/** A job's values for a facet. */
export function facetValues(facet: JobFacet, job: FacetJob, familyName: (id: string) => string): FacetValue[] {
  switch (facet) {
    case 'family':
      return [{ slug: job.family, label: familyName(job.family) }];
    case 'level':
      return job.levels.map((level) => ({ slug: level, label: LEVEL_LABELS[level] }));
    case 'country':
      return openingCountries(job.data).map((code) => ({ slug: code.toLowerCase(), label: countryLabel(code) }));
    case 'workplace':
      return [{ slug: job.data.workplace, label: WORKPLACE_LABELS[job.data.workplace] }];
    case 'employment':
      return [{ slug: job.data.employment, label: EMPLOYMENT_LABELS[job.data.employment] }];
  }
}

/** Values in a sensible order: levels by career, workplace and employment as listed, the rest alphabetically. */
function order(facet: JobFacet): (a: FacetValue, b: FacetValue) => number {
  const fixed: Partial<Record<JobFacet, readonly string[]>> = {
    level: LEVELS,
    workplace: WORKPLACES,
    employment: EMPLOYMENTS,
  };
  const list = fixed[facet];
  return list ? (a, b) => list.indexOf(a.slug) - list.indexOf(b.slug) : (a, b) => a.label.localeCompare(b.label);
}

/** Every facet with its values and how many jobs have each, for the filter links. */
export function facetCounts(
  jobs: FacetJob[],
  familyName: (id: string) => string,
): { facet: JobFacet; values: (FacetValue & { count: number })[] }[] {
  return JOB_FACETS.map((facet) => {
    const counts = new Map<string, FacetValue & { count: number }>();
    for (const job of jobs)
      for (const value of facetValues(facet, job, familyName)) {
        const seen = counts.get(value.slug);
        if (seen) seen.count += 1;
        else counts.set(value.slug, { ...value, count: 1 });
      }
    return { facet, values: [...counts.values()].sort(order(facet)) };
  }).filter((group) => group.values.length > 0);
}
