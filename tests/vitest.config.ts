/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

// Astro's Vite setup, so component tests can render .astro files with the Container API.
export default getViteConfig(
  {
    test: {
      root: fileURLToPath(new URL('..', import.meta.url)),
      include: ['tests/**/*.test.ts'],
      // Builds and browsers take seconds, not milliseconds.
      testTimeout: 30_000,
      hookTimeout: 180_000,
    },
  },
  { root: fileURLToPath(new URL('..', import.meta.url)) },
);
