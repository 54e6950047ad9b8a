// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { loadSettings } from './src/lib/settings.ts';
import { roleFiles } from './src/lib/published.ts';
import pagefind from './src/integrations/pagefind.ts';
import { baseLinks } from './src/integrations/base-links.ts';

const settings = loadSettings();
const roles = roleFiles();
const dates = new Map(roles.map((role) => [role.slug, role.updated]));

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
  build: {
    // A role page's HTML and CSS arrive in the first round trip.
    inlineStylesheets: 'always',
  },
  markdown: {
    processor: satteri({ mdastPlugins: [baseLinks(settings.base)] }),
  },
  vite: {
    // Scripts stay in files of their own, so a Content-Security-Policy needs no 'unsafe-inline'.
    build: { assetsInlineLimit: 0 },
  },
  integrations: [
    mdx(),
    pagefind({ publishedRoles: () => roles.filter((role) => !role.draft).map((role) => `/roles/${role.slug}/`) }),
    sitemap({
      // The 404 page is not a page to find.
      filter: (page) => !/\/404\/?$/.test(page),
      serialize(item) {
        const slug = /\/roles\/([^/]+)\/$/.exec(new URL(item.url).pathname)?.[1];
        const lastmod = slug ? dates.get(slug) : undefined;
        return lastmod ? { ...item, lastmod: lastmod.toISOString() } : item;
      },
    }),
  ],
});
