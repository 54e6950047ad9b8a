import { classify, type Dictionary, type Rule } from './words.ts';

export interface DeviconEntry {
  name: string;
  altnames: string[];
  tags: string[];
}

export interface SimpleIcon {
  title: string;
  slug: string;
  source: string;
  aliases?: { aka?: string[]; dup?: { title: string }[]; loc?: Record<string, string> };
}

export interface LinguistLanguage {
  name: string;
  type: string;
  aliases?: string[];
}

export interface Addition {
  name: string;
  category: string;
  aliases?: string[];
  exact?: string[];
  contextual?: string[];
}

export interface Mapping {
  devicon_tags: { category: string; tags: string[] }[];
  simple_icons_titles: string[];
  simple_icons_code_hosts: string[];
  simple_icons_names: { category: string; pattern: string }[];
  linguist_data: string[];
  denylist: string[];
}

export interface VocabularySkill {
  name: string;
  category: string;
  aliases: string[];
  exact: string[];
  contextual: string[];
}

export interface Inputs {
  devicon: DeviconEntry[];
  simpleIcons: SimpleIcon[];
  linguist: LinguistLanguage[];
  additions: Addition[];
  mapping: Mapping;
  dictionary: Dictionary;
  /** The category keys of skills.yaml; every skill must have one. */
  categories: Set<string>;
}

/** "Node.js", "nodejs" and "NodeJS" are one key; "C#" and "C++" keep their symbols. */
export function key(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}#+]/gu, '');
}

interface Draft {
  name: string;
  category: string;
  forms: Map<string, Rule | undefined>;
}

const MAX_WORDS = 4;

