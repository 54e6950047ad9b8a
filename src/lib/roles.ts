import { LEVELS, type Level } from './levels.ts';
import type { Role } from '../schemas/role.ts';

/** The part of a collection entry the site's logic needs; tests build these by hand. */
export interface RoleLike {
  id: string;
  data: Role;
  body?: string | undefined;
}

const rank = (level: Level) => LEVELS.indexOf(level);

/** Career order: by lowest level, then highest level, then title. */
export function byCareerOrder(a: RoleLike, b: RoleLike): number {
  return (
    rank(a.data.levels[0]!) - rank(b.data.levels[0]!) ||
    rank(a.data.levels.at(-1)!) - rank(b.data.levels.at(-1)!) ||
    a.data.title.localeCompare(b.data.title)
  );
}

/** "5+ years", "5–10 years", or undefined. */
export function experienceLabel(experience: Role['experience']): string | undefined {
  if (!experience) return undefined;
  if (experience.max === undefined) return `${experience.min}+ years`;
  return experience.max === experience.min ? `${experience.min} years` : `${experience.min}–${experience.max} years`;
}
