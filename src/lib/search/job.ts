import { escapeText } from 'entities';
import { LEVELS, LEVEL_LABELS, type Level } from '../levels.ts';
import type { RoleLike } from '../roles.ts';
import type { Taxonomy } from '../taxonomy.ts';
import { countryLabel, EMPLOYMENT_LABELS, openingCountries, WORKPLACE_LABELS, whereLabel } from '../openings.ts';
import { payLabel } from '../pay.ts';
import type { Opening } from '../../schemas/opening.ts';
import { searchDataHtml, sortDay, type SearchData } from './data.ts';
import { skillsHtml } from './record.ts';

/** What search needs of an opening: it, its role, and what the site shows of it. */
export interface JobLike {
  id: string;
  data: Opening;
  role: RoleLike;
  title: string;
  levels: Level[];
}

/** The lede of an opening's page: its team, then the role's summary. */
export const jobLede = (job: Pick<JobLike, 'data' | 'role'>): string =>
  `${job.data.team ? `In the ${job.data.team} team. ` : ''}${job.role.data.summary}`;

/**
 * What search indexes of an opening besides its text: the same filters as a role's where they
 * mean the same (level, family, skill) and its own (where, workplace, employment), sortable by
 * the day it was posted. `type` tells a job from a role in results and filters.
 */
export function jobSearchData(job: JobLike, { taxonomy }: { taxonomy: Taxonomy }): SearchData {
  const { data, role } = job;
  const family = taxonomy.families.find((f) => f.id === role.data.family)?.name ?? role.data.family;
  const countries = openingCountries(data).map((code) => countryLabel(code));
  const cities = data.locations.map((place) => place.city).filter((city): city is string => !!city);
  return {
    url: `/jobs/${job.id}/`,
    meta: {
      title: job.title,
      summary: jobLede(job),
      type: 'Job',
      where: whereLabel(data),
      ...(data.pay ? { pay: payLabel(data.pay) } : {}),
      employment: EMPLOYMENT_LABELS[data.employment],
    },
    filters: {
      type: ['Job'],
      level: job.levels.map((level) => LEVEL_LABELS[level]),
      family: [family],
      location: countries,
      workplace: [WORKPLACE_LABELS[data.workplace]],
      employment: [EMPLOYMENT_LABELS[data.employment]],
      skill: role.data.skills,
    },
    sort: { level: String(LEVELS.indexOf(job.levels[0]!)), updated: sortDay(data.opens) },
    hiddenWords: [
      // Where and how, as words to search for: "Berlin", "remote", "contract".
      {
        name: 'facts',
        text: [...cities, ...countries, WORKPLACE_LABELS[data.workplace], EMPLOYMENT_LABELS[data.employment], data.team]
          .filter(Boolean)
          .join('. '),
      },
    ],
  };
}

const text = (value: string) => escapeText(value);

/**
 * An opening's page reduced to what its template indexes, in the same order and elements:
 * title, lede, the search data, the opening's own text under its heading, the skills (the
 * role's body is searched on the role's own page, not once more under each opening). tests/search/records.test.ts proves it indexes exactly as the built page does.
 */
export function jobRecord(job: JobLike, data: SearchData, ownHtml: string, taxonomy: Taxonomy) {
  const own = ownHtml.trim() ? `<section><h2 id="this-job">About this job</h2>${ownHtml}</section>` : '';
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${text(job.title)}</title></head>` +
    `<body><article data-pagefind-body><h1>${text(job.title)}</h1><p>${text(jobLede(job))}</p>` +
    `${searchDataHtml(data)}<div>${own}${skillsHtml(job.role.data.skills, taxonomy, 'Skills for this job')}</div></article></body></html>`;
  return { url: data.url, html };
}
