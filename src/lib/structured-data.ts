import type { Role } from '../schemas/role.ts';
import { responsibilities } from './body.ts';

export interface StructuredDataInput {
  role: { data: Role; body?: string | undefined };
  /** Absolute URLs. */
  url: string;
  home: string;
  roles: string;
}

/**
 * schema.org data for a role page: an Occupation (what the role is, its skills, experience and
 * education, its responsibilities) and the page's breadcrumb trail. Not a JobPosting: a role
 * page describes a role, not an opening with a date and a place.
 */
export function roleStructuredData({ role, url, home, roles }: StructuredDataInput): object[] {
  const { data } = role;
  const occupation: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: data.title,
    description: data.summary,
    url,
    skills: data.skills,
  };
  const duties = responsibilities(role.body);
  if (duties.length > 0) occupation.responsibilities = duties;
  if (data.experience) {
    occupation.experienceRequirements = {
      '@type': 'OccupationalExperienceRequirements',
      monthsOfExperience: data.experience.min * 12,
    };
  }
  if (data.education) occupation.educationRequirements = data.education;
  const breadcrumbs = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      { name: 'Home', item: home },
      { name: 'Roles', item: roles },
      { name: data.title, item: url },
    ].map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, ...crumb })),
  };
  return [occupation, breadcrumbs];
}

/** JSON for a <script type="application/ld+json"> element: "<" escaped so no text can close it. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
