/**
 * The search index's records, built from the content rather than read back from the built
 * pages: the role files, the taxonomy and the settings, with each body rendered by the site's
 * own Markdown processor. Runs outside Astro, so the index can be built while Astro renders.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, parse } from 'node:path';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { readMatter } from '../lib/yaml.ts';
import { lastChanged } from '../lib/git-dates.ts';
import { markdownOptions } from '../lib/markdown-render.ts';
import { byCareerOrder, type RoleLike } from '../lib/roles.ts';
import { roleSearchData } from '../lib/search/role.ts';
import { roleRecord, type SearchRecord } from '../lib/search/record.ts';
import { loadSettings } from '../lib/settings.ts';
import { loadTaxonomy } from '../lib/taxonomy.ts';
import { roleSchema } from '../schemas/role.ts';
import { openingSchema } from '../schemas/opening.ts';
import { levelsIn } from '../ingest/levels.ts';
import { openingLevels, openingStatus, today } from '../lib/openings.ts';
import { jobRecord, jobSearchData, type JobLike } from '../lib/search/job.ts';

export interface SearchRecords {
  /** Records built from content, in career order. */
  records: SearchRecord[];
  /**
   * Pages whose body only Astro can render (MDX, with its components): they are indexed from
   * the built page, once Astro has written it. Paths inside the site, like records' URLs.
   */
  fromBuiltPages: string[];
}

/** A role page already read (by the content checks): its frontmatter, and the Markdown after it. */
export interface ReadPage {
  data?: Record<string, unknown>;
  markdown?: string;
}

/**
 * Every published role and open position of a content folder as a search record (drafts are
 * never published). `read` holds role pages already read, by path (the roles folder joined with
 * the file name): their frontmatter is not parsed again.
 */
export async function searchRecords(contentDir: string, read?: Map<string, ReadPage>): Promise<SearchRecords> {
  const settings = loadSettings(join(contentDir, 'site.yaml'));
  const taxonomy = loadTaxonomy(join(contentDir, 'taxonomy'));
  const rolesDir = join(contentDir, 'roles');
  const changed = lastChanged(rolesDir);
  const roles: (RoleLike & { file: string; mdx: boolean })[] = [];
  for (const name of readdirSync(rolesDir).filter((n) => /\.mdx?$/.test(n))) {
    const file = join(rolesDir, name);
    const page = read?.get(file);
    const { data, content } =
      page?.data && page.markdown !== undefined
        ? { data: page.data, content: page.markdown }
        : readMatter(readFileSync(file, 'utf8'));
    const role = roleSchema.parse(data);
    if (role.draft) continue;
    roles.push({ id: parse(name).name, data: role, body: content, file, mdx: name.endsWith('.mdx') });
  }
  roles.sort(byCareerOrder);
  // As the site renders them (astro.config.mjs: no syntax highlighting).
  const markdown = await createSatteriMarkdownProcessor({ ...markdownOptions(settings.base), syntaxHighlight: false });
  const records: SearchRecord[] = [];
  const fromBuiltPages: string[] = [];
  for (const role of roles) {
    const data = roleSearchData(role, { taxonomy, updated: role.data.updated ?? changed(role.file) });
    if (role.mdx) {
      fromBuiltPages.push(data.url);
      continue;
    }
    const { code } = await markdown.render(role.body ?? '', { frontmatter: role.data });
    records.push(roleRecord(role, data, code, taxonomy));
  }
  // The open positions, newest first, as /jobs/ lists them: under a published role, not a
  // draft, open today (a closed one's page is not indexed; a scheduled one has no page yet).
  const openingsDir = join(contentDir, 'openings');
  const byId = new Map(roles.map((role) => [role.id, role]));
  const day = today();
  const jobs: (JobLike & { body: string; mdx: boolean })[] = [];
  for (const name of existsSync(openingsDir) ? readdirSync(openingsDir) : []) {
    if (!/\.mdx?$/.test(name) || name.toLowerCase() === 'readme.md') continue;
    const { data, content } = readMatter(readFileSync(join(openingsDir, name), 'utf8'));
    const opening = openingSchema.parse(data);
    const role = byId.get(opening.role);
    if (opening.draft || !role || openingStatus(opening, day) !== 'open') continue;
    const title = opening.title ?? role.data.title;
    jobs.push({
      id: parse(name).name,
      data: opening,
      role,
      title,
      levels: openingLevels(opening.title, role.data.levels, levelsIn),
      body: content,
      mdx: name.endsWith('.mdx') || role.mdx,
    });
  }
  jobs.sort((a, b) => b.data.opens.getTime() - a.data.opens.getTime() || a.title.localeCompare(b.title));
  for (const job of jobs) {
    const data = jobSearchData(job, { taxonomy });
    if (job.mdx) {
      fromBuiltPages.push(data.url);
      continue;
    }
    const { code } = await markdown.render(job.body, { frontmatter: job.data });
    records.push(jobRecord(job, data, code, taxonomy));
  }
  return { records, fromBuiltPages };
}
