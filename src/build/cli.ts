/**
 * `npm run build`: check the content first and stop before building when it has errors; build
 * into a folder beside `dist/`; move the result into place only when the whole build, search
 * index included, has succeeded. A failed build leaves the previous `dist/` exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { checkContent } from '../check/index.ts';
import { formatProblem } from '../check/problems.ts';
import { CONTENT_DIR } from '../lib/paths.ts';

function main(): number {
  const final = resolve(process.env.CAREERS_OUT_DIR ?? 'dist');
  const started = performance.now();
  const { problems, errors } = checkContent(CONTENT_DIR);
  console.log(`Content checked in ${Math.round(performance.now() - started)}ms.`);
  for (const problem of problems) console.error(formatProblem(problem));
  if (errors > 0) {
    console.error(
      `\nThe content has ${errors} error${errors === 1 ? '' : 's'}: nothing was built, and ${final} is unchanged.`,
    );
    return 1;
  }

  // Beside the final folder, so that moving it into place is a rename on the same disk. The name
  // stays the same from build to build: Astro's incremental build keys its cache on the config,
  // output folder included.
  const staging = `${final}.building`;
  const previous = `${final}.previous`;
  // A build stopped between its two renames left the site in `previous`: put it back first.
  if (!existsSync(final) && existsSync(previous)) renameSync(previous, final);
  rmSync(previous, { recursive: true, force: true });
  rmSync(staging, { recursive: true, force: true });
  const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
  const build = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, CAREERS_OUT_DIR: staging },
  });
  if (build.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    console.error(`\nThe build failed: ${final} is unchanged.`);
    return build.status ?? 1;
  }
  if (existsSync(final)) renameSync(final, previous);
  try {
    renameSync(staging, final);
  } catch (error) {
    if (existsSync(previous)) renameSync(previous, final);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
  console.log(`\nThe site is in ${final}.`);
  return 0;
}

process.exitCode = main();
