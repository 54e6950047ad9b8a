import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  crossFieldIssues,
  openingSchema,
  EMPLOYMENTS,
  WORKPLACES,
  PAY_UNITS,
  type Opening,
} from '../schemas/opening.ts';
import { jurisdictionName, suggestCountry } from '../lib/codes.ts';
import { payLawFor } from '../lib/openings.ts';
import { checkBody } from './body.ts';
import { checkSchema } from './fields.ts';
import type { Problem } from './problems.ts';
import { bodyPlace, load, suggest, type Loaded, type PageKind } from './roles.ts';

export const OPENING_PAGE: PageKind = {
  what: 'an opening',
  start: '`npm run new -- --opening role-slug`',
  fields: 'role, workplace, locations, pay, opens',
};

/** Ids the opening layout adds to every opening page, for links like /jobs/x/#apply. */
const LAYOUT_IDS = [
  'main',
  'apply',
  'this-job',
  'skills',
  'working-here',
  'story-equal-opportunity',
  'story-adjustments',
];

export interface OpeningCheckOptions {
  root: string;
  openingsDir: string;
  publicDir: string;
  /** Role slugs, and the titles for suggestions. */
  roles: Map<string, string>;
  /** site.yaml's payTransparency. */
  payTransparency: readonly string[];
  /** Every other page of the site, for links in an opening's body. */
  pages: Map<string, Set<string>>;
}

/** The opening files in a folder, sorted, as absolute paths. */
export function openingFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name) && name.toLowerCase() !== 'readme.md')
    .sort()
    .map((name) => join(dir, name));
}

/** The pages the openings add to the site (/jobs/<slug>/), with their ids, for links from any body. */
export function openingPages(dir: string): Map<string, Set<string>> {
  const pages = new Map<string, Set<string>>([['/jobs/', new Set(['main'])]]);
  for (const path of openingFiles(dir)) {
    const slug = path.replace(/^.*[\\/]/, '').replace(/\.mdx?$/, '');
    pages.set(`/jobs/${slug}/`, new Set(LAYOUT_IDS));
  }
  return pages;
}

const HINTS: Record<string, string> = {
  role: 'the file name of a role page in content/roles/, without .md',
  workplace: `one of ${WORKPLACES.join(', ')}`,
  employment: `one of ${EMPLOYMENTS.join(', ')}`,
  locations: 'a list such as [{ city: Berlin, region: BE, country: DE }]',
  pay: `{ currency: EUR, min: 85000, max: 105000, unit: year } (unit: ${PAY_UNITS.join(', ')})`,
  opens: 'the day it is posted, as YYYY-MM-DD',
  closes: 'the last day to apply, as YYYY-MM-DD',
  apply: 'an https:// link to the job in the applicant tracking system',
  remote: 'remote: { countries: [DE, NL] } or remote: { timezones: [UTC+01:00] }, or remote: {} for anywhere',
};

