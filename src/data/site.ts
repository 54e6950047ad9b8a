/** Build-time data the pages share: settings, taxonomy, published roles, links. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { loadSettings } from '../lib/settings.ts';
import { loadHiring } from '../lib/hiring.ts';
import { loadTaxonomy } from '../lib/taxonomy.ts';
import { byCareerOrder } from '../lib/roles.ts';
import { lastChanged } from '../lib/git-dates.ts';
import { ROLES_DIR } from '../lib/paths.ts';
import { toSlug } from '../lib/slug.ts';

export type RoleEntry = CollectionEntry<'roles'>;

export const settings = loadSettings();
export const taxonomy = loadTaxonomy();
/** The hiring story (content/hiring.yaml): benefits, process, values and statements. */
export const hiring = loadHiring();

/** Drafts are shown by `astro dev` only, whatever NODE_ENV a build happens to run with. */
export const showDrafts = import.meta.env.MODE === 'development';

let published: Promise<RoleEntry[]> | undefined;

/**
 * Published roles in career order; drafts only in `npm run dev`. Sorted once per build and shared
 * by every page (a build calls this from thousands of pages). In dev, read afresh each time so
 * that edits show.
 */
export function getRoles(): Promise<RoleEntry[]> {
  const load = () =>
    getCollection('roles', ({ data }) => showDrafts || !data.draft).then((roles) => roles.sort(byCareerOrder));
  if (showDrafts) return load();
  published ??= load();
  return published;
}

export interface RoleCounts {
  total: number;
  /** Roles at each level, a multi-level role counted at each. */
  byLevel: Map<string, number>;
  byFamily: Map<string, number>;
}

let counted: Promise<RoleCounts> | undefined;

/**
 * The published roles counted by level and family, as the role filters show them: once per build
 * (hundreds of list pages show them), afresh in dev.
 */
export function roleCounts(): Promise<RoleCounts> {
  const count = async () => {
    const roles = await getRoles();
    const byLevel = new Map<string, number>();
    const byFamily = new Map<string, number>();
    for (const role of roles) {
      for (const level of role.data.levels) byLevel.set(level, (byLevel.get(level) ?? 0) + 1);
      byFamily.set(role.data.family, (byFamily.get(role.data.family) ?? 0) + 1);
    }
    return { total: roles.length, byLevel, byFamily };
  };
  if (showDrafts) return count();
  counted ??= count();
  return counted;
}

/** A path inside the site with the base path in front: url('/roles/') → '/careers/roles/'. */
export function url(path: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/$/, '')}${path}`;
}

export const roleUrl = (role: { id: string }) => url(`/roles/${role.id}/`);
export const skillUrl = (skill: string) => url(`/skills/${toSlug(skill)}/`);
export const familyName = (id: string) => taxonomy.families.find((f) => f.id === id)?.name ?? id;

/** Where to apply for a role: its own link, else the site's. */
export const applyHref = (role: RoleEntry) => role.data.apply ?? settings.apply;

let changed: ((file: string) => Date) | undefined;

/** When a role last changed: its `updated` field, else its page's last commit, else its file date. */
export function lastUpdated(role: RoleEntry): Date {
  if (role.data.updated) return role.data.updated;
  changed ??= lastChanged(ROLES_DIR);
  return changed(role.filePath ?? `${ROLES_DIR}/${role.id}.md`);
}

/**
 * Whether this build shows "edit this page" links: `editLinks: always`, or `preview` (the default)
 * in `npm run dev` and in preview builds (`CAREERS_PREVIEW=1`, as for a pull request).
 */
export const showEditLinks =
  settings.editLinks === 'always' ||
  (settings.editLinks === 'preview' && (import.meta.env.MODE === 'development' || !!process.env.CAREERS_PREVIEW));

/** The repository link that opens the role's file for editing, where a repository is set and links show. */
export function editUrl(role: RoleEntry): string | undefined {
  if (!showEditLinks || !settings.repository || !role.filePath) return undefined;
  return `${settings.repository.replace(/\/$/, '')}/edit/${settings.branch}/${role.filePath.replace(/^\.\//, '')}`;
}
