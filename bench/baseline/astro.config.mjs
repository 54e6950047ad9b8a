// A bare Astro site over the same role pages: one collection, one page template. The benchmark
// builds it beside the project to see what the project's own work costs.
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.BASELINE_OUT_DIR ?? './dist',
  cacheDir: process.env.BASELINE_CACHE_DIR ?? './node_modules/.astro',
  build: { inlineStylesheets: 'always' },
});
