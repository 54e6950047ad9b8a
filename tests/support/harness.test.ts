/**
 * The browser-test support itself: Chromium found (or installed) and driven, and the static server
 * answering as a host would under a sub-path, without letting a request climb out of its folder.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveStatic, type StaticServer } from './server.ts';

interface Answer {
  status: number;
  location: string | undefined;
  type: string | undefined;
  body: string;
}

/** A request sent with its path exactly as written: browsers and fetch() would resolve the "..". */
function rawGet(origin: string, path: string): Promise<Answer> {
  const { hostname, port } = new URL(origin);
  return new Promise((done, fail) => {
    request({ hostname, port, path }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        done({
          status: response.statusCode ?? 0,
          location: response.headers.location,
          type: response.headers['content-type'],
          body,
        }),
      );
    })
      .on('error', fail)
      .end();
  });
}

describe('the browser-test harness', () => {
  const folder = mkdtempSync(join(tmpdir(), 'harness-'));
  const site = join(folder, 'site');
  let server: StaticServer;
  let browser: Browser | undefined;

  beforeAll(async () => {
    mkdirSync(join(site, 'roles/x'), { recursive: true });
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>Careers</title><h1>Open roles</h1>');
    writeFileSync(join(site, '404.html'), '<!doctype html><title>Not found</title><h1>Page not found</h1>');
    writeFileSync(join(site, 'roles/x/index.html'), '<!doctype html><title>X</title><h1>Role X</h1>');
    writeFileSync(join(site, 'pagefind.pf_meta'), 'binary');
    writeFileSync(join(folder, 'secret.txt'), 'TOP SECRET');
    server = await serveStatic(site, '/careers/');
    // The first run on a machine without Chromium installs it (apt-get), which takes a while.
    browser = await launchBrowser();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('serves the site under its base to Chromium', async () => {
    const page = await browser!.newPage();
    const response = await page.goto(server.url);
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('Open roles');
    await page.close();
  });

  it("answers an unknown path with status 404 and the site's 404 page", async () => {
    const page = await browser!.newPage();
    const response = await page.goto(new URL('no-such-page/', server.url).href);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    await page.close();
  });

  it('redirects a folder without its slash, and sends content types a host would', async () => {
    expect(await rawGet(server.url, '/careers/roles/x?q=1')).toMatchObject({
      status: 301,
      location: '/careers/roles/x/?q=1',
    });
    expect(await rawGet(server.url, '/careers')).toMatchObject({ status: 301, location: '/careers/' });
    expect(await rawGet(server.url, '/careers/roles/x/')).toMatchObject({
      status: 200,
      type: 'text/html; charset=utf-8',
    });
    expect(await rawGet(server.url, '/careers/pagefind.pf_meta')).toMatchObject({ type: 'application/octet-stream' });
    expect(await rawGet(server.url, '/index.html')).toMatchObject({ status: 404 });
  });

  it.each([
    '/careers/../../etc/passwd',
    '/careers/%2e%2e/%2e%2e/etc/passwd',
    '/careers/..%2f..%2fetc%2fpasswd',
    '/careers/..%5c..%5cetc%5cpasswd',
    '/careers/../secret.txt',
    '/careers/%2E%2E%2Fsecret.txt',
    '/careers/roles/%2e%2e/%2e%2e/secret.txt',
  ])('refuses the path traversal %s', async (path) => {
    const answer = await rawGet(server.url, path);
    expect(answer.status).toBe(400);
    expect(answer.body).not.toMatch(/root:|TOP SECRET/);
  });
});
