import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { loadSettings } from '../lib/settings.ts';
import { loadHiring } from '../lib/hiring.ts';
import { ContentFileError } from '../lib/yaml-file.ts';
import { loadTaxonomy, TaxonomyError, type Taxonomy } from '../lib/taxonomy.ts';
import { byPlace, type Problem } from './problems.ts';
import { checkRoles } from './roles.ts';

export interface ContentCheck {
  problems: Problem[];
  errors: number;
  warnings: number;
  files: number;
}

/**
 * Checks all content in a content folder (settings, taxonomy, every role page) and returns every
 * problem found, sorted by place. Reads only; never writes.
 */
export function checkContent(contentDir: string, root = process.cwd(), now = new Date()): ContentCheck {
  const problems: Problem[] = [];
  const show = (path: string) => relative(root, path).split(sep).join('/');
  for (const load of [
    () => loadSettings(join(contentDir, 'site.yaml')),
    () => loadHiring(join(contentDir, 'hiring.yaml')),
  ]) {
    try {
      load();
    } catch (error) {
      if (!(error instanceof ContentFileError)) throw error;
      for (const problem of error.problems) problems.push({ ...problem, file: show(problem.file), severity: 'error' });
    }
  }
  let taxonomy: Taxonomy | undefined;
  try {
    taxonomy = loadTaxonomy(join(contentDir, 'taxonomy'));
  } catch (error) {
    if (!(error instanceof TaxonomyError)) throw error;
    for (const problem of error.problems) {
      problems.push({
        file: show(problem.file),
        line: problem.line ?? 1,
        column: problem.column ?? 1,
        field: 'taxonomy',
        message: problem.message,
        severity: 'error',
      });
    }
  }
  const rolesDir = join(contentDir, 'roles');
  let files = 0;
  if (taxonomy && existsSync(rolesDir)) {
    const found = checkRoles({ root, rolesDir, publicDir: join(root, 'public'), taxonomy, now });
    problems.push(...found);
    files = new Set(found.map((p) => p.file)).size;
  }
  problems.sort(byPlace);
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { problems, errors, warnings: problems.length - errors, files };
}
