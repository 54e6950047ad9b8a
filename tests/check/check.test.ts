/**
 * Every kind of mistake an editor can make in a role page, each in a copy of the fixture content:
 * the exact message and place, and a content folder left exactly as it was.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/index.ts';
import { buildReport, formatProblem, type Problem } from '../../src/check/problems.ts';
import { loadTaxonomy } from '../../src/lib/taxonomy.ts';
import { FIXTURE_CONTENT } from '../site/build.ts';

let root: string;
const NOW = new Date('2026-11-22T12:00:00Z');

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'check-'));
  cpSync(FIXTURE_CONTENT, join(root, 'content'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const GOOD_FRONTMATTER = `title: Principal Backend Engineer
summary: A Principal Backend Engineer shapes the platform for every team.
levels: [principal]
family: backend
skills: [Go, Kafka]`;
const GOOD_BODY = `## About the role

You shape the platform.

## What you will do

- Setting direction
`;

function snapshot(): Record<string, string> {
  const dir = join(root, 'content');
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .sort()
      .filter((name) => !readdirSync(dir, { withFileTypes: true }).some((d) => d.name === name && d.isDirectory()))
      .map((name) => {
        try {
          return [name, readFileSync(join(dir, name), 'base64')];
        } catch {
          return [name, 'dir'];
        }
      }),
  );
}

/** Openings are checked, the fixture's own warning for a draft and all, in openings.test.ts. */
const notOpenings = (problems: Problem[]) => problems.filter((p) => !p.file.startsWith('content/openings/'));

/** Writes a role page (and more files), checks, and returns the problems of that page as printed. */
function check(content: string | Buffer, name = 'principal-backend-engineer.md'): string[] {
  writeFileSync(join(root, 'content/roles', name), content);
  const before = snapshot();
  const { problems } = checkContent(join(root, 'content'), root, NOW);
  expect(snapshot()).toEqual(before);
  return notOpenings(problems).map(formatProblem);
}

const page = (frontmatter: string, body = GOOD_BODY) => `---\n${frontmatter}\n---\n\n${body}`;
const FILE = 'content/roles/principal-backend-engineer.md';

describe('a correct page', () => {
  it('has no problems, and the fixture content as a whole has none', () => {
    expect(check(page(GOOD_FRONTMATTER))).toEqual([]);
  });
});

