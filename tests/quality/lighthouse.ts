/**
 * `npm run lighthouse`: Lighthouse's four scores for the home page, a role page and a search with
 * results, on the built site in dist/ served locally with its own _headers. Run `npm run build`
 * first. Prints a Markdown table (the README keeps the latest one).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS } from '../browser/browser.ts';
import { findChromium } from '../browser/chromium.ts';
import { headersFile, serve } from '../browser/server.ts';

const DIST = 'dist';
const PAGES = ['/', '/roles/senior-backend-engineer/', '/search/?q=kafka'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('No built site in dist/: run `npm run build` first.');
  process.exit(1);
}

// Served at the root: the scores are about the pages, whatever base path the settings give.
const server = await serve(DIST, { notFound: join(DIST, '404.html'), headers: headersFile(join(DIST, '_headers')) });
const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});
/** The first few items an audit names (a link's text, an element), to say what to fix. */
function detailItems(details: unknown): string {
  const items = (details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  const names = items
    .slice(0, 5)
    .map((item) => String(item.text ?? item.href ?? (item.node as { snippet?: string } | undefined)?.snippet ?? ''));
  return names.length ? ` (${names.join('; ')})` : '';
}

const rows: string[] = [];
try {
  for (const path of PAGES) {
    const result = await lighthouse(`${server.origin}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
      // A phone on a slow network: Lighthouse's default mobile emulation and throttling.
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    // A run that could not measure (a page that never painted in time on a busy machine) has no
    // score, which is not the same as a score of 0: say why.
    if (result.lhr.runtimeError)
      console.error(
        `  ${path}  could not be measured: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`,
      );
    const scores = CATEGORIES.map((c) => {
      const score = result.lhr.categories[c]?.score;
      return score === null || score === undefined ? 'not measured' : Math.round(score * 100);
    });
    rows.push(`| \`${path}\` | ${scores.join(' | ')} |`);
    const below = CATEGORIES.flatMap((c) =>
      Object.values(result.lhr.audits)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 1 &&
            result.lhr.categories[c]?.auditRefs.some((r) => r.id === a.id && r.weight > 0),
        )
        .map((a) => `${c}: ${a.title}${detailItems(a.details)}`),
    );
    for (const line of below) console.error(`  ${path}  ${line}`);
  }
} finally {
  chrome.kill();
  await server.close();
}
console.log(
  `| page | performance | accessibility | best practices | SEO |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}`,
);
