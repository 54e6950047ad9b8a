// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { loadSettings } from './src/lib/settings.ts';
import { handedRoleFiles, openingFiles } from './src/lib/published.ts';
import pagefind from './src/integrations/pagefind.ts';
import { CSP_DIRECTIVES } from './src/lib/csp.ts';
import { markdownOptions } from './src/lib/markdown-render.ts';
import { brand } from './src/integrations/brand.ts';
import { shareImages } from './src/integrations/share-images.ts';
import { LEVELS } from './src/lib/levels.ts';

const settings = loadSettings();
/** @type {{ dates: Map<string, Date>, unlisted: Set<string>, emptyLevels: string[] } | undefined} */
let listed;
/** What the sitemap needs of the roles and openings, read when it is written, at the end of the build. */
function sitemapData() {
  if (listed) return listed;
  const roles = handedRoleFiles();
  const dates = new Map(roles.map((role) => [`/roles/${role.slug}/`, role.updated]));
  // Open positions join the sitemap with their dates; a closed one's page is noindex and stays out.
  const openings = openingFiles(undefined, roles);
  for (const opening of openings) if (opening.open) dates.set(`/jobs/${opening.slug}/`, opening.updated);
  const unlisted = new Set(openings.filter((opening) => !opening.open).map((opening) => `/jobs/${opening.slug}/`));
  // A level no published role has gets a page that says so, kept out of the sitemap.
  const emptyLevels = LEVELS.filter((level) => !roles.some((role) => !role.draft && role.levels.includes(level)));
  return (listed = { dates, unlisted, emptyLevels });
}
/** @param {string} page */
const inSite = (page) => new URL(page).pathname.slice(settings.base.length - 1);

export default defineConfig({
  site: settings.url,
  base: settings.base,
  trailingSlash: 'always',
  // Tests and the benchmark build elsewhere, with a cache of their own, without touching dist/.
  outDir: process.env.CAREERS_OUT_DIR ?? './dist',
  ...(process.env.CAREERS_CACHE_DIR ? { cacheDir: process.env.CAREERS_CACHE_DIR } : {}),
  experimental: {
    // Pages whose cacheKey (src/data/cache-keys.ts) and code are unchanged are reused from the
    // previous build; the benchmark checks that the result equals a cold build.
    incrementalBuild: true,
  },
  security: {
    // The policy travels with the HTML as a <meta> tag, so it holds on any static host, GitHub
    // Pages included (it ignores _headers). Astro adds the hashes of each page's inline styles and
    // scripts; what a meta tag cannot carry (frame-ancestors) stays in public/_headers.
    csp: {
      directives: [...CSP_DIRECTIVES],
      // Pagefind's search runs as WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  build: {
    // A role page's HTML and CSS arrive in the first round trip.
    inlineStylesheets: 'always',
    // Four pages at a time: rendering a page waits on its file writes (two with the incremental
    // build: the page and its cached copy), and the next renders meanwhile. 1,000 roles on two
    // cores: rendering 5.1-5.8 s with one, 4.3-4.4 s with two, 4.1-4.3 s with four.
    concurrency: 4,
  },
  markdown: {
    // Shiki colours code with style="" attributes, which the Content-Security-Policy refuses.
    syntaxHighlight: false,
    processor: satteri(markdownOptions(settings.base)),
  },
  vite: {
    // Scripts stay in files of their own, so a Content-Security-Policy needs no 'unsafe-inline'.
    build: { assetsInlineLimit: 0 },
  },
  integrations: [
    brand(settings),
    shareImages(),
    mdx(),
    pagefind(),
    sitemap({
      // The 404 page is not a page to find, nor a level's page that lists no role.
      filter: (page) =>
        !/\/404\/?$/.test(page) &&
        !sitemapData().unlisted.has(inSite(page)) &&
        !sitemapData().emptyLevels.some((level) => new URL(page).pathname.endsWith(`/roles/level/${level}/`)),
      serialize(item) {
        const lastmod = sitemapData().dates.get(inSite(item.url));
        return lastmod ? { ...item, lastmod: lastmod.toISOString() } : item;
      },
    }),
  ],
});
