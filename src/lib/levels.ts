/** Career levels in the order a career grows through them. */
export const LEVELS = ['junior', 'mid', 'senior', 'staff', 'principal'] as const;

export type Level = (typeof LEVELS)[number];

/** How each level is written on the site. */
export const LEVEL_LABELS: Record<Level, string> = {
  junior: 'Junior',
  mid: 'Mid-level',
  senior: 'Senior',
  staff: 'Staff',
  principal: 'Principal',
};

/** Sorts levels into career order and drops duplicates. */
export function sortLevels(levels: Iterable<Level>): Level[] {
  const set = new Set(levels);
  return LEVELS.filter((level) => set.has(level));
}
