import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readSource } from '../../src/import/source.ts';

let root: string;
let server: Server;
let base: string;
const lever = readFileSync('tests/fixtures/import/lever.json', 'utf8');

/** Runs the command as `npm run import -- …` would: from the package root, typed in the temporary site. */
function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['src/import/cli.ts', ...args], {
      env: { ...process.env, INIT_CWD: root, CAREERS_CONTENT: join(root, 'content') },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

const imported = () =>
  readdirSync(join(root, 'content/openings')).filter((n) =>
    readFileSync(join(root, 'content/openings', n), 'utf8').includes('ats:'),
  );

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = request.url ?? '';
    if (url.startsWith('/v0/postings/meridian')) {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(lever);
    } else if (url === '/big') {
      response.writeHead(200, { 'content-type': 'application/json' });
      // No content-length: the limit must hold while the body streams in.
      response.write('[');
      const chunk = `${'{"id":"x","text":"y"},'.repeat(1000)}`;
      for (let i = 0; i < 50; i++) response.write(chunk);
      response.end('{"id":"z","text":"y"}]');
    } else if (url === '/slow') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('[');
      // Never ends by itself; the server closes it when the test is done.
    } else {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end('{"ok":false,"error":"Document not found"}');
    }
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((closed) => server.close(closed));
});

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'import-cli-'));
  cpSync('content', join(root, 'content'), { recursive: true });
  cpSync('tests/fixtures/import', join(root, 'exports'), { recursive: true });
  return () => rmSync(root, { recursive: true, force: true });
});

describe('npm run import', () => {
  it('reads a file relative to where the command was typed, and exits 0 with warnings', async () => {
    const { code, stdout, stderr } = await runCli(['greenhouse', 'exports/greenhouse.json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^created +\S*content\/openings\/staff-software-engineer-backend-remote\.md {2}greenhouse 4012347 "Staff Software Engineer, Backend" → staff-software-engineer-backend$/m,
    );
    expect(stdout).toMatch(/^skipped +greenhouse 4012348 "Engineering Manager, Backend": matches no role/m);
    expect(stdout.trim().split('\n').at(-1)).toBe(
      '5 jobs: 4 written, 0 unchanged, 0 kept, 1 skipped, 0 gone; 4 warnings',
    );
    expect(imported()).toHaveLength(4);
  });

  it('maps a job by hand with --role ID=SLUG', async () => {
    const { code } = await runCli([
      'greenhouse',
      'exports/greenhouse.json',
      '--role',
      '4012348=backend-software-engineer',
    ]);
    expect(code).toBe(0);
    expect(imported()).toHaveLength(5);
  });

  it('fetches a URL, and the second import of the same export changes nothing', async () => {
    const first = await runCli(['lever', `${base}/v0/postings/meridian?mode=json`]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(imported()).toHaveLength(4);
    const second = await runCli(['lever', `${base}/v0/postings/meridian?mode=json`]);
    expect(second.stdout.trim().split('\n').at(-1)).toMatch(
      /^5 jobs: 0 written, 4 unchanged, 0 kept, 1 skipped, 0 gone;/,
    );
  });

  it('exits 1 with the reason when the export cannot be had, and writes nothing', async () => {
    const missing = await runCli(['lever', 'exports/nothing.json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^error {2}.*exports\/nothing\.json: no such file\nNothing was written\.\n$/);
    const notFound = await runCli(['lever', `${base}/v0/postings/nobody`]);
    expect(notFound.code).toBe(1);
    expect(notFound.stderr).toContain(`error  ${base}/v0/postings/nobody answered 404 Not Found`);
    const closed = createServer();
    await new Promise<void>((ready) => closed.listen(0, '127.0.0.1', ready));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((done) => closed.close(done));
    const refused = await runCli(['ashby', `http://127.0.0.1:${port}/posting-api/job-board/x`]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /cannot be fetched \(ECONNREFUSED\); without a network, download the export and import the file/,
    );
    expect(imported()).toEqual([]);
  });

  it('exits 2 and explains itself on a wrong command line, 0 on --help', async () => {
    expect(await runCli(['--help'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Usage: npm run import'),
    });
    expect(await runCli([])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('name the system and the export'),
    });
    expect(await runCli(['workday', 'x.json'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('"workday" is not a system this import reads (greenhouse, lever, ashby)'),
    });
    expect(await runCli(['lever'])).toMatchObject({ code: 2, stderr: expect.stringContaining('name the export') });
    expect(await runCli(['lever', 'a.json', '--frobnicate'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Unknown option '--frobnicate'"),
    });
    expect(await runCli(['lever', 'exports/lever.json', '--role', 'nope'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--role nope: there is no such role'),
    });
  });
});

describe('fetching an export', () => {
  it('stops at the size limit while the answer streams in', async () => {
    await expect(readSource(`${base}/big`, { cwd: '.', timeout: 5000, maxBytes: 100_000 })).rejects.toThrow(
      `${base}/big sends more than the 0.1 MB an export may have`,
    );
    const whole = await readSource(`${base}/big`, { cwd: '.', timeout: 5000, maxBytes: 10_000_000 });
    expect(JSON.parse(whole.text)).toHaveLength(50_001);
  });

  it('gives up on an answer that does not end in time', async () => {
    await expect(readSource(`${base}/slow`, { cwd: '.', timeout: 300, maxBytes: 100_000 })).rejects.toThrow(
      `${base}/slow did not answer within 0.3 s; try again, or download the export and import the file`,
    );
  });
});
