/**
 * Pagefind in the build: after Astro has written the site, index it with Pagefind's Node API and
 * fail the build, with the reason, if Pagefind reports an error or a published role is missing.
 * In `astro dev`, serve the index of the last build so that search can be tried while editing.
 */
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export interface IndexReport {
  /** Pages Pagefind indexed, by URL (without the base path). */
  indexed: Set<string>;
  /** Where the bundle was written. */
  bundle: string;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => join(dir, name));
}

/** The pages that carry data-pagefind-body: role pages (src/pages/roles/[slug].astro). */
const INDEXED_PAGES = 'roles/*/index.html';

/** Turns Pagefind's error lists into one error that names the step. */
function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
}

/**
 * Indexes every HTML page under `dir` (the layouts decide what counts, with data-pagefind-body)
 * and writes the bundle to `dir/pagefind/`. `expected` lists the URLs that must be in the index.
 */
export async function buildSearchIndex(dir: string, expected: string[]): Promise<IndexReport> {
  const { index, errors } = await pagefind.createIndex({ includeCharacters: '#+' });
  try {
    check('start', errors);
    if (!index) throw new Error('Pagefind could not start');
    // Pagefind reads the files itself (much faster than one call per page). Only role pages
    // carry data-pagefind-body, so only they are read: Pagefind's time and memory grow with what
    // it reads. The check below still looks at every page, in case another layout asks to be indexed.
    const added = await index.addDirectory({ path: dir, glob: INDEXED_PAGES });
    check('index the site', added.errors);
    const indexed = indexedPages(dir);
    const missing = expected.filter((url) => !indexed.has(url));
    if (missing.length > 0) {
      throw new Error(
        `the search index is missing published roles: ${missing.join(', ')} (is data-pagefind-body on the role layout?)`,
      );
    }
    const bundle = join(dir, 'pagefind');
    const written = await index.writeFiles({ outputPath: bundle });
    check('write the index', written.errors);
    // What Pagefind itself says it indexed must be every page that asked to be.
    const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const count = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    if (count !== indexed.size) {
      throw new Error(`the search index holds ${count} pages, but ${indexed.size} pages carry data-pagefind-body`);
    }
    return { indexed, bundle };
  } finally {
    await pagefind.close();
  }
}

/** The pages that carry data-pagefind-body, by URL, as Pagefind names them. */
function indexedPages(dir: string): Set<string> {
  const urls = new Set<string>();
  for (const file of htmlFiles(dir)) {
    if (!readFileSync(file, 'utf8').includes('data-pagefind-body')) continue;
    const path = relative(dir, file).split(sep).join('/');
    urls.add(`/${path.replace(/(^|\/)index\.html$/, '$1')}`);
  }
  return urls;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

/** The Astro integration: `publishedRoles` gives the role URLs the index must hold. */
export default function pagefindIntegration(options: { publishedRoles: () => string[] }): AstroIntegration {
  let outDir = '';
  let base = '/';
  return {
    name: 'careers:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server, logger }) => {
        const prefix = `${base}pagefind/`;
        server.middlewares.use((request, response, next) => {
          const path = (request.url ?? '').split('?')[0]!;
          if (!path.startsWith(prefix)) return next();
          const root = join(outDir, 'pagefind');
          let file = '';
          try {
            file = join(root, decodeURIComponent(path.slice(prefix.length)));
          } catch {
            // A malformed escape is no file of ours.
          }
          if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
            response.statusCode = 404;
            response.end('No search index: run `npm run build` once, and search in `npm run dev` uses it.');
            return;
          }
          response.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(response);
        });
        if (!existsSync(join(outDir, 'pagefind'))) {
          logger.warn(
            'search has no index yet: run `npm run build` once, then search works here too (with the last built index)',
          );
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const report = await buildSearchIndex(fileURLToPath(dir), options.publishedRoles());
        logger.info(`indexed ${report.indexed.size} pages for search in ${Math.round(performance.now() - started)}ms`);
      },
    },
  };
}
