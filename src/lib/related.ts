import { LEVELS } from './levels.ts';
import type { RoleLike } from './roles.ts';

/**
 * The roles most like this one: same family first, then shared skills, then the nearest level.
 * Only roles that share the family or at least a quarter of the skills count as related.
 */
export function relatedRoles(role: RoleLike, roles: RoleLike[], limit = 3): RoleLike[] {
  const skills = new Set(role.data.skills);
  const level = LEVELS.indexOf(role.data.levels[0]!);
  return roles
    .filter((other) => other.id !== role.id)
    .map((other) => {
      const shared = other.data.skills.filter((s) => skills.has(s)).length;
      const sameFamily = other.data.family === role.data.family;
      const distance = Math.abs(LEVELS.indexOf(other.data.levels[0]!) - level);
      return { other, shared, sameFamily, score: (sameFamily ? 100 : 0) + shared - distance * 2 };
    })
    .filter((c) => c.sameFamily || c.shared >= Math.max(1, skills.size / 4))
    .sort((x, y) => y.score - x.score || x.other.data.title.localeCompare(y.other.data.title))
    .slice(0, limit)
    .map((c) => c.other);
}