function checkFields(opening: Loaded, options: OpeningCheckOptions, problems: Problem[]): void {
  const { data, yaml, file } = opening;
  if (!data || !yaml) return;
  const { result, add } = checkSchema({ file, yaml, data }, openingSchema, problems, ({ issue, path, field }, add) => {
    const value = path.reduce<unknown>(
      (at, key) => (at && typeof at === 'object' ? (at as Record<string | number, unknown>)[key] : undefined),
      data,
    );
    if (issue.code === 'unrecognized_keys') {
      const known = path.length === 0 ? Object.keys(openingSchema.shape) : [];
      for (const key of issue.keys) {
        const guess = known.length ? suggest(key, known, new Map()) : undefined;
        add(
          [...path, key],
          `"${key}" is not a field of ${path.length ? path.join('.') : 'an opening'}${guess ? ` (did you mean ${guess}?)` : ''}`,
          path.length === 0 ? `the fields are ${known.join(', ')}` : HINTS[field],
        );
      }
    } else if (value === undefined && issue.code === 'invalid_type') {
      add(path, `${path.join('.')} is missing`, HINTS[field]);
    } else if (field === 'locations' || field === 'remote') {
      const country = typeof value === 'string' && path.at(-1) !== 'region' ? suggestCountry(value) : undefined;
      add(
        path,
        `${typeof value === 'string' ? `"${value}": ` : ''}${issue.message}`,
        country ? `did you mean ${country}?` : HINTS[field],
      );
    } else if (issue.code === 'invalid_value' || issue.code === 'invalid_union') {
      add(path, `"${String(value)}" is not a valid ${path.join('.')}`, HINTS[field]);
    } else if (typeof value === 'string' && issue.code === 'custom') {
      add(path, `"${value}": ${issue.message}`, HINTS[field]);
    } else {
      add(path, issue.message, HINTS[field]);
    }
  });
  // Each field on its own (each location on its own), so that the rules between fields are
  // checked on what is valid and reported with the rest.
  const valid: Record<string, unknown> = result.success ? { ...result.data } : {};
  if (!result.success) {
    for (const [key, field] of Object.entries(openingSchema.shape)) {
      const parsed = field.safeParse(data[key]);
      if (parsed.success) valid[key] = parsed.data;
    }
    if (Array.isArray(data.locations))
      valid.locations = data.locations.flatMap((place) => {
        const parsed = openingSchema.shape.locations.safeParse([place]);
        return parsed.success ? parsed.data : [];
      });
    for (const issue of crossFieldIssues(valid as Partial<Opening>))
      add(issue.path, issue.message, HINTS[issue.path[0]!]);
  }
  if (typeof data.role === 'string' && !options.roles.has(data.role.trim())) {
    const slugs = [...options.roles.keys()];
    const guess = suggest(
      data.role,
      slugs,
      new Map([...options.roles].map(([slug, title]) => [title.toLowerCase(), slug])),
    );
    add(
      ['role'],
      `"${data.role}" is not a role${guess ? ` (did you mean ${guess}?)` : ''}`,
      `use the file name of a page in content/roles/: ${slugs.join(', ')}`,
    );
  }
  // The law's test runs on what the schema accepted (a location with a valid country, say).
  if (data.pay === undefined) {
    const law = payLawFor(
      { locations: [], workplace: 'on-site', ...valid } as Pick<Opening, 'locations' | 'remote' | 'workplace'>,
      options.payTransparency,
    );
    // Fine while drafting, as a placeholder is; an error once it would be published.
    const draft = data.draft === true;
    if (law)
      add(
        ['pay'],
        `the pay range is missing: ${law.because}, and the pay-transparency law of ${jurisdictionName(law.jurisdiction)} asks for it in the posting`,
        `add pay: ${HINTS.pay}${draft ? ' before you remove draft: true' : ''}; content/site.yaml's payTransparency lists where a range is required`,
        draft ? 'warning' : 'error',
      );
  }
}

/** Checks every opening: its fields, its role, the pay range the law asks for, its body's links. */
export function checkOpenings(options: OpeningCheckOptions): Problem[] {
  const problems: Problem[] = [];
  const openings = openingFiles(options.openingsDir)
    .map((path) => load(path, options, problems, OPENING_PAGE))
    .filter((o): o is Loaded => o !== undefined);
  const byAts = new Map<string, Loaded>();
  for (const opening of openings) {
    checkFields(opening, options, problems);
    const ats = opening.data?.ats as { system?: unknown; id?: unknown } | undefined;
    if (ats && typeof ats === 'object' && ats.system !== undefined && ats.id !== undefined) {
      const key = `${String(ats.system)}:${String(ats.id)}`;
      const other = byAts.get(key);
      if (other)
        problems.push({
          file: opening.file,
          ...opening.yaml!.position(['ats', 'id']),
          field: 'ats.id',
          message: `${String(ats.system)} job ${String(ats.id)} is also ${other.file}`,
          hint: 'keep one file per job: delete one of them',
          severity: 'error',
        });
      else byAts.set(key, opening);
    }
    if (opening.body) {
      problems.push(
        ...checkBody(opening.body, {
          ...bodyPlace(opening),
          publicDir: options.publicDir,
          page: (path) => options.pages.get(path),
          ownIds: new Set([...LAYOUT_IDS, ...opening.body.ids]),
          sections: false,
        }),
      );
    }
  }
  return problems;
}
