/**
 * `npm run bench -- [--roles 1000,10000] [--runs 3] [--steps build,ingest,check] [--share-images site]`: builds N
 * synthetic role pages with the project (npm run build's own script) and with the bare Astro
 * baseline in bench/baseline, alternating; ingests N synthetic role texts (npm run ingest);
 * checks N synthetic role pages (npm run check's content check). Reports medians with min and
 * max, and writes the tables to bench/results.md. `--share-images site` builds the synthetic site
 * with `brand.shareImages: site` (one share image for every page) instead of an image per page.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { parseDocument } from 'yaml';
import { generateContent, generateTexts } from './generate.ts';
import { firstQueryBytes } from './query.ts';
import { cleanEnv } from '../tests/site/build.ts';

const { values } = parseArgs({
  options: {
    roles: { type: 'string' },
    // The older name of --roles.
    pages: { type: 'string' },
    runs: { type: 'string', default: '3' },
    out: { type: 'string', default: 'bench/results.md' },
    steps: { type: 'string', default: 'build,ingest,check' },
    'share-images': { type: 'string', default: 'pages' },
  },
});
const SHARE_IMAGES = values['share-images'];
if (!['pages', 'site'].includes(SHARE_IMAGES))
  throw new Error(`--share-images is pages or site, not "${SHARE_IMAGES}"`);
const SIZES = (values.roles ?? values.pages ?? '1000,10000').split(',').map(Number);
// Three runs at least, for a median; one at 50,000 roles and more, where a run takes many minutes.
// Asked for explicitly, any number (one run gives no median: the table says so by its min = max).
const RUNS = process.argv.includes('--runs')
  ? Math.max(1, Number(values.runs))
  : SIZES.every((size) => size >= 50_000)
    ? 1
    : 3;
const STEPS = new Set(values.steps.split(','));
for (const step of STEPS)
  if (!['build', 'ingest', 'check'].includes(step)) throw new Error(`no step "${step}": use build, ingest or check`);
const ASTRO = resolve('node_modules/astro/bin/astro.mjs');
const PAGEFIND = resolve('node_modules/.bin/pagefind');

interface Measure {
  wall: number;
  peakMB: number;
  /** The most memory the processes alive at the same moment held together. */
  peakSumMB: number;
  /** Peak memory of each program: Astro's build, Pagefind's indexer. */
  peaks: Record<string, number>;
  parts: Record<string, number>;
}

/** Which program a process is, from its command line: Astro's build, Pagefind's indexer, or other. */
function programOf(pid: number): string {
  try {
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (command.includes('pagefind')) return 'pagefind';
    if (command.includes('src/build/cli.ts')) return 'script';
    if (command.includes('src/build/content-step.ts')) return 'content';
    if (command.includes('astro')) return 'astro';
  } catch {
    // The process has already exited.
  }
  return 'other';
}

/** The process and all its descendants, from /proc (Linux). */
function processTree(pid: number): number[] {
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) {
    try {
      for (const task of readdirSync(`/proc/${tree[i]}/task`)) {
        const children = readFileSync(`/proc/${tree[i]}/task/${task}/children`, 'utf8').trim();
        if (children) tree.push(...children.split(' ').map(Number));
      }
    } catch {
      // Gone between two reads.
    }
  }
  return tree;
}

/**
 * Runs a command under GNU time: wall seconds, peak resident memory of the largest process, and
 * each program's own peak (VmHWM, the kernel's high-water mark), read from /proc every 100 ms.
 */