describe('frontmatter mistakes', () => {
  it('YAML that does not parse, at its line', () => {
    const [problem, ...rest] = check(page(GOOD_FRONTMATTER.replace('family: backend', 'family: [backend')));
    // YAML notices the open bracket where the next field starts.
    expect(problem).toMatch(
      new RegExp(`^${FILE}:6:1  frontmatter  the YAML does not parse: Flow sequence .* end with a \\]`),
    );
    expect(problem).toContain('hint: check indentation, colons and quotes');
    expect(rest.every((p) => p.includes('frontmatter'))).toBe(true);
  });

  it('a missing field, pointing at the frontmatter', () => {
    expect(check(page(GOOD_FRONTMATTER.replace(/summary: .*\n/, '')))).toEqual([
      `${FILE}:2:1  summary  summary is missing\n    hint: one or two sentences for role cards and search results`,
    ]);
  });

  it('a misspelt field name, with the field it was meant to be', () => {
    expect(check(page(GOOD_FRONTMATTER.replace('skills:', 'skils:')))).toEqual([
      `${FILE}:6:1  skils  "skils" is not a field of a role page (did you mean skills?)\n    hint: the fields are title, lang, summary, levels, family, specialization, experience, education, skills, apply, draft, source, updated`,
    ]);
  });

  it('a level outside the allowed values', () => {
    expect(check(page(GOOD_FRONTMATTER.replace('[principal]', '[senior, lead]')))).toEqual([
      `${FILE}:4:18  levels.1  "lead" is not a level\n    hint: use one of junior, mid, senior, staff, principal`,
    ]);
  });

  it('a family outside the taxonomy, with the nearest one', () => {
    expect(check(page(GOOD_FRONTMATTER.replace('family: backend', 'family: backed')))).toEqual([
      `${FILE}:5:1  family  "backed" is not a role family (did you mean backend?)\n    hint: use one of backend, frontend, or add the family to content/taxonomy/families.yaml`,
    ]);
  });

  it('skills outside the taxonomy: by another name, misspelt, or unknown', () => {
    expect(check(page(GOOD_FRONTMATTER.replace('[Go, Kafka]', '[Go, Postgres, Kafak, Haskell]')))).toEqual([
      `${FILE}:6:14  skills.1  "Postgres" is not in the skills taxonomy (did you mean PostgreSQL?)\n    hint: use the name from content/taxonomy/skills.yaml, or add "Postgres" there with its category`,
      `${FILE}:6:24  skills.2  "Kafak" is not in the skills taxonomy (did you mean Kafka?)\n    hint: use the name from content/taxonomy/skills.yaml, or add "Kafak" there with its category`,
      `${FILE}:6:31  skills.3  "Haskell" is not in the skills taxonomy\n    hint: use the name from content/taxonomy/skills.yaml, or add "Haskell" there with its category`,
    ]);
  });

  it('a summary too long for a card or a meta description', () => {
    const long = `A Principal Backend Engineer ${'shapes the platform for every team and '.repeat(6)}more.`;
    expect(check(page(GOOD_FRONTMATTER.replace(/summary: .*/, `summary: ${long}`)))).toEqual([
      `${FILE}:3:1  summary  the summary is ${long.length} characters; role cards and meta descriptions need 220 or fewer\n    hint: keep it to one or two sentences`,
    ]);
  });

  it('a date that is not a date, or is in the future', () => {
    expect(check(page(`${GOOD_FRONTMATTER}\nupdated: last week`))).toContainEqual(
      `${FILE}:7:1  updated  "last week" is not a date\n    hint: write it as YYYY-MM-DD, e.g. 2026-03-01`,
    );
    expect(check(page(`${GOOD_FRONTMATTER}\nupdated: 2027-01-01`))).toEqual([
      `${FILE}:7:1  updated  2027-01-01 is in the future\n    hint: use the date the role last changed`,
    ]);
  });

  it('two pages with the same title, reported on the second', () => {
    expect(check(page(GOOD_FRONTMATTER.replace('Principal Backend Engineer', 'Staff Backend Engineer')))).toEqual([
      `content/roles/staff-backend-engineer.md:2:1  title  the title "Staff Backend Engineer" is also the title of ${FILE}\n    hint: give each role its own title`,
    ]);
  });

  it('two pages with the same address', () => {
    const problems = check(
      page(GOOD_FRONTMATTER.replace('Principal Backend Engineer', 'Another Engineer')),
      'staff-backend-engineer.mdx',
    );
    expect(problems).toEqual([
      "content/roles/staff-backend-engineer.mdx:1:1  file  the page address /roles/staff-backend-engineer/ is also content/roles/staff-backend-engineer.md's\n    hint: rename one of the files",
    ]);
  });
});

