import { resolve } from 'node:path';

/**
 * The content folder. Tests and the benchmark build other content (a fixture, synthetic roles)
 * with `CAREERS_CONTENT=path npm run build`; everything else reads the project's own.
 */
export const CONTENT_DIR = resolve(process.env.CAREERS_CONTENT ?? 'content');

export const ROLES_DIR = resolve(CONTENT_DIR, 'roles');
export const OPENINGS_DIR = resolve(CONTENT_DIR, 'openings');
export const TAXONOMY_DIR = resolve(CONTENT_DIR, 'taxonomy');
export const SETTINGS_FILE = resolve(CONTENT_DIR, 'site.yaml');
export const HIRING_FILE = resolve(CONTENT_DIR, 'hiring.yaml');