/** Builds the vocabulary from the packages' data, sorted by name; pure, so tests can call it. */
export function buildVocabulary(inputs: Inputs): VocabularySkill[] {
  const { mapping, dictionary } = inputs;
  const denied = new Set(mapping.denylist.map(key));
  const drafts = new Map<string, Draft>();
  const byForm = new Map<string, Draft>();

  const add = (name: string, category: string, forms: string[], explicit: Map<string, Rule> = new Map()) => {
    const k = key(name);
    if (k === '' || denied.has(k)) return;
    let draft = byForm.get(k);
    if (!draft) {
      draft = { name, category, forms: new Map() };
      drafts.set(k, draft);
    }
    // Apache's projects go by their own names too: "Hadoop", "Hive", "Avro".
    const project = /^Apache (.+)$/.exec(name)?.[1];
    for (const form of [name, ...forms, ...(project ? [project] : [])]) {
      const f = form.trim();
      const fk = key(f);
      if (fk === '' || f.split(/\s+/).length > MAX_WORDS) continue;
      const owner = byForm.get(fk);
      // A spelling belongs to the first entry that claims it.
      if (owner && owner !== draft) continue;
      byForm.set(fk, draft);
      if (!draft.forms.has(f) || explicit.has(f)) draft.forms.set(f, explicit.get(f));
    }
  };

  // Hand additions first: their names and categories win over the packages'.
  for (const a of inputs.additions) {
    const explicit = new Map<string, Rule>([
      ...(a.exact ?? []).map((f) => [f, 'exact'] as const),
      ...(a.contextual ?? []).map((f) => [f, 'contextual'] as const),
    ]);
    add(a.name, a.category, [...(a.aliases ?? []), ...explicit.keys()], explicit);
    if (!inputs.categories.has(a.category)) throw new Error(`additions: ${a.name}: no category "${a.category}"`);
  }

  const icons = new Map(inputs.simpleIcons.map((icon) => [icon.slug, icon]));
  const iconByKey = new Map(inputs.simpleIcons.map((icon) => [key(icon.title), icon]));
  const iconAliases = (icon: SimpleIcon | undefined) => [
    ...(icon?.aliases?.aka ?? []),
    ...(icon?.aliases?.dup ?? []).map((d) => d.title),
  ];
  const languages = new Map(inputs.linguist.map((l) => [key(l.name), l]));
  const used = new Set<SimpleIcon>();

  for (const d of inputs.devicon) {
    const icon =
      icons.get(d.name) ?? iconByKey.get(d.name) ?? d.altnames.map((a) => iconByKey.get(key(a))).find(Boolean);
    const language = languages.get(d.name) ?? d.altnames.map((a) => languages.get(key(a))).find(Boolean);
    if (icon) used.add(icon);
    const rule = mapping.devicon_tags.find((r) => r.tags.some((t) => d.tags.includes(t)));
    const category = language && rule?.category !== 'framework' ? 'language' : (rule?.category ?? 'tool');
    const display =
      icon?.title ??
      language?.name ??
      d.altnames.find((a) => /\p{Lu}/u.test(a) && key(a) === d.name) ??
      d.name.charAt(0).toUpperCase() + d.name.slice(1);
    // devicon's own ids run words together ("githubactions"); its alternative names are often phrases.
    const altnames = d.altnames.filter((a) => !/^the\s/i.test(a) && a.split(/\s+/).length <= 3);
    add(display, category, [...iconAliases(icon), ...altnames, ...(language?.aliases ?? [])]);
  }

  const allowedData = new Set(mapping.linguist_data);
  for (const l of inputs.linguist) {
    if (!(l.type === 'programming' || l.type === 'markup' || allowedData.has(l.name))) continue;
    const icon = iconByKey.get(key(l.name));
    if (icon) used.add(icon);
    add(icon?.title ?? l.name, 'language', [l.name, ...iconAliases(icon), ...(l.aliases ?? [])]);
  }

  const titles = mapping.simple_icons_titles.map((p) => new RegExp(p));
  const hosts = mapping.simple_icons_code_hosts.map((p) => new RegExp(p));
  const names = mapping.simple_icons_names.map((r) => ({ category: r.category, pattern: new RegExp(r.pattern) }));
  for (const icon of inputs.simpleIcons) {
    if (used.has(icon)) continue;
    if (!titles.some((t) => t.test(icon.title)) && !hosts.some((h) => h.test(icon.source))) continue;
    const category = names.find((n) => n.pattern.test(icon.title))?.category ?? 'tool';
    add(icon.title, category, iconAliases(icon));
  }

  const skills: VocabularySkill[] = [];
  for (const draft of new Set(drafts.values())) {
    // A name that is a lower-case everyday word ("sharp", "make") cannot be told from the word.
    if (
      !draft.forms.get(draft.name) &&
      classify(draft.name, dictionary) === 'contextual' &&
      !/\p{Lu}/u.test(draft.name)
    )
      continue;
    if (!inputs.categories.has(draft.category)) throw new Error(`${draft.name}: no category "${draft.category}"`);
    const skill: VocabularySkill = {
      name: draft.name,
      category: draft.category,
      aliases: [],
      exact: [],
      contextual: [],
    };
    const seen = new Set<string>();
    for (const [form, explicit] of draft.forms) {
      const rule = explicit ?? classify(form, dictionary);
      // Case-blind spellings need only one entry; "nodejs" and "NodeJS" are the same alias.
      const id = rule === 'alias' ? `a:${form.toLowerCase()}` : `${rule}:${form}`;
      if (seen.has(id) || (rule === 'alias' && seen.has(`a:${form.toLowerCase()}`))) continue;
      seen.add(id);
      // The name is matched as an alias unless it is listed under exact or contextual.
      if (form === draft.name && rule === 'alias') continue;
      // A lower-case everyday word ("make", "be") names a technology too seldom to be read as one.
      if (rule === 'contextual' && !explicit && !/\p{Lu}/u.test(form)) continue;
      (rule === 'alias' ? skill.aliases : rule === 'exact' ? skill.exact : skill.contextual).push(form);
    }
    skills.push(skill);
  }
  return skills.sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
