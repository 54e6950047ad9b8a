/**
 * Pagefind in the site. `npm run build` (src/build/cli.ts) builds the search index beside Astro,
 * from the content (src/build/search-index.ts); a plain `astro build` builds the same index from
 * this integration, started with the build and finished after it. In `astro dev`, the index of
 * the last build is served so that search can be tried while editing.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SearchIndexJob } from '../build/search-index.ts';
import { INDEX_BESIDE_ASTRO } from '../build/beside.ts';
import { CONTENT_DIR } from '../lib/paths.ts';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

export default function pagefindIntegration(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let base = '/';
  let job: SearchIndexJob | undefined;
  return {
    name: 'careers:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
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
      'astro:build:start': async () => {
        // Loaded only here: `npm run build` builds the index beside Astro, and Astro need not load its code.
        if (process.env[INDEX_BESIDE_ASTRO]) return;
        const { startSearchIndex } = await import('../build/search-index.ts');
        job = startSearchIndex({ contentDir: CONTENT_DIR, cacheDir });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!job) return;
        const report = await job.finish(fileURLToPath(dir));
        logger.info(
          `indexed ${report.pages} pages for search in ${Math.round(report.ms)}ms${report.reused ? ' (unchanged: the last index reused)' : ''}`,
        );
      },
    },
  };
}
