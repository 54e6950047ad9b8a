import type { Family, Taxonomy } from './taxonomy.ts';
import { LEVELS, type Level } from './levels.ts';
import { responsibilities } from './body.ts';
import { byCareerOrder, type RoleLike } from './roles.ts';
import { groupSkills, type SkillGroup } from './compare.ts';

export interface CareerStep {
  from: Level;
  to: Level;
  /** Skills roles at `to` ask for that no role at `from` does, by category label. */
  newSkills: SkillGroup[];
  /** What roles at `to` do that no role at `from` lists. */
  newResponsibilities: string[];
  /** Fewest years asked for at each end, where roles say. */
  experience: { from?: number; to?: number };
  /** The pair of roles to compare side by side for this step. */
  compare?: [RoleLike, RoleLike];
}

export interface FamilyPath {
  family: Family;
  levels: { level: Level; roles: RoleLike[] }[];
  steps: CareerStep[];
}

function minYears(roles: RoleLike[]): number | undefined {
  const years = roles.map((r) => r.data.experience?.min).filter((y): y is number => y !== undefined);
  return years.length > 0 ? Math.min(...years) : undefined;
}

/**
 * The career path of each family: its levels in order with their roles and, between neighbouring
 * levels, what is new. Linear in the number of roles and skills.
 */
export function careerPaths(roles: RoleLike[], taxonomy: Taxonomy): FamilyPath[] {
  const dutiesOf = (role: RoleLike) => responsibilities(role.body);
  const paths: FamilyPath[] = [];
  for (const family of taxonomy.families) {
    const members = roles.filter((r) => r.data.family === family.id).sort(byCareerOrder);
    if (members.length === 0) continue;
    const levels = LEVELS.map((level) => ({
      level,
      roles: members.filter((r) => r.data.levels.includes(level)),
    })).filter((l) => l.roles.length > 0);
    const steps: CareerStep[] = [];
    for (let i = 1; i < levels.length; i++) {
      const before = levels[i - 1]!;
      const after = levels[i]!;
      const had = new Set(before.roles.flatMap((r) => r.data.skills));
      const fresh = [...new Set(after.roles.flatMap((r) => r.data.skills))].filter((s) => !had.has(s));
      const newSkills = groupSkills(fresh, taxonomy);
      const done = new Set(before.roles.flatMap(dutiesOf));
      const newResponsibilities = [...new Set(after.roles.flatMap(dutiesOf))].filter((item) => !done.has(item));
      // Compare the most typical role of each level: the first that covers only that level, else the first.
      const pick = (l: typeof before) => l.roles.find((r) => r.data.levels.length === 1) ?? l.roles[0]!;
      const [a, b] = [pick(before), pick(after)];
      const experience: CareerStep['experience'] = {};
      const [fromYears, toYears] = [minYears(before.roles), minYears(after.roles)];
      if (fromYears !== undefined) experience.from = fromYears;
      if (toYears !== undefined) experience.to = toYears;
      const step: CareerStep = { from: before.level, to: after.level, newSkills, newResponsibilities, experience };
      if (a.id !== b.id) step.compare = [a, b];
      steps.push(step);
    }
    paths.push({ family, levels, steps });
  }
  return paths;
}
