import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the command as `npm run ingest -- …` would: from the package root, typed in `typedIn`. */
function ingest(args: string[], typedIn = dir) {
  const result = spawnSync(process.execPath, ['src/ingest/cli.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: typedIn },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run ingest', () => {
  it('reads files and folders relative to where the command was typed, and writes to --out', () => {
    cpSync('content/sources/senior-backend-developer.txt', join(dir, 'one.txt'));
    const { code, stdout, stderr } = ingest(['one.txt', '--out', 'pages']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^created\s+senior-backend-developer {2}"Senior Backend Developer" {2}senior {2}\d+ skills {2}0 warnings$/m,
    );
    expect(readdirSync(join(dir, 'pages'))).toEqual(['.ingest.json', 'senior-backend-developer.md']);
  });

  it('exits non-zero and names the file when an input is unusable', () => {
    const { code, stderr } = ingest(['nothing-here.txt', '--out', 'pages']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/nothing-here\.txt: no such file or folder/);
  });

  it('--report scores the texts of an expectations file and writes nothing', () => {
    const { code, stdout } = ingest(['--report'], process.cwd());
    expect(code).toBe(0);
    expect(stdout).toMatch(/^text\s+found\s+expected\s+missed\s+false\s+wording$/m);
    expect(stdout).toMatch(/^staff-data-engineer\s+\d+\s+\d+\s+\d+\s+\d+\s+[\d.]+%$/m);
    expect(stdout).toMatch(
      /^\d+ texts: recall \d\.\d{3} \(target ≥ 0\.95\) \(\d+ of \d+ skills\), \d+ false skills? \(target 0\), [\d.]+% of the wording kept/m,
    );
    const missing = ingest(['--report', '--expectations', 'nothing-here.yaml']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nothing-here.yaml: no such file');
  });

  it('explains itself on --help and on an unknown option', () => {
    expect(ingest(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: npm run ingest') });
    const wrong = ingest(['--frobnicate']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("Unknown option '--frobnicate'");
  });
});
