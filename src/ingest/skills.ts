import { looseSpelling } from '../lib/regexp.ts';
import type { Skill, Taxonomy } from '../lib/taxonomy.ts';
import { SKILL_CONTEXT_BEFORE } from './rules.ts';

type Rule = 'alias' | 'exact' | 'contextual';

export interface SkillForm {
  skill: Skill;
  rule: Rule;
  pattern: RegExp;
  length: number;
}

interface Match {
  skill: Skill;
  rule: Rule;
  start: number;
  end: number;
}

/** Spaces and hyphens in a spelling match either ("infrastructure-as-code", "event driven"). */
function formPattern(form: string, rule: Rule): RegExp {
  const body = looseSpelling(form);
  // A spelling must not be part of a longer word: "SQL" is not in "NoSQL", "Go" is not in "Google".
  return new RegExp(
    `(?<![\\p{L}\\p{N}_#+.-])${body}(?![\\p{L}\\p{N}_#+]|[.-][\\p{L}\\p{N}])`,
    rule === 'alias' ? 'giu' : 'gu',
  );
}

/** Compiled once per taxonomy: every spelling of every skill, longest first. */
export function compileSkills(taxonomy: Taxonomy): SkillForm[] {
  const forms: SkillForm[] = [];
  for (const skill of taxonomy.skills) {
    const special = new Set([...skill.exact, ...skill.contextual]);
    const aliases = [skill.name, ...skill.aliases].filter((form) => !special.has(form));
    for (const [rule, list] of [
      ['alias', aliases],
      ['exact', skill.exact],
      ['contextual', skill.contextual],
    ] as const) {
      for (const form of new Set(list))
        forms.push({ skill, rule, pattern: formPattern(form, rule), length: form.length });
    }
  }
  return forms.sort((a, b) => b.length - a.length);
}

/** Between two neighbouring items of a list: a comma, a slash, "and", "or" (in a few languages), a parenthesis. */
const LIST_GAP =
  /^\s*(?:,|\/|\(|\)\s*,?|,?\s*(?:and|or|&|et|ou|und|oder|y|o|e)(?:\s+(?:in|with|en|avec|mit|con))?|\(?\s*(?:e\.g\.|such as|like|including)?,?)\s*$/i;

function inContext(match: Match, accepted: Match[], text: string): boolean {
  if (SKILL_CONTEXT_BEFORE.test(text.slice(Math.max(0, match.start - 40), match.start))) return true;
  return accepted.some((other) => {
    const gap =
      other.end <= match.start
        ? text.slice(other.end, match.start)
        : other.start >= match.end
          ? text.slice(match.end, other.start)
          : undefined;
    return gap !== undefined && LIST_GAP.test(gap);
  });
}

/**
 * The canonical names of the skills a text names, in the order it first names them.
 * Longer spellings win over the shorter ones inside them ("Spring Boot" over "Spring");
 * contextual words count only beside other skills or after "experience with" and the like.
 */
export function findSkills(text: string, forms: SkillForm[]): string[] {
  const taken = new Uint8Array(text.length);
  const found: Match[] = [];
  for (const form of forms) {
    for (const m of text.matchAll(form.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.subarray(start, end).some(Boolean)) continue;
      taken.fill(1, start, end);
      found.push({ skill: form.skill, rule: form.rule, start, end });
    }
  }
  const accepted = found.filter((m) => m.rule !== 'contextual');
  let pending = found.filter((m) => m.rule === 'contextual');
  // Contextual words accept each other once one of a list is anchored: "Go, Rust or Swift".
  for (let changed = true; changed && pending.length > 0;) {
    const next = pending.filter((m) => !inContext(m, accepted, text));
    changed = next.length < pending.length;
    accepted.push(...pending.filter((m) => !next.includes(m)));
    pending = next;
  }
  const names: string[] = [];
  for (const m of accepted.sort((a, b) => a.start - b.start)) {
    if (!names.includes(m.skill.name)) names.push(m.skill.name);
  }
  return names;
}
