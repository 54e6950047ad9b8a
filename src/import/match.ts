/**
 * Which role page a job is an opening for. Every word of the role's title must be in the job's
 * (or a word that means the same: developer for engineer), in any order; the job must name one
 * of the role's levels (a title with no level word is the mid-level role); it must not name
 * another family ("Data Engineer") or another kind of job ("Lead", "Manager"). Among the roles
 * that pass, the one whose words the title shares most, with the fewest words left over, wins.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LEVELS, sortLevels, type Level } from '../lib/levels.ts';
import { looseSpelling } from '../lib/regexp.ts';
import type { Family, Skill } from '../lib/taxonomy.ts';
import { readMatter } from '../lib/yaml.ts';
import { DEFAULT_LEVEL } from '../ingest/rules.ts';
import { TITLE_FILLERS } from './rules.ts';
import { isRoleNoun, meaning, TitleReader, type ReadTitle } from './title.ts';

export interface RoleEntry {
  slug: string;
  title: string;
  levels: Level[];
  family?: string;
}

/** The role pages in a folder: file name, title, levels and family from each one's frontmatter. */
export function loadRoles(dir: string): RoleEntry[] {
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name) && name.toLowerCase() !== 'readme.md')
    .sort()
    .flatMap((name) => {
      const { data } = readMatter(readFileSync(join(dir, name), 'utf8'));
      if (typeof data.title !== 'string') return [];
      const levels = Array.isArray(data.levels)
        ? sortLevels(data.levels.filter((l): l is Level => (LEVELS as readonly unknown[]).includes(l)))
        : [];
      return [
        {
          slug: name.replace(/\.mdx?$/, ''),
          title: data.title,
          levels: levels.length ? levels : [DEFAULT_LEVEL],
          ...(typeof data.family === 'string' ? { family: data.family } : {}),
        },
      ];
    });
}

export type Match =
  | { kind: 'role'; role: RoleEntry; title: ReadTitle }
  | { kind: 'none'; title: ReadTitle; closest: RoleEntry[] }
  | { kind: 'ambiguous'; title: ReadTitle; roles: RoleEntry[] };

interface Prepared extends RoleEntry {
  words: string[];
}

const fillers = new Set(TITLE_FILLERS);

export class RoleMatcher {
  readonly reader: TitleReader;
  private readonly roles: Prepared[];
  private readonly families: { id: string; pattern: RegExp }[];

  constructor(roles: RoleEntry[], families: Family[], skills: Skill[]) {
    this.reader = new TitleReader(
      roles.map((r) => r.title),
      families,
      skills,
    );
    this.roles = roles.map((role) => ({ ...role, words: this.reader.words(role.title) }));
    this.families = families.map((f) => ({
      id: f.id,
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${f.keywords.map(looseSpelling).join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
    }));
  }

  /** How well the title fits the role, or undefined where it is not an opening for it. */
  private score(title: ReadTitle, role: Prepared): number | undefined {
    const named = this.families.filter((f) => f.pattern.test(title.roleText)).map((f) => f.id);
    const roleNamed = this.families.filter((f) => f.pattern.test(role.title)).map((f) => f.id);
    if (named.some((id) => id !== role.family && !roleNamed.includes(id))) return undefined;
    const left = [...title.words];
    let score = 0;
    for (const word of role.words) {
      const exact = left.indexOf(word);
      const similar = exact >= 0 ? -1 : left.findIndex((w) => meaning(w) === meaning(word));
      if (exact >= 0) {
        score += 2;
        left.splice(exact, 1);
      } else if (similar >= 0) {
        score += 1;
        left.splice(similar, 1);
      } else if (fillers.has(word)) score -= 0.5;
      else return undefined;
    }
    // A word left over that heads a job title of its own ("Lead", "Manager") makes it another job.
    if (left.some(isRoleNoun)) return undefined;
    score -= 0.5 * left.filter((w) => !fillers.has(w)).length;
    const levels = title.levels.length ? title.levels : [DEFAULT_LEVEL];
    const shared = levels.filter((l) => role.levels.includes(l)).length;
    if (shared === 0) return undefined;
    score += shared - (levels.length - shared);
    if (shared === levels.length && shared === role.levels.length) score += 0.25;
    return score;
  }

  /** How alike a title and a role look, for "closest roles" when none matches. */
  private likeness(title: ReadTitle, role: Prepared): number {
    const mine = new Set(title.words.map(meaning));
    const theirs = new Set(role.words.map(meaning));
    const shared = [...mine].filter((w) => theirs.has(w)).length;
    const union = new Set([...mine, ...theirs]).size || 1;
    const levels = title.levels.length ? title.levels : [DEFAULT_LEVEL];
    return shared / union + (levels.some((l) => role.levels.includes(l)) ? 0.25 : 0);
  }

  match(text: string): Match {
    const title = this.reader.read(text);
    const scored = this.roles
      .map((role) => ({ role, score: this.score(title, role) }))
      .filter((s): s is { role: Prepared; score: number } => s.score !== undefined)
      .sort((a, b) => b.score - a.score);
    const strip = ({ words: _, ...role }: Prepared): RoleEntry => role;
    if (scored.length === 0) {
      const closest = this.roles
        .map((role) => ({ role, likeness: this.likeness(title, role) }))
        .filter((r) => r.likeness > 0.25)
        .sort((a, b) => b.likeness - a.likeness)
        .slice(0, 3)
        .map((r) => strip(r.role));
      return { kind: 'none', title, closest };
    }
    const best = scored.filter((s) => s.score === scored[0]!.score);
    if (best.length > 1) return { kind: 'ambiguous', title, roles: best.map((s) => strip(s.role)) };
    return { kind: 'role', role: strip(scored[0]!.role), title };
  }
}
