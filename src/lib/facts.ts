import type { Level } from './levels.ts';

interface Counted {
  data: { levels: readonly Level[]; family: string; skills: readonly string[] };
}

export interface SiteFacts {
  roles: number;
  levels: number;
  families: number;
  skills: number;
}

/** What the home page's line of facts counts: roles, and the levels, families and skills they cover. */
export function siteFacts(roles: readonly Counted[]): SiteFacts {
  const levels = new Set<Level>();
  const families = new Set<string>();
  const skills = new Set<string>();
  for (const { data } of roles) {
    for (const level of data.levels) levels.add(level);
    families.add(data.family);
    for (const skill of data.skills) skills.add(skill);
  }
  return { roles: roles.length, levels: levels.size, families: families.size, skills: skills.size };
}

/** "1 role", "5 roles". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
