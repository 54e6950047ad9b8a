import { describe, expect, it } from 'vitest';
import { careerPaths } from '../../src/lib/career.ts';
import { relatedRoles } from '../../src/lib/related.ts';
import { compareRoles } from '../../src/lib/compare.ts';
import { byCareerOrder, experienceLabel, type RoleLike } from '../../src/lib/roles.ts';
import { buildTaxonomy } from '../../src/lib/taxonomy.ts';
import type { Level } from '../../src/lib/levels.ts';

const taxonomy = buildTaxonomy(
  {
    categories: { language: 'Languages', tool: 'Tools', leadership: 'Leadership' },
    skills: [
      { name: 'Go', category: 'language' },
      { name: 'Rust', category: 'language' },
      { name: 'TypeScript', category: 'language' },
      { name: 'Kubernetes', category: 'tool' },
      { name: 'Mentoring', category: 'leadership' },
    ],
  },
  [
    { id: 'backend', name: 'Backend', keywords: ['backend'] },
    { id: 'frontend', name: 'Frontend', keywords: ['frontend'] },
  ],
);

function role(id: string, levels: Level[], skills: string[], family = 'backend', body = ''): RoleLike {
  return { id, body, data: { title: id, summary: 'x'.repeat(20), levels, family, skills, draft: false } };
}

const mid = role('mid', ['mid'], ['Go'], 'backend', '## What you will do\n\n- Write services\n');
const senior = role(
  'senior',
  ['senior'],
  ['Go', 'Kubernetes'],
  'backend',
  '## What you will do\n\n- Write services\n- Run clusters\n',
);
const seniorStaff = role('senior-staff', ['senior', 'staff'], ['Go', 'Kubernetes', 'Mentoring']);
const staff = role(
  'staff',
  ['staff'],
  ['Go', 'Rust', 'Mentoring'],
  'backend',
  '## What you will do\n\nSet direction. Grow people.\n',
);
const frontend = role('frontend', ['mid'], ['TypeScript'], 'frontend');

describe('the career path', () => {
  const [backend, front] = careerPaths([staff, frontend, senior, mid, seniorStaff], taxonomy);

  it('lists each family once, its levels in order, a role under every level it covers', () => {
    expect(backend!.family.id).toBe('backend');
    expect(backend!.levels.map((l) => [l.level, l.roles.map((r) => r.id)])).toEqual([
      ['mid', ['mid']],
      ['senior', ['senior', 'senior-staff']],
      ['staff', ['senior-staff', 'staff']],
    ]);
    expect(front!.levels.map((l) => l.level)).toEqual(['mid']);
    expect(front!.steps).toEqual([]);
  });

  it('shows the skills that are new at the next level, by category', () => {
    expect(backend!.steps.map((s) => [s.from, s.to, s.newSkills])).toEqual([
      [
        'mid',
        'senior',
        [
          { category: 'Tools', skills: ['Kubernetes'] },
          { category: 'Leadership', skills: ['Mentoring'] },
        ],
      ],
      ['senior', 'staff', [{ category: 'Languages', skills: ['Rust'] }]],
    ]);
  });

  it('shows the responsibilities that are new, from bullets or else sentences', () => {
    expect(backend!.steps[0]!.newResponsibilities).toEqual(['Run clusters']);
    expect(backend!.steps[1]!.newResponsibilities).toEqual(['Set direction.', 'Grow people.']);
  });

  it('compares the roles that cover a single level where there are some', () => {
    expect(backend!.steps.map((s) => s.compare?.map((r) => r.id))).toEqual([
      ['mid', 'senior'],
      ['senior', 'staff'],
    ]);
  });
});

describe('related roles', () => {
  it('come from the same family first, nearest level first', () => {
    expect(relatedRoles(senior, [mid, senior, seniorStaff, staff, frontend]).map((r) => r.id)).toEqual([
      'senior-staff',
      'mid',
      'staff',
    ]);
  });

  it('leave out roles of another family that share too few skills', () => {
    expect(relatedRoles(frontend, [mid, senior, frontend]).map((r) => r.id)).toEqual([]);
  });
});

describe('comparing two roles', () => {
  it('splits the skills into both, only the first and only the second, grouped by category', () => {
    expect(compareRoles(senior, staff, taxonomy)).toEqual({
      both: [{ category: 'Languages', skills: ['Go'] }],
      onlyA: [{ category: 'Tools', skills: ['Kubernetes'] }],
      onlyB: [
        { category: 'Languages', skills: ['Rust'] },
        { category: 'Leadership', skills: ['Mentoring'] },
      ],
    });
  });
});

describe('role helpers', () => {
  it('order roles by lowest level, then highest, then title', () => {
    expect([staff, seniorStaff, frontend, senior, mid].sort(byCareerOrder).map((r) => r.id)).toEqual([
      'frontend',
      'mid',
      'senior',
      'senior-staff',
      'staff',
    ]);
  });

  it('write experience as a visitor reads it', () => {
    expect(experienceLabel({ min: 5 })).toBe('5+ years');
    expect(experienceLabel({ min: 5, max: 10 })).toBe('5–10 years');
    expect(experienceLabel({ min: 3, max: 3 })).toBe('3 years');
    expect(experienceLabel(undefined)).toBeUndefined();
  });
});

describe('the role schema', () => {
  it('puts levels in career order and drops repeats, however an editor lists them', async () => {
    const { roleSchema } = await import('../../src/schemas/role.ts');
    const parsed = roleSchema.parse({
      title: 'Staff Engineer',
      summary: 'x'.repeat(20),
      levels: ['staff', 'senior', 'staff'],
      family: 'backend',
    });
    expect(parsed.levels).toEqual(['senior', 'staff']);
  });
});
