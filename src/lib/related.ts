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

  /** Whether x goes before y: higher score, then title in alphabetical order. */
  const before = (x: Scored<R>, y: Scored<R>) =>
    x.score !== y.score ? x.score > y.score : x.other.data.title.localeCompare(y.other.data.title) < 0;

  return (role: R) => {
    const skills = new Set(role.data.skills);
    const level = rank(role);
    const candidates = new Set<R>();
    const take = (list: R[] | undefined, count: number) => {
      if (!list) return;
      for (let i = 0; i < list.length && i < count; i++) if (list[i] !== role) candidates.add(list[i]!);
    };
    for (let distance = 0; distance < LEVELS.length && candidates.size < limit * 4; distance++) {
      for (const l of new Set([level - distance, level + distance])) {
        take(buckets.get(`${role.data.family}|${l}`), PER_POSTING);
        for (const skill of skills) take(postings.get(`${role.data.family}|${l}|${skill}`), PER_POSTING);
      }
    }
    for (const skill of skills) take(postings.get(`*|${skill}`), PER_POSTING / 4);
    // The best few, kept in order as the candidates are scored, rather than a sort of them all.
    const best: Scored<R>[] = [];
    const fewest = Math.max(1, skills.size / 4);
    for (const other of candidates) {
      let shared = 0;
      for (const skill of other.data.skills) if (skills.has(skill)) shared++;
      const sameFamily = other.data.family === role.data.family;
      if (!sameFamily && shared < fewest) continue;
      const scored = { other, score: (sameFamily ? 100 : 0) + shared - Math.abs(rank(other) - level) * 2 };
      if (best.length === limit && !before(scored, best[limit - 1]!)) continue;
      let at = best.length;
      while (at > 0 && before(scored, best[at - 1]!)) at--;
      best.splice(at, 0, scored);
      if (best.length > limit) best.pop();
    }
    return best.map((c) => c.other);
  };
}

interface Scored<R> {
  other: R;
  score: number;
}

/** The roles most like this one (see relatedIndex); for one role, build the index once for many. */
export function relatedRoles<R extends RoleLike>(role: R, roles: R[], limit = 3): R[] {
  return relatedIndex(roles, limit)(role);
}
