import { LEVELS } from './levels.ts';
import type { RoleLike } from './roles.ts';

/** Most roles looked at per skill and level when picking related roles; bounds the work per role. */
const PER_POSTING = 40;

const rank = (role: RoleLike) => LEVELS.indexOf(role.data.levels[0]!);

/**
 * Related roles for every role at once: same family first, then shared skills, then the nearest
 * level. Candidates come from posting lists (family, level, skill), each read up to a fixed
 * length, so the work grows with the number of roles, not with its square; where a family is
 * small every member is considered and the result is exact.
 */
export function relatedIndex<R extends RoleLike>(roles: R[], limit = 3): (role: R) => R[] {
  const postings = new Map<string, R[]>();
  const buckets = new Map<string, R[]>();
  const add = (map: Map<string, R[]>, key: string, role: R) => {
    const list = map.get(key);
    if (list) list.push(role);
    else map.set(key, [role]);
  };
  for (const role of roles) {
    const level = rank(role);
    add(buckets, `${role.data.family}|${level}`, role);
    for (const skill of role.data.skills) {
      add(postings, `${role.data.family}|${level}|${skill}`, role);
      add(postings, `*|${skill}`, role);
    }
  }

  return (role: R) => {
    const skills = new Set(role.data.skills);
    const level = rank(role);
    const candidates = new Set<R>();
    const take = (list: R[] | undefined, count: number) => {
      for (const other of list?.slice(0, count) ?? []) if (other !== role) candidates.add(other);
    };
    for (let distance = 0; distance < LEVELS.length && candidates.size < limit * 4; distance++) {
      for (const l of new Set([level - distance, level + distance])) {
        take(buckets.get(`${role.data.family}|${l}`), PER_POSTING);
        for (const skill of skills) take(postings.get(`${role.data.family}|${l}|${skill}`), PER_POSTING);
      }
    }
    for (const skill of skills) take(postings.get(`*|${skill}`), PER_POSTING / 4);
    return [...candidates]
      .map((other) => {
        const shared = other.data.skills.filter((s) => skills.has(s)).length;
        const sameFamily = other.data.family === role.data.family;
        const distance = Math.abs(rank(other) - level);
        return { other, shared, sameFamily, score: (sameFamily ? 100 : 0) + shared - distance * 2 };
      })
      .filter((c) => c.sameFamily || c.shared >= Math.max(1, skills.size / 4))
      .sort((x, y) => y.score - x.score || x.other.data.title.localeCompare(y.other.data.title))
      .slice(0, limit)
      .map((c) => c.other);
  };
}

/** The roles most like this one (see relatedIndex); for one role, build the index once for many. */
export function relatedRoles<R extends RoleLike>(role: R, roles: R[], limit = 3): R[] {
  return relatedIndex(roles, limit)(role);
}