describe('body mistakes', () => {
  it('a role with no sections', () => {
    expect(check(page(GOOD_FRONTMATTER, 'Just a paragraph.\n'))).toEqual([
      `${FILE}:9:1  body  the role has no sections\n    hint: start each section with a "## " heading, such as "## About the role" and "## What you will do"`,
    ]);
  });

  it('an empty section', () => {
    expect(
      check(
        page(
          GOOD_FRONTMATTER,
          '## About the role\n\nText.\n\n## What you will do\n\n## What you will bring\n\nMore.\n',
        ),
      ),
    ).toEqual([
      `${FILE}:13:1  body  the section "What you will do" is empty\n    hint: write its text below the heading, or remove the heading`,
    ]);
  });

  it('links to a page or a heading that does not exist', () => {
    const body = `${GOOD_BODY}\nSee [the staff role](/roles/staff-backend-engineer/), [Go](/skills/go/), [a ghost](/roles/ghost/), [nowhere](#nowhere), [their skills](/roles/staff-backend-engineer/#skills), [their nothing](/roles/staff-backend-engineer/#nothing).\n`;
    expect(check(page(GOOD_FRONTMATTER, body))).toEqual([
      `${FILE}:17:74  body  the link /roles/ghost/ points to a page that does not exist\n    hint: role pages are /roles/<file name>/; skills are /skills/<skill>/`,
      `${FILE}:17:100  body  the link #nowhere points to no heading on this page\n    hint: headings here: #main, #skills, #openings, #apply, #working-here, #story-equal-opportunity, #story-adjustments, #related, #about-the-role, #what-you-will-do`,
      `${FILE}:17:176  body  the link /roles/staff-backend-engineer/#nothing points to no heading on /roles/staff-backend-engineer/`,
    ]);
  });

  it('an image that does not exist, or has no alt text', () => {
    mkdirSync(join(root, 'public'));
    writeFileSync(join(root, 'public/office.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const body = `${GOOD_BODY}\n![](/team.jpg)\n\n![Our office](/office.svg)\n`;
    expect(check(page(GOOD_FRONTMATTER, body))).toEqual([
      `${FILE}:17:1  body  the image /team.jpg has no alt text\n    hint: describe the image in the brackets: ![A team at a whiteboard](team.jpg)`,
      `${FILE}:17:1  body  the image /team.jpg does not exist\n    hint: put the image in public/ and link it as /name.jpg`,
    ]);
  });

  it.each([
    ['<script>alert(1)</script>', 'a <script> element'],
    ['<img src="x.png" alt="x" onerror="alert(1)">', 'an on… event attribute'],
    ['<a href="javascript:alert(1)">x</a>', 'a javascript: URL'],
    ['<a href="javascript&#58;alert(1)">x</a>', 'a javascript: URL'],
    ['<div>\n<svg/onload=alert(1)>\n</div>', 'an on… event attribute'],
    ['<meta http-equiv="refresh" content="0;url=https://example.com">', 'an element that can load or run code'],
  ])('raw HTML that could run script in .md: %s', (html, what) => {
    expect(check(page(GOOD_FRONTMATTER, `${GOOD_BODY}\n${html}\n`))).toEqual([
      `${FILE}:17:1  body  raw HTML with ${what} is not allowed in Markdown\n    hint: remove it; write Markdown instead (see docs/editing.md for what .mdx allows and who may use it)`,
    ]);
  });

  it('raw HTML with attributes, or tags Markdown has its own syntax for', () => {
    expect(check(page(GOOD_FRONTMATTER, `${GOOD_BODY}\n<p class="x">Hi</p>\n`))).toEqual([
      `${FILE}:17:1  body  raw HTML <p class="x"> is not allowed in Markdown\n    hint: remove it; write Markdown instead (see docs/editing.md for what .mdx allows and who may use it)`,
    ]);
    expect(check(page(GOOD_FRONTMATTER, `${GOOD_BODY}\nLine<br>break and <sup>2</sup>.\n`))).toEqual([]);
  });

  it('a javascript: link written as a reference, or hidden behind a tab', () => {
    expect(check(page(GOOD_FRONTMATTER, `${GOOD_BODY}\n[Apply][a]\n\n[a]: javascript:alert(1)\n`))).toEqual([
      `${FILE}:19:1  body  a javascript: link runs code and is not allowed\n    hint: link to a page or an https:// address`,
    ]);
    expect(check(page(GOOD_FRONTMATTER, `${GOOD_BODY}\n[x](java&#9;script:alert(1))\n`))).toEqual([
      `${FILE}:17:1  body  a javascript: link runs code and is not allowed\n    hint: link to a page or an https:// address`,
    ]);
  });

  it('an apply link that is not a web or mail address', () => {
    expect(check(page(`${GOOD_FRONTMATTER}\napply: "javascript:alert(1)"`))).toEqual([
      `${FILE}:7:1  apply  use an https:// link or a mailto: address\n    hint: an https:// link or a mailto: address`,
    ]);
  });

  it('a javascript: link written in Markdown', () => {
    expect(check(page(GOOD_FRONTMATTER, `${GOOD_BODY}\n[click](javascript:alert(1))\n`))).toEqual([
      `${FILE}:17:1  body  a javascript: link runs code and is not allowed\n    hint: link to a page or an https:// address`,
    ]);
  });

  it('leaves raw HTML in .mdx to the people allowed to write code', () => {
    expect(
      check(page(GOOD_FRONTMATTER, `${GOOD_BODY}\n<div onclick="go()">x</div>\n`), 'principal-backend-engineer.mdx'),
    ).toEqual([]);
  });
});

describe('file mistakes', () => {
  it('a file name that is not a page address', () => {
    expect(check(page(GOOD_FRONTMATTER), 'Principal Backend Engineer.md')).toEqual([
      'content/roles/Principal Backend Engineer.md:1:1  file  the file name "Principal Backend Engineer.md" is not a page address\n    hint: use lowercase letters, digits and dashes: principal-backend-engineer.md',
    ]);
  });

  it.each([
    ['an empty file', '', 'the file is empty\n    hint: start from `npm run new -- "Role title"`'],
    [
      'text that is not UTF-8',
      Buffer.from('---\ntitle: D\xe9veloppeur\n---\n', 'latin1'),
      'the file is not valid UTF-8 text\n    hint: save it as UTF-8 in your editor',
    ],
    [
      'a file far too large',
      `---\n${GOOD_FRONTMATTER}\n---\n${'x'.repeat(120 * 1024)}`,
      'the file is 120 KB; a role page is under 100 KB\n    hint: is it the right file?',
    ],
    [
      'no frontmatter',
      '## About the role\n\nText.\n',
      'the file has no frontmatter\n    hint: start it with a --- line, the fields (title, summary, levels, family, skills), and another --- line',
    ],
  ])('%s', (_, content, message) => {
    expect(check(content)).toEqual([`${FILE}:1:1  file  ${message}`]);
  });
});

describe('taxonomy mistakes', () => {
  function checkTaxonomy(append: string): string[] {
    const file = join(root, 'content/taxonomy/skills.yaml');
    writeFileSync(file, readFileSync(file, 'utf8') + append);
    return notOpenings(checkContent(join(root, 'content'), root, NOW).problems).map(formatProblem);
  }

  it("YAML that does not parse: one problem, at its line, without the parser's picture of it", () => {
    const lines = readFileSync(join(root, 'content/taxonomy/skills.yaml'), 'utf8').split('\n').length;
    expect(checkTaxonomy('skills: [oops\n')).toEqual([
      `content/taxonomy/skills.yaml:${lines}:1  taxonomy  Map keys must be unique`,
    ]);
  });

  it('a skill in a category that does not exist', () => {
    expect(checkTaxonomy('  - { name: Zig, category: systems }\n')).toEqual([
      expect.stringMatching(
        /^content\/taxonomy\/skills\.yaml:1:1 {2}taxonomy {2}skills\.\d+ \(Zig\): category "systems" is not one of /,
      ),
    ]);
  });
});

describe('skills the text names and the list lacks', () => {
  it('warns at the first mention of each, naming the skill and the fix, read as the ingest reads it', () => {
    const body = `## About the role

You run Kafka and Kubernetes. You offer mentoring to engineers, and the team relies on Kubernetes every day.

## What you will bring

Experience with Go.
`;
    expect(check(page(GOOD_FRONTMATTER.replace('[Go, Kafka]', '[Kafka]'), body))).toEqual([
      `${FILE}:11:19  skills  warning: the text names Kubernetes, which skills does not list\n    hint: add Kubernetes to skills, or leave the text as it is if the role does not ask for it`,
      `${FILE}:11:41  skills  warning: the text names Mentoring ("mentoring"), which skills does not list\n    hint: add Mentoring to skills, or leave the text as it is if the role does not ask for it`,
      `${FILE}:15:17  skills  warning: the text names Go, which skills does not list\n    hint: add Go to skills, or leave the text as it is if the role does not ask for it`,
    ]);
  });

  it('does not read everyday words, code, links or addresses as skills, and is only a warning', () => {
    const body = `## About the role

We go the extra mile. See [our platform](https://kubernetes.io/docs/) and <https://go.dev>, run \`kubectl\` and:

\`\`\`sh
docker run kubernetes
\`\`\`
`;
    expect(check(page(GOOD_FRONTMATTER.replace('[Go, Kafka]', '[Kafka]'), body))).toEqual([]);
    const { errors } = checkContent(join(root, 'content'), root, NOW);
    expect(errors).toBe(0);
  });
});

describe('settings mistakes', () => {
  function checkSettings(edit: (yaml: string) => string): string[] {
    const file = join(root, 'content/site.yaml');
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    return notOpenings(checkContent(join(root, 'content'), root, NOW).problems).map(formatProblem);
  }

  it('an accent colour too pale to read, at its line, with its ratio and the nearest colour that passes', () => {
    const problems = checkSettings((yaml) => yaml.replace(/accent: '#[0-9a-f]+'/, "accent: '#ffd84d'"));
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/site\.yaml:\d+:11 {2}brand\.accent {2}#ffd84d fails WCAG 2\.2 AA contrast in the light theme: links on the background \(#ffd84d on #ffffff\) have 1\.\d\d:1, and text needs 4\.5:1; the nearest colour that passes is #[0-9a-f]{6}$/,
      ),
    ]);
  });

  it('a hiring story with a step missing its duration, at the step', () => {
    const file = join(root, 'content/hiring.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('      duration: 30 minutes\n', ''));
    const problems = notOpenings(checkContent(join(root, 'content'), root, NOW).problems).map(formatProblem);
    expect(problems).toEqual([
      expect.stringMatching(/^content\/hiring\.yaml:\d+:7 {2}process\.steps\.1\.duration {2}/),
    ]);
  });

  it('a setting of the wrong kind, at its line', () => {
    const problems = checkSettings((yaml) => yaml.replace(/^editLinks: .*$/m, '') + 'editLinks: sometimes\n');
    expect(problems).toEqual([expect.stringMatching(/^content\/site\.yaml:\d+:12 {2}editLinks {2}/)]);
  });
});

