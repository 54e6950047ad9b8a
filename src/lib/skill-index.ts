import type { Skill, Taxonomy } from './taxonomy.ts';
import type { RoleLike } from './roles.ts';

export interface SkillEntry<R extends RoleLike = RoleLike> {
  skill: Skill;
  roles: R[];
}

/** Every skill at least one role asks for, with those roles, grouped by category. One pass over the roles. */
export function skillIndex<R extends RoleLike>(roles: R[], taxonomy: Taxonomy) {
  const bySkill = new Map<string, R[]>();
  for (const role of roles) {
    for (const name of role.data.skills) {
      const list = bySkill.get(name);
      if (list) list.push(role);
      else bySkill.set(name, [role]);
    }
  }
  const entries: SkillEntry<R>[] = taxonomy.skills
    .filter((skill) => bySkill.has(skill.name))
    .map((skill) => ({ skill, roles: bySkill.get(skill.name)! }));
  const categories = [...taxonomy.categories]
    .map(([key, label]) => ({
      key,
      label,
      entries: entries.filter((e) => e.skill.category === key).sort((a, b) => a.skill.name.localeCompare(b.skill.name)),
    }))
    .filter((c) => c.entries.length > 0);
  return { entries, categories };
}
