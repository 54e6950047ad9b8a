/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';
import { FIXTURE_DAY } from './site/build.ts';

// Astro's Vite setup, so component tests can render .astro files with the Container API.
export default getViteConfig(
  {
    test: {
      root: fileURLToPath(new URL('..', import.meta.url)),
      include: ['tests/**/*.test.ts'],
      // Which openings are open depends on the day: every test sees the same one.
      env: { CAREERS_TODAY: FIXTURE_DAY },
      // Builds and browsers take seconds, not milliseconds.
      testTimeout: 30_000,
      hookTimeout: 180_000,
      // Search runs in the page's WebAssembly: on a loaded 2-core machine a first result can take
      // a few seconds, and a poll that gives up after the default second would fail for nothing.
      expect: { poll: { timeout: 10_000 } },
    },
  },
  { root: fileURLToPath(new URL('..', import.meta.url)) },
);
