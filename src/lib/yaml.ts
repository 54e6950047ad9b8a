/**
 * One way to read and write YAML for everything outside Astro: the `yaml` package, set to read
 * plain scalars exactly as Astro's own frontmatter reader (js-yaml 4, default schema) does, so a
 * value the checks accept is the value the build sees. gray-matter keeps splitting the files;
 * this is its YAML engine everywhere (`readMatter`, `writeMatter`).
 */
import matter from 'gray-matter';
import { parse, stringify, type DocumentOptions, type ParseOptions, type ScalarTag, type SchemaOptions } from 'yaml';

/*
 * Numbers as js-yaml reads them. Its grammar differs from YAML 1.2's core schema at the edges:
 * binary and signed hex or octal are integers, a signed zero is 0, "-.5" is text, and a number
 * too large for a double stays text. These tags go ahead of the core schema's own, so they decide
 * first; they only read (the core schema writes numbers, quoting any text that looks like one).
 */
const number = (tag: 'int' | 'float', test: RegExp, read: (text: string) => number): ScalarTag => ({
  tag: `tag:yaml.org,2002:${tag}`,
  default: true,
  identify: () => false,
  test,
  resolve: (text) => {
    const value = read(text);
    return Number.isFinite(value) || /inf|nan/i.test(text) ? value : text;
  },
});

const integer = number('int', /^[-+]?(?:0b[01]+|0x[0-9a-fA-F]+|0o[0-7]+|[0-9]+)$/, (text) => {
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.replace(/^[-+]/, '');
  if (digits === '0') return 0;
  const base = { b: 2, o: 8, x: 16 }[digits[1] as 'b' | 'o' | 'x'];
  return base ? sign * parseInt(digits.slice(2), base) : sign * parseInt(digits, 10);
});

const float = number(
  'float',
  /^(?:[-+]?[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
  (text) => {
    const sign = text.startsWith('-') ? -1 : 1;
    const digits = text.toLowerCase().replace(/^[-+]/, '');
    if (digits === '.inf') return sign * Infinity;
    if (digits === '.nan') return NaN;
    return sign * parseFloat(digits);
  },
);

/** A signed fraction without a leading digit ("-.5"): a number for the core schema, text for js-yaml. */
const signedFraction: ScalarTag = {
  tag: 'tag:yaml.org,2002:str',
  default: true,
  identify: () => false,
  test: /^[-+]\.[0-9]+(?:[eE][-+]?[0-9]+)?$/,
  resolve: (text) => text,
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP =
  /^(\d{4})-(\d\d?)-(\d\d?)(?:[Tt]|[ \t]+)(\d\d?):(\d{2}):(\d{2})(?:\.(\d*))?(?:[ \t]*(Z|([-+])(\d\d?)(?::(\d{2}))?))?$/;

/**
 * Dates and times as js-yaml reads them: `2026-03-01` (two-digit month and day) or a date with a
 * time, in UTC unless a zone is given. Like js-yaml, an impossible day rolls over (02-30 → 03-02).
 */
const timestamp: ScalarTag = {
  tag: 'tag:yaml.org,2002:timestamp',
  default: true,
  identify: (value) => value instanceof Date,
  test: new RegExp(`${DATE.source}|${TIMESTAMP.source}`),
  resolve(text) {
    const date = DATE.exec(text);
    if (date) return new Date(Date.UTC(+date[1]!, +date[2]! - 1, +date[3]!));
    const [, year, month, day, hour, minute, second, fraction = '', , sign, zoneHour, zoneMinute] =
      TIMESTAMP.exec(text)!;
    const millis = +fraction.slice(0, 3).padEnd(3, '0');
    const time = Date.UTC(+year!, +month! - 1, +day!, +hour!, +minute!, +second!, millis);
    const offset = sign ? (sign === '-' ? -1 : 1) * (+zoneHour! * 60 + +(zoneMinute ?? 0)) * 60_000 : 0;
    return new Date(time - offset);
  },
  stringify: ({ value }) => (value as Date).toISOString().replace(/T00:00:00\.000Z$/, ''),
};

/** Options for every `yaml` call that reads frontmatter or settings. */
export const YAML_OPTIONS = {
  schema: 'core',
  // Ahead of the core schema's own tags, so that they decide first.
  customTags: (tags) => [integer, float, signedFraction, timestamp, ...tags],
  merge: true,
  // js-yaml refuses a key given twice; so does every reader here.
  uniqueKeys: true,
} satisfies ParseOptions & DocumentOptions & SchemaOptions;

/** How pages are written: one line per value, so an edit to a sentence is a one-line diff. */
const WRITE_OPTIONS = { ...YAML_OPTIONS, lineWidth: 0 };

const engines = {
  yaml: {
    parse: (text: string) => (parse(text, YAML_OPTIONS) as object | null) ?? {},
    stringify: (data: object) => stringify(data, WRITE_OPTIONS),
  },
};

/** A Markdown file's frontmatter and body, its YAML read as the build reads it. */
export function readMatter(text: string): { data: Record<string, unknown>; content: string } {
  const { data, content } = matter(text, { engines });
  return { data, content };
}

/** A Markdown file with `data` as its frontmatter, written so that every reader reads `data` back. */
export function writeMatter(body: string, data: Record<string, unknown>): string {
  return matter.stringify(body, data, { engines });
}

/** A YAML file (settings, taxonomy) read the same way as frontmatter. */
export function readYaml(text: string): unknown {
  return parse(text, YAML_OPTIONS);
}