it('lists every problem of every file, not just the first', () => {
  writeFileSync(
    join(root, 'content/roles/a.md'),
    page(GOOD_FRONTMATTER.replace('Principal Backend Engineer', 'A').replace('[principal]', '[boss]')),
  );
  const problems = check(page(GOOD_FRONTMATTER.replace('family: backend', 'family: nope'), 'no sections\n'));
  expect(problems.map((p) => p.split('  ').slice(0, 2).join('  '))).toEqual([
    'content/roles/a.md:2:1  title',
    'content/roles/a.md:4:10  levels.0',
    `${FILE}:5:1  family`,
    `${FILE}:9:1  body`,
  ]);
});

describe('a site whose pages draw a hundred thousand warnings', () => {
  it('is checked to the end, each page with every warning it has when checked alone', () => {
    // The whole vocabulary's first 700 names in each body, and only Go listed: 700 warnings a page.
    cpSync('content/taxonomy', join(root, 'content/taxonomy'), { recursive: true });
    const names = loadTaxonomy(join(root, 'content/taxonomy'))
      .skills.filter((skill) => skill.origin === 'vocabulary')
      .slice(0, 700)
      .map((skill) => skill.name);
    const page = (i: number) =>
      `---\ntitle: Many Skills Engineer ${i}\nsummary: A Many Skills Engineer builds things.\nlevels: [mid]\nfamily: backend\nskills: [Go]\n---\n\n## About the role\n\nYou will work with ${names.join(', ')}.\n`;
    const count = (problems: Problem[], file: string) => problems.filter((p) => p.file === file).length;

    writeFileSync(join(root, 'content/roles/many-skills-engineer-0.md'), page(0));
    const alone = count(
      checkContent(join(root, 'content'), root, NOW).problems,
      'content/roles/many-skills-engineer-0.md',
    );
    expect(alone).toBeGreaterThan(650);

    for (let i = 1; i < 200; i++) writeFileSync(join(root, `content/roles/many-skills-engineer-${i}.md`), page(i));
    const { problems, errors, warnings } = checkContent(join(root, 'content'), root, NOW);
    expect(errors).toBe(0);
    expect(warnings).toBeGreaterThan(130_000);
    expect(count(problems, 'content/roles/many-skills-engineer-0.md')).toBe(alone);
    expect(count(problems, 'content/roles/many-skills-engineer-199.md')).toBeGreaterThan(650);
  });
});

