/**
 * The search index's records, built from the content rather than read back from the built
 * pages: the role files, the taxonomy and the settings, with each body rendered by the site's
 * own Markdown processor. Runs outside Astro, so the index can be built while Astro renders.
 */
import { readdirSync, readFileSync } from 'node:fs';
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

export interface SearchRecords {
  /** Records built from content, in career order. */
  records: SearchRecord[];
  /**
   * Pages whose body only Astro can render (MDX, with its components): they are indexed from
   * the built page, once Astro has written it. Paths inside the site, like records' URLs.
   */
  fromBuiltPages: string[];
}

/** Every published role of a content folder as a search record (drafts are never published). */
export async function searchRecords(contentDir: string): Promise<SearchRecords> {
  const settings = loadSettings(join(contentDir, 'site.yaml'));
  const taxonomy = loadTaxonomy(join(contentDir, 'taxonomy'));
  const rolesDir = join(contentDir, 'roles');
  const changed = lastChanged(rolesDir);
  const roles: (RoleLike & { file: string; mdx: boolean })[] = [];
  for (const name of readdirSync(rolesDir).filter((n) => /\.mdx?$/.test(n))) {
    const file = join(rolesDir, name);
    const { data, content } = readMatter(readFileSync(file, 'utf8'));
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
  return { records, fromBuiltPages };
}
