import type { Taxonomy } from '../lib/taxonomy.ts';
import { findSkills, type SkillMatcher } from './skills.ts';

/** Skill categories that make a narrower focus when a title names one ("Java Backend Engineer"). */
const SPECIALIZING = new Set(['language', 'framework', 'cloud', 'datastore']);

/** The first language, framework, cloud or datastore the title names, if any. */
export function findSpecialization(title: string, taxonomy: Taxonomy, matcher: SkillMatcher): string | undefined {
  const category = new Map(taxonomy.skills.map((s) => [s.name, s.category]));
  return findSkills(title, matcher, { title: true }).find((name) => SPECIALIZING.has(category.get(name)!));
}
