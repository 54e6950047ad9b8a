/**
 * Share images (src/pages/og/): tells the pages where drawn images are kept between builds (the
 * build's cache folder) and which files draw them, as `virtual:careers/share-images`; after a
 * build, removes kept images no build has used for a month.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { pruneShareImages } from '../lib/share-images.ts';

const MODULE = 'virtual:careers/share-images';

/** The drawing code, and the manifests of the libraries it draws with: a change to any draws every image again. */
function drawingFiles(root: string) {
  const lib = (name: string) => fileURLToPath(new URL(`../lib/${name}`, import.meta.url));
  const require = createRequire(join(root, 'package.json'));
  // From the package's entry up to its own package.json (some packages do not export it).
  const manifest = (pkg: string) => {
    for (let dir = dirname(require.resolve(pkg)); dir !== dirname(dir); dir = dirname(dir)) {
      const file = join(dir, 'package.json');
      if (existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as { name?: string }).name === pkg) return file;
    }
    throw new Error(`the package ${pkg} has no package.json`);
  };
  return {
    worker: lib('share-worker.ts'),
    code: [
      lib('share-card.ts'),
      lib('share-render.ts'),
      lib('share-worker.ts'),
      manifest('satori'),
      manifest('@resvg/resvg-js'),
      manifest('sharp'),
    ],
  };
}

export function shareImages(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'careers:share-images',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        const files = drawingFiles(fileURLToPath(config.root));
        const plugin: Plugin = {
          name: 'careers:share-images',
          resolveId: (id) => (id === MODULE ? `\0${MODULE}` : undefined),
          load: (id) =>
            id === `\0${MODULE}`
              ? [
                  `export const cacheDir = ${JSON.stringify(cacheDir)};`,
                  `export const worker = ${JSON.stringify(files.worker)};`,
                  `export const code = ${JSON.stringify(files.code)};`,
                ].join('\n')
              : undefined,
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
      'astro:build:done': ({ logger }) => {
        const removed = pruneShareImages(cacheDir);
        if (removed > 0) logger.info(`removed ${removed} share images no build had used for a month`);
      },
    },
  };
}
