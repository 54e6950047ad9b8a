import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SECTION_HEADINGS } from '../../src/lib/section-headings.ts';
import { IngestError } from '../../src/ingest/errors.ts';
import { decodeSource, ingestText } from '../../src/ingest/ingest.ts';
import { loadTaxonomy } from '../../src/lib/taxonomy.ts';

const taxonomy = loadTaxonomy();
const options = { source: 'sources/any.txt', taxonomy };

/** A page, or an IngestError; anything else thrown fails the property. */
function attempt(text: string): string {
  try {
    return ingestText(text, options).page;
  } catch (error) {
    if (error instanceof IngestError) return `error: ${error.message}`;
    throw error;
  }
}

const words = [
  'Senior',
  'Staff',
  'Backend',
  'Engineer',
  'Developer',
  'jobs',
  'Explore',
  'Go',
  'Java',
  'Kafka',
  'and',
  'or',
  'with',
  'include',
  'responsibilities',
  'skill',
  'set',
  '5+',
  'years',
  'e.g.',
  '(',
  ')',
  ',',
  ':',
  '—',
  '.',
  '!',
  '?',
  '\n\n',
  'Ingénieur',
  'C#',
  '.NET',
  'k8s',
];
/** Text that looks like a role description: the vocabulary the rules react to, in any order. */
const roleLike = fc.array(fc.constantFrom(...words), { maxLength: 120 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 400 }), roleLike);

describe('any text', () => {
  it('becomes a page or a clear error, never an unexpected exception', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = attempt(text);
        expect(result.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same output twice', () => {
    fc.assert(
      fc.property(anyText, (text) => attempt(text) === attempt(text)),
      { numRuns: 200 },
    );
  });

  it('that gives a page gives one with a title, levels and at least one section', () => {
    fc.assert(
      fc.property(roleLike, (text) => {
        const result = attempt(text);
        fc.pre(!result.startsWith('error: '));
        expect(result).toMatch(/^---\ntitle: .+\n/);
        expect(result).toMatch(/\nlevels:\n {2}- (junior|mid|senior|staff|principal)\n/);
        const headings = [...result.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
        expect(headings.length).toBeGreaterThan(0);
        for (const heading of headings) expect(KNOWN_HEADINGS).toContain(heading);
      }),
      { numRuns: 300 },
    );
    // 300 whole ingests: about 17 s on a busy 2-core machine, past the default 30 s when it is busier.
  }, 120_000);
});

/** Every section heading the ingest writes, in any language. */
const KNOWN_HEADINGS = Object.values(SECTION_HEADINGS).flatMap((set) => Object.values(set));

describe('any bytes', () => {
  it('decode to text or a clear error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          expect(typeof decodeSource(bytes)).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(IngestError);
        }
      }),
      { numRuns: 400 },
    );
  });
});
