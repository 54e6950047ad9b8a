/**
 * An editor's mistakes in an opening, each reported by `npm run check` at its file, line,
 * column and field, all in one run, with the content left as it was.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/index.ts';
import { formatProblem } from '../../src/check/problems.ts';
import { FIXTURE_CONTENT } from '../site/build.ts';

let root: string;
const FILE = 'content/openings/new-opening.md';

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'check-openings-'));
  cpSync(FIXTURE_CONTENT, join(root, 'content'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function check(text: string): string[] {
  writeFileSync(join(root, FILE), text);
  const { problems } = checkContent(join(root, 'content'), root);
  expect(readFileSync(join(root, FILE), 'utf8')).toBe(text);
  return problems.filter((p) => p.file === FILE).map(formatProblem);
}

const page = (yaml: string, body = '') => `---\n${yaml.trim()}\n---\n${body}`;

describe('npm run check on openings', () => {
  it('finds nothing wrong with the fixture openings or with the shipped samples', () => {
    expect(checkContent(join(root, 'content'), root).problems.filter((p) => p.file.includes('openings'))).toEqual([]);
    const shipped = checkContent('content', process.cwd());
    expect(shipped.problems.filter((p) => p.file.startsWith('content/openings/'))).toEqual([]);
  });

  it('reports every problem of a file in one run, each at its line and column', () => {
    const problems = check(
      page(`
role: senior-backend-enginer
locations:
  - { city: Denver, region: CO, country: USA }
workplace: hybird
pay: { currency: EURO, min: 120000, max: 100000, unit: year }
opens: 2026-11-02
closes: 2026-10-01
apply: javascript:alert(1)
colour: red
`),
    );
    expect(problems.map((p) => p.split('\n')[0])).toEqual([
      `${FILE}:2:1  role  "senior-backend-enginer" is not a role (did you mean senior-backend-engineer?)`,
      `${FILE}:4:33  locations.0.country  "USA": use an ISO 3166-1 alpha-2 country code, such as DE, NL or US`,
      `${FILE}:5:1  workplace  "hybird" is not a valid workplace`,
      `${FILE}:6:8  pay.currency  "EURO": use an ISO 4217 currency code, such as EUR, USD or GBP`,
      `${FILE}:6:37  pay.max  max must not be below min`,
      `${FILE}:8:1  closes  closes is before opens`,
      `${FILE}:9:1  apply  use an http:// or https:// link`,
      `${FILE}:10:1  colour  "colour" is not a field of an opening`,
    ]);
    expect(problems[1]).toContain('hint: did you mean US?');
    expect(problems[2]).toContain('hint: one of on-site, hybrid, remote');
  });

  it('refuses an opening in a pay-transparency jurisdiction without a range, saying which law', () => {
    const berlin = check(
      page('role: backend-engineer\nlocations: [{ city: Berlin, country: DE }]\nworkplace: hybrid\nopens: 2026-11-02'),
    );
    expect(berlin[0]).toMatch(
      /^content\/openings\/new-opening.md:\d+:1 {2}pay {2}the pay range is missing: it is located in Berlin, DE, and the pay-transparency law of the EU asks for it/,
    );
    const remote = check(
      page('role: backend-engineer\nworkplace: remote\nremote: { countries: [US] }\nopens: 2026-11-02'),
    );
    expect(remote[0]).toContain('it is remote for applicants in US, and the pay-transparency law of Colorado (US-CO)');
    // Texas and Switzerland ask for no range.
    expect(
      check(
        page(
          'role: backend-engineer\nlocations: [{ city: Austin, region: TX, country: US }]\nworkplace: on-site\nopens: 2026-11-02',
        ),
      ),
    ).toEqual([]);
    expect(
      check(
        page(
          'role: backend-engineer\nlocations: [{ city: Zürich, country: CH }]\nworkplace: on-site\nopens: 2026-11-02',
        ),
      ),
    ).toEqual([]);
  });

  it('lets a draft go without the range for now, with a warning', () => {
    const problems = check(
      page(
        'role: backend-engineer\nlocations: [{ city: Lyon, country: FR }]\nworkplace: on-site\nopens: 2026-11-02\ndraft: true',
      ),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('pay  warning: the pay range is missing');
    expect(problems[0]).toContain('before you remove draft: true');
  });

  it('follows the jurisdictions content/site.yaml lists', () => {
    const settings = join(root, 'content/site.yaml');
    writeFileSync(settings, `${readFileSync(settings, 'utf8')}\npayTransparency: [GB]\n`);
    expect(
      check(
        page(
          'role: backend-engineer\nlocations: [{ city: Berlin, country: DE }]\nworkplace: hybrid\nopens: 2026-11-02',
        ),
      ),
    ).toEqual([]);
    expect(
      check(
        page('role: backend-engineer\nlocations: [{ city: Leeds, country: GB }]\nworkplace: hybrid\nopens: 2026-11-02'),
      )[0],
    ).toContain('pay-transparency law of United Kingdom');
  });

  it('refuses two files for the same job of the applicant tracking system', () => {
    check(
      page(`role: backend-engineer
locations: [{ city: Austin, region: TX, country: US }]
workplace: on-site
opens: 2026-11-02
ats: { system: greenhouse, id: '4012345' }`),
    );
    const { problems } = checkContent(join(root, 'content'), root);
    expect(problems.filter((p) => p.field === 'ats.id').map(formatProblem)).toEqual([
      'content/openings/senior-backend-engineer-berlin.md:13:28  ats.id  greenhouse job 4012345 is also content/openings/new-opening.md\n    hint: keep one file per job: delete one of them',
    ]);
  });

  it('checks the links in an opening\u2019s text', () => {
    const problems = check(
      page(
        'role: backend-engineer\nlocations: [{ city: Austin, region: TX, country: US }]\nworkplace: on-site\nopens: 2026-11-02',
        '\nSee [the role](/roles/backend-engineer/), [a ghost](/roles/ghost/) and [our jobs](/jobs/).\n',
      ),
    );
    expect(problems).toEqual([expect.stringContaining('the link /roles/ghost/ points to a page that does not exist')]);
  });

  it('npm run new -- --opening writes a draft that passes with warnings only, and refuses an unknown role', () => {
    const run = (args: string[]) =>
      spawnSync(process.execPath, [join(process.cwd(), 'src/new/cli.ts'), ...args], { cwd: root, encoding: 'utf8' });
    const made = run(['--opening', 'backend-engineer']);
    expect(made.status).toBe(0);
    expect(made.stdout).toContain(
      'Created content/openings/backend-engineer.md as a draft opening for Backend Engineer.',
    );
    const { problems } = checkContent(join(root, 'content'), root);
    const mine = problems.filter((p) => p.file === 'content/openings/backend-engineer.md');
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((p) => p.severity === 'warning')).toBe(true);
    const wrong = run(['--opening', 'backend-enginer']);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('"backend-enginer" is not a role (did you mean backend-engineer?)');
  });
});
