import { describe, expect, it } from 'vitest';
import { loadRoles, RoleMatcher, type RoleEntry } from '../../src/import/match.ts';
import { loadTaxonomy } from '../../src/lib/taxonomy.ts';

const taxonomy = loadTaxonomy('content/taxonomy', { vocabulary: false });
const siteRoles = loadRoles('content/roles');
const matcher = new RoleMatcher(siteRoles, taxonomy.families, taxonomy.skills);

const roleOf = (title: string, m = matcher) => {
  const match = m.match(title);
  return match.kind === 'role' ? match.role.slug : match.kind;
};

describe('matching a job title to a role', () => {
  it.each([
    // The three examples.
    ['Backend Software Engineer – Payments (Contract)', 'backend-software-engineer'],
    ['Staff Software Engineer, Backend', 'staff-software-engineer-backend'],
    ['Senior Java Backend Engineer', 'senior-and-staff-java-backend-engineer'],
    // Word order, separators, spelling and abbreviations.
    ['Software Engineer (Backend), Staff', 'staff-software-engineer-backend'],
    ['Backend - Staff Software Engineer', 'staff-software-engineer-backend'],
    ['Sr. Back-End Engineer', 'senior-backend-engineer'],
    ['Senior Back End Developer', 'senior-backend-developer'],
    ['Senior Backend Engineer (Java)', 'senior-and-staff-java-backend-engineer'],
    ['Staff Java Backend Engineer', 'senior-and-staff-java-backend-engineer'],
    // A team, place, contract, workplace or gender tag does not hide the role.
    ['Senior Backend Engineer, Payments – Berlin', 'senior-backend-engineer'],
    ['Payments | Senior Backend Developer', 'senior-backend-developer'],
    ['Senior Backend Engineer (m/w/d)', 'senior-backend-engineer'],
    ['Senior Backend Engineer (Remote, EU)', 'senior-backend-engineer'],
    ['Backend Software Engineer - 6-month contract', 'backend-software-engineer'],
    ['Staff Backend Engineer - Platform', 'staff-software-engineer-backend'],
    // A word a title may leave out or add ("software"), or one that means the same ("developer").
    ['Senior Backend Software Engineer', 'senior-backend-engineer'],
    ['Backend Developer', 'backend-software-engineer'],
    // The exact title wins over a near one.
    ['Senior Backend Developer', 'senior-backend-developer'],
    ['Senior Backend Engineer', 'senior-backend-engineer'],
  ])('"%s" is an opening for %s', (title, slug) => {
    expect(roleOf(title)).toBe(slug);
  });

  it.each([
    ['Senior Frontend Engineer', 'another discipline'],
    ['Senior Data Engineer', 'another family'],
    ['Senior Backend Data Engineer', 'another family named beside backend'],
    ['Engineering Manager, Backend', 'a manager is not an engineer'],
    ['Lead Backend Engineer', 'a lead is another job'],
    ['Junior Backend Engineer', 'a level no backend role has'],
    ['Principal Java Backend Engineer', 'a level the Java role does not have'],
    ['Senior Software Engineer', 'no discipline named'],
    ['Staff Engineer', 'no discipline named'],
    ['Recruiter, Engineering', 'not an engineering job'],
    ['Product Designer', 'nothing in common'],
  ])('"%s" matches no role (%s)', (title) => {
    expect(matcher.match(title).kind).toBe('none');
  });

  it('names the closest roles for a title that matches none', () => {
    const match = matcher.match('Junior Backend Engineer');
    expect(match.kind).toBe('none');
    if (match.kind !== 'none') return;
    expect(match.closest.map((r) => r.slug)).toContain('senior-backend-engineer');
    expect(match.closest.length).toBeLessThanOrEqual(3);
    expect(matcher.match('Product Designer')).toMatchObject({ closest: [] });
  });

  it('reads the team, the contract and the workplace from what the board adds to a title', () => {
    expect(matcher.match('Backend Software Engineer – Payments (Contract)').title).toMatchObject({
      team: 'Payments',
      employment: 'contract',
      levels: [],
    });
    expect(matcher.match('Senior Backend Engineer, Core Banking Team (Part-time)').title).toMatchObject({
      team: 'Core Banking',
      employment: 'part-time',
    });
    expect(matcher.match('Senior Backend Engineer (Hybrid) - Amsterdam').title).toMatchObject({
      workplace: 'hybrid',
      places: ['Hybrid', 'Amsterdam'],
    });
    expect(matcher.match('Senior Backend Engineer - Berlin').title.team).toBeUndefined();
  });

  it('works on roles it was not written for, and says when two fit equally', () => {
    const roles: RoleEntry[] = [
      { slug: 'mobile-engineer', title: 'Mobile Engineer', levels: ['mid'], family: 'mobile' },
      { slug: 'senior-ios-engineer', title: 'Senior iOS Engineer', levels: ['senior'], family: 'mobile' },
      { slug: 'data-engineer', title: 'Data Engineer', levels: ['mid', 'senior'], family: 'data' },
      { slug: 'data-developer', title: 'Data Developer', levels: ['mid', 'senior'], family: 'data' },
    ];
    const other = new RoleMatcher(roles, taxonomy.families, taxonomy.skills);
    expect(roleOf('Senior iOS Engineer, Growth (Contract)', other)).toBe('senior-ios-engineer');
    expect(roleOf('Mobile Engineer - Lisbon', other)).toBe('mobile-engineer');
    expect(roleOf('Senior Data Engineer', other)).toBe('data-engineer');
    expect(roleOf('Data Programmer', other)).toBe('ambiguous');
    expect(roleOf('Senior Android Engineer', other)).toBe('none');
    expect(roleOf('Staff Data Engineer', other)).toBe('none');
  });
});
