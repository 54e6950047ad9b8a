import type { Taxonomy } from './taxonomy.ts';
import type { RoleLike } from './roles.ts';

export interface SkillGroup {
  category: string;
  skills: string[];
}

export interface Comparison {
  both: SkillGroup[];
  onlyA: SkillGroup[];
  onlyB: SkillGroup[];
}

const categories = new WeakMap<Taxonomy, Map<string, string>>();

/** Groups skill names by taxonomy category, in the taxonomy's order; unknown names go last. */
export function groupSkills(names: string[], taxonomy: Taxonomy): SkillGroup[] {
  let category = categories.get(taxonomy);
  if (!category) categories.set(taxonomy, (category = new Map(taxonomy.skills.map((s) => [s.name, s.category]))));
  const groups = [...taxonomy.categories].map(([key, label]) => ({
    category: label,
    skills: names.filter((n) => category.get(n) === key).sort((x, y) => x.localeCompare(y)),
  }));
  const other = names.filter((n) => !category.has(n));
  if (other.length > 0) groups.push({ category: 'Other', skills: other });
  return groups.filter((g) => g.skills.length > 0);
}

/** Skills two roles share and those only one asks for. */
export function compareRoles(a: RoleLike, b: RoleLike, taxonomy: Taxonomy): Comparison {
  const inA = new Set(a.data.skills);
  const inB = new Set(b.data.skills);
  return {
    both: groupSkills(
      a.data.skills.filter((s) => inB.has(s)),
      taxonomy,
    ),
    onlyA: groupSkills(
      a.data.skills.filter((s) => !inB.has(s)),
      taxonomy,
    ),
    onlyB: groupSkills(
      b.data.skills.filter((s) => !inA.has(s)),
      taxonomy,
    ),
  };
}