describe("what a build prints of the checks' findings", () => {
  const finding = (file: string, line: number, severity: Problem['severity']): Problem => ({
    file,
    line,
    column: 1,
    field: 'body',
    message: `${severity} at ${line}`,
    severity,
  });

  it('every error, the first warnings, and how many more there are and where to read them', () => {
    const problems = [
      ...Array.from({ length: 120 }, (_, i) => finding(`content/roles/r${i % 30}.md`, i, 'warning')),
      finding('content/roles/broken.md', 3, 'error'),
    ];
    const lines = buildReport(problems, 50).trimEnd().split('\n');
    expect(lines.filter((line) => line.includes('warning: '))).toHaveLength(50);
    expect(lines).toContain(formatProblem(problems[0]!));
    expect(lines).toContain(formatProblem(problems.at(-1)!));
    expect(lines.at(-1)).toBe('… and 70 more warnings in 30 files, not shown here: `npm run check` lists every one.');
  });

  it('all of them when there are few, and nothing when there are none', () => {
    const problems = [finding('content/roles/a.md', 1, 'warning'), finding('content/roles/a.md', 2, 'error')];
    expect(buildReport(problems, 50)).toBe(`${problems.map(formatProblem).join('\n')}\n`);
    expect(buildReport([], 50)).toBe('');
  });
});