async function timed(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ wall: number; peakMB: number; peakSumMB: number; peaks: Record<string, number>; output: string }> {
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-f', 'PEAK_KB=%M', command, ...args], { env });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const peaks: Record<string, number> = {};
  let peakSumMB = 0;
  const sample = setInterval(() => {
    let sum = 0;
    for (const pid of processTree(child.pid!)) {
      const status = readFileSafe(`/proc/${pid}/status`);
      const hwm = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
      sum += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
      const program = programOf(pid);
      if (hwm && program !== 'other') peaks[program] = Math.max(peaks[program] ?? 0, Number(hwm) / 1024);
    }
    peakSumMB = Math.max(peakSumMB, sum);
  }, 100);
  const status = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(sample);
  const wall = (performance.now() - started) / 1000;
  if (status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${output.slice(-4000)}`);
  const peak = Number(/PEAK_KB=(\d+)/.exec(output)?.[1] ?? 0) / 1024;
  return { wall, peakMB: peak, peakSumMB, peaks, output };
}

function readFileSafe(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** The environment for a build: the tests' clean one (no NODE_ENV or test variables) plus these. */
function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...cleanEnv(), ...extra, ASTRO_TELEMETRY_DISABLED: '1' };
}

/**
 * A duration Astro or the project printed: "812ms", "4.20s", or past a minute "1m 3s". The
 * pattern's groups are the minutes (optional), the number and its unit.
 */
const seconds = (text: string, pattern: RegExp) => {
  const m = pattern.exec(text);
  if (!m) return 0;
  const [, minutes, value, unit] = m;
  return (unit === 's' ? Number(value) : Number(value) / 1000) + Number(minutes ?? 0) * 60;
};
/** What follows a duration's "in " in Astro's output: its three groups for `seconds`. */
const DURATION = String.raw`(?:(\d+)m\s*)?([\d.]+)(ms|s)`;
const after = (prefix: string, suffix = '') => new RegExp(`${prefix}${DURATION}${suffix}`);

async function buildProject(content: string, out: string, cache: string): Promise<Measure> {
  const { wall, peakMB, peakSumMB, peaks, output } = await timed(
    process.execPath,
    ['src/build/cli.ts'],
    buildEnv({ CAREERS_CONTENT: content, CAREERS_OUT_DIR: out, CAREERS_CACHE_DIR: cache }),
  );
  const check = seconds(output, after('Content checked in '));
  const index = seconds(output, after(String.raw`Search: \d+ pages indexed from the content in `));
  const indexAfter = seconds(output, after('Search: .*?, ', ' of it after Astro'));
  const render = seconds(output, after(String.raw`generating static routes[\s\S]*?✓ Completed in `, String.raw`\.`));
  const astro = seconds(output, after(String.raw`page\(s\) built in `));
  return {
    wall,
    peakMB,
    peakSumMB,
    peaks,
    parts: {
      // The checks run while Astro starts (src/build/cli.ts): their time overlaps Astro's.
      'content check (alongside Astro start-up)': check,
      'content sync and bundling': Math.max(0, astro - render),
      'page rendering': render,
      // Built beside Astro, in Pagefind's process: only what is left after Astro adds to the wall time.
      'search index (beside Astro)': index,
      'search index, after Astro had finished': indexAfter,
      'other (start-up, sitemap, swap)': Math.max(0, wall - astro - indexAfter),
    },
  };
}

async function buildBaseline(content: string, out: string, cache: string): Promise<Measure> {
  const env = buildEnv({ BASELINE_ROLES: join(content, 'roles'), BASELINE_OUT_DIR: out, BASELINE_CACHE_DIR: cache });
  const astro = await timed(process.execPath, [ASTRO, 'build', '--root', 'bench/baseline'], env);
  const index = await timed(PAGEFIND, ['--site', out, '--silent'], env);
  const render = seconds(
    astro.output,
    after(String.raw`generating static routes[\s\S]*?✓ Completed in `, String.raw`\.`),
  );
  return {
    wall: astro.wall + index.wall,
    peakMB: Math.max(astro.peakMB, index.peakMB),
    // One after the other: never alive together.
    peakSumMB: Math.max(astro.peakSumMB, index.peakSumMB),
    peaks: { ...astro.peaks, pagefind: index.peakMB },
    parts: {
      'page rendering': render,
      'search index': index.wall,
      'other (start-up, sync, bundling)': astro.wall - render,
    },
  };
}

function dirBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, name) => {
    const stat = statSync(join(dir, name));
    return stat.isFile() ? sum + stat.size : sum;
  }, 0);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
const stat = (xs: number[], digits = 1) =>
  `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;

/** Sizes a visitor meets, from the project's output. */
function pageWeights(out: string) {
  const roles = readdirSync(join(out, 'roles'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'level' && d.name !== 'family')
    .map((d) => join(out, 'roles', d.name, 'index.html'));
  const gz = roles.map((file) => gzipSync(readFileSync(file)).length).sort((a, b) => a - b);
  const page = parse(readFileSync(roles[0]!, 'utf8'));
  const js = page
    .querySelectorAll('script[src]')
    .reduce((sum, s) => sum + statSync(join(out, s.getAttribute('src')!)).size, 0);
  const htmlFiles = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.html')).length;
  return {
    roleGzip: median(gz),
    roleJs: js,
    pagefind: dirBytes(join(out, 'pagefind')),
    output: dirBytes(out),
    htmlFiles,
  };
}

const lines: string[] = [];
const say = (line = '') => {
  console.log(line);
  lines.push(line);
};
/** The machine's load average over the last 1, 5 and 15 minutes: these machines are shared. */
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(', ');
say(
  `# Benchmark results\n\nRun on ${new Date().toISOString().slice(0, 10)}, ${RUNS} runs per size, project and baseline alternating, on ${cpus().length} cores and ${Math.round(totalmem() / 2 ** 30)} GB. Times in seconds, median (min–max).\n`,
);

for (const size of STEPS.has('build') ? SIZES : []) {
  const dir = mkdtempSync(join(tmpdir(), `bench-${size}-`));
  const loadBefore = load();
  try {
    const content = generateContent(dir, size);
    if (SHARE_IMAGES !== 'pages') {
      const file = join(content, 'site.yaml');
      const settings = parseDocument(readFileSync(file, 'utf8'));
      settings.setIn(['brand', 'shareImages'], SHARE_IMAGES);
      writeFileSync(file, settings.toString());
    }
    const project: Measure[] = [];
    const baseline: Measure[] = [];
    // A cold build as the deploy workflow runs it: nothing of Astro's cache, but the share images
    // (drawn once per page content and restored from the last deploy) kept. Not at 50,000 roles,
    // where one more build takes most of an hour.
    const imagesKept: Measure[] = [];
    for (let run = 0; run < RUNS; run++) {
      const order = run % 2 === 0 ? ['project', 'baseline'] : ['baseline', 'project'];
      for (const which of order) {
        const out = join(dir, `out-${which}`);
        rmSync(out, { recursive: true, force: true });
        const cache = join(dir, `cache-${which}-${run}`);
        if (which === 'project') project.push(await buildProject(content, out, cache));
        else baseline.push(await buildBaseline(content, out, cache));
        console.error(
          `  ${size} pages, run ${run + 1}, ${which}: ${(which === 'project' ? project : baseline).at(-1)!.wall.toFixed(1)} s`,
        );
        if (which === 'project' && size <= 10_000) {
          const kept = join(dir, `cache-kept-${run}`);
          if (existsSync(join(cache, 'share-images')))
            cpSync(join(cache, 'share-images'), join(kept, 'share-images'), { recursive: true });
          rmSync(out, { recursive: true, force: true });
          imagesKept.push(await buildProject(content, out, kept));
          rmSync(kept, { recursive: true, force: true });
          console.error(
            `  ${size} pages, run ${run + 1}, project with the share images kept: ${imagesKept.at(-1)!.wall.toFixed(1)} s`,
          );
        }
        if (run < RUNS - 1 || which !== 'project') rmSync(cache, { recursive: true, force: true });
      }
    }
    const out = join(dir, 'out-project');
    const weights = pageWeights(out);
    const ratio = project.map((p, i) => p.wall / baseline[i]!.wall);
    say(
      `## ${size.toLocaleString('en')} role pages (${weights.htmlFiles.toLocaleString('en')} HTML pages in all)${SHARE_IMAGES === 'site' ? ', one share image for the site (brand.shareImages: site)' : ''}\n`,
    );
    say(`Load average (1, 5, 15 min) before the builds: ${loadBefore}; after: ${load()}.\n`);
    say('| measure | project | bare Astro + Pagefind CLI |');
    say('| --- | --- | --- |');
    say(`| build wall time, s | ${stat(project.map((p) => p.wall))} | ${stat(baseline.map((b) => b.wall))} |`);
    say(`| ratio project / baseline | ${stat(ratio, 2)} | 1 |`);
    if (imagesKept.length > 0) {
      const kept = stat(imagesKept.map((p) => p.wall));
      const ratioKept = stat(
        imagesKept.map((p, i) => p.wall / baseline[i]!.wall),
        2,
      );
      say(
        `| build with the share images kept (as a deploy restores them), s | ${kept} (${ratioKept} of the baseline) | |`,
      );
      say(
        `| – of it, page rendering, s | ${stat(
          imagesKept.map((p) => p.parts['page rendering']!),
          2,
        )} | |`,
      );
    }
    for (const part of Object.keys(project[0]!.parts))
      say(
        `| – ${part}, s | ${stat(
          project.map((p) => p.parts[part]!),
          2,
        )} | |`,
      );
    for (const part of Object.keys(baseline[0]!.parts))
      say(
        `| – ${part}, s | | ${stat(
          baseline.map((b) => b.parts[part]!),
          2,
        )} |`,
      );
    say(
      `| pages per second | ${stat(
        project.map((p) => weights.htmlFiles / p.wall),
        0,
      )} | ${stat(
        baseline.map((b) => (size + 1) / b.wall),
        0,
      )} |`,
    );
    say(
      `| peak memory, MB | ${stat(
        project.map((p) => p.peakMB),
        0,
      )} | ${stat(
        baseline.map((b) => b.peakMB),
        0,
      )} |`,
    );
    say(
      `| – peak of the processes alive at the same moment, together, MB | ${stat(
        project.map((p) => p.peakSumMB),
        0,
      )} | ${stat(
        baseline.map((b) => b.peakSumMB),
        0,
      )} |`,
    );
    const PROGRAMS: Record<string, string> = {
      astro: "Astro's build",
      pagefind: "Pagefind's indexer",
      script: 'the build script (feeds the search index, moves the site into place)',
      content: 'the content step (checks, search records; ends before the index is written)',
    };
    for (const program of Object.keys(PROGRAMS))
      say(
        `| – peak memory of ${PROGRAMS[program]}, MB | ${stat(
          project.map((p) => p.peaks[program] ?? 0),
          0,
        )} | ${stat(
          baseline.map((b) => b.peaks[program] ?? 0),
          0,
        )} |`,
      );
    say(`| output size, MB | ${(weights.output / 1e6).toFixed(1)} | |`);
    say(`| median role page, HTML + CSS gzip, bytes | ${weights.roleGzip} | |`);
    say(`| JavaScript on a role page, bytes | ${weights.roleJs} | |`);
    say(`| Pagefind bundle, MB | ${(weights.pagefind / 1e6).toFixed(1)} | |`);
    const query = await firstQueryBytes(out, 'kafka');
    say(`| first search ("kafka"): bytes fetched for search, gzip | ${query.toLocaleString('en')} | |`);

    if (size <= 1000) {
      // Rebuild after one edit, with the last cold build's cache, against a cold build of the same content.
      const cache = join(dir, `cache-project-${RUNS - 1}`);
      const edited = readdirSync(join(content, 'roles')).sort()[Math.floor(size / 2)]!;
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const file = join(content, 'roles', edited);
        writeFileSync(
          file,
          readFileSync(file, 'utf8').replace(
            /\n## What you will do\n/,
            `\nThis paragraph was edited (${run}).\n\n## What you will do\n`,
          ),
        );
        times.push((await buildProject(content, out, cache)).wall);
        console.error(`  ${size} pages, rebuild ${run + 1} after an edit: ${times.at(-1)!.toFixed(1)} s`);
      }
      const cold = join(dir, 'out-cold');
      // Also a cold build in the same minutes as the rebuilds, for a ratio the machine's load changes less.
      const coldNow = (await buildProject(content, cold, join(dir, 'cache-cold'))).wall;
      const differs = () => {
        const diff = spawnSync('diff', ['-r', '-q', out, cold], { encoding: 'utf8' });
        return diff.status === 0 ? 'yes' : `no: ${diff.stdout.split('\n').length - 1} files differ`;
      };
      const afterEdits = differs();
      // And with nothing changed at all since the last build.
      const unchanged: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        unchanged.push((await buildProject(content, out, cache)).wall);
        console.error(`  ${size} pages, rebuild ${run + 1} with nothing changed: ${unchanged.at(-1)!.toFixed(1)} s`);
      }
      const cold1 = median(project.map((p) => p.wall));
      say(
        `| rebuild after editing one page, s | ${stat(times)} (${(median(times) / cold1).toFixed(2)} of a cold build, ${(median(times) / coldNow).toFixed(2)} of the cold build between the rebuilds, ${coldNow.toFixed(1)} s) | |`,
      );
      say(`| rebuild output identical to a cold build | ${afterEdits} | |`);
      say(
        `| rebuild with nothing changed, s | ${stat(unchanged)} (${(median(unchanged) / cold1).toFixed(2)} of a cold build, ${(median(unchanged) / coldNow).toFixed(2)} of the cold build between the rebuilds) | |`,
      );
      say(`| unchanged rebuild's output identical to a cold build | ${differs()} | |`);
      say(`| load average after the rebuilds | ${load()} | |`);
    }
    say();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
/** The ingest's target (issue 12): 1,000 texts in under 10 s on two cores. */
const INGEST_TARGET = { texts: 1000, seconds: 10 };

for (const size of STEPS.has('ingest') ? SIZES : []) {
  const dir = mkdtempSync(join(tmpdir(), `bench-ingest-${size}-`));
  const loadBefore = load();
  try {
    const sources = generateTexts(dir, size);
    const walls: number[] = [];
    const peaks: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const out = join(dir, `pages-${run}`);
      // As an editor runs it: every text read, matched, written as a page, the manifest updated.
      const measure = await timed(process.execPath, ['src/ingest/cli.ts', sources, '--out', out], buildEnv({}));
      if (!measure.output.includes(`${size} sources: ${size} written`))
        throw new Error(`the ingest did not write every page:\n${measure.output.slice(-2000)}`);
      walls.push(measure.wall);
      peaks.push(measure.peakMB);
      console.error(`  ${size} texts, ingest run ${run + 1}: ${measure.wall.toFixed(1)} s`);
    }
    const target = (INGEST_TARGET.seconds * size) / INGEST_TARGET.texts;
    say(`## Ingest of ${size.toLocaleString('en')} role texts\n`);
    say(`Load average (1, 5, 15 min) before: ${loadBefore}; after: ${load()}.\n`);
    say('| measure | npm run ingest |');
    say('| --- | --- |');
    say(`| wall time, s | ${stat(walls)} (target < ${target.toFixed(0)}) |`);
    say(
      `| texts per second | ${stat(
        walls.map((w) => size / w),
        0,
      )} |`,
    );
    say(`| peak memory, MB | ${stat(peaks, 0)} |`);
    say();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const size of STEPS.has('check') ? SIZES : []) {
  const dir = mkdtempSync(join(tmpdir(), `bench-check-${size}-`));
  const loadBefore = load();
  try {
    const content = generateContent(dir, size);
    const walls: number[] = [];
    let summary = '';
    for (let run = 0; run < RUNS; run++) {
      // npm run check's content check; its second half, astro check, reads the code, not the content.
      const measure = await timed(process.execPath, ['src/check/cli.ts'], buildEnv({ CAREERS_CONTENT: content }));
      walls.push(measure.wall);
      summary = /\d+ errors?, \d+ warnings?\.|Content checked: no problems\./.exec(measure.output)?.[0] ?? '';
      console.error(`  ${size} pages, check run ${run + 1}: ${measure.wall.toFixed(1)} s`);
    }
    say(`## Content check of ${size.toLocaleString('en')} role pages\n`);
    say(`Load average (1, 5, 15 min) before: ${loadBefore}; after: ${load()}.\n`);
    say('| measure | npm run check (content) |');
    say('| --- | --- |');
    say(`| wall time, s | ${stat(walls)} |`);
    say(`| what it found | ${summary} |`);
    say();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
writeFileSync(values.out, `${lines.join('\n')}\n`);
