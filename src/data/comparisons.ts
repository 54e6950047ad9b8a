import { careerPaths, type FamilyPath } from '../lib/career.ts';
import { getRoles, taxonomy, url, type RoleEntry } from './site.ts';

let paths: Promise<FamilyPath[]> | undefined;

/** The career paths of the published roles, worked out once per build and shared by the pages that show them. */
export function publishedCareerPaths(): Promise<FamilyPath[]> {
  paths ??= getRoles().then((roles) => careerPaths(roles, taxonomy));
  return paths;
}

/** Comparisons built as static pages: each step of each career path. Linear in the number of roles. */
export async function staticComparisons(): Promise<[RoleEntry, RoleEntry][]> {
  const pairs = new Map<string, [RoleEntry, RoleEntry]>();
  for (const path of await publishedCareerPaths()) {
    for (const step of path.steps) {
      if (step.compare)
        pairs.set(`${step.compare[0].id}/${step.compare[1].id}`, step.compare as [RoleEntry, RoleEntry]);
    }
  }
  return [...pairs.values()];
}

export const comparisonUrl = (a: { id: string }, b: { id: string }) => url(`/compare/${a.id}/${b.id}/`);
