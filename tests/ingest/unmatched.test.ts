import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/ingest.ts';
import { compileSkills, findSkillMatches } from '../../src/ingest/skills.ts';
import { findUnmatched } from '../../src/ingest/unmatched.ts';
import { loadTaxonomy } from '../../src/lib/taxonomy.ts';

const taxonomy = loadTaxonomy();
const matcher = compileSkills(taxonomy);

/** The unmatched-term warnings of a text, as "line:col term". */
function unmatched(text: string): string[] {
  return ingestText(text, { source: 'sources/x.txt', taxonomy })
    .warnings.filter((w) => w.message.includes('is in no vocabulary'))
    .map((w) => `${w.line}:${w.column} ${/^"([^"]+)"/.exec(w.message)![1]}`);
}

describe('a term that looks like a technology and matches nothing is reported, not dropped', () => {
  const text = [
    'Senior Platform Engineer. You will run Kubernetes clusters with Flumeplane and Argo CD.',
    'You have experience with Zorblax, and you know Terraform, Quuxly and Ansible.',
    'We ship FrobDB 7 daily, and our stack includes k9s and Grafana.',
  ].join('\n');

  it('names each such term once, at its line and column in the source', () => {
    expect(unmatched(text)).toEqual(['1:65 Flumeplane', '2:26 Zorblax', '2:59 Quuxly', '3:9 FrobDB', '3:48 k9s']);
    const lines = text.split('\n');
    expect(lines[0]!.slice(64, 74)).toBe('Flumeplane');
    expect(lines[2]!.slice(47, 50)).toBe('k9s');
  });

  it('says why the term looks like a technology and where to add it', () => {
    const warning = ingestText(text, { source: 'sources/x.txt', taxonomy }).warnings.find((w) =>
      w.message.startsWith('"Flumeplane"'),
    );
    expect(warning?.message).toBe(
      '"Flumeplane" is in a list of skills and is in no vocabulary: add it to content/taxonomy/skills.yaml with a category',
    );
  });

  it('does not report the skills it found, nor names of places, days and teams', () => {
    const found = unmatched(
      'Backend Engineer. You will work with Java, Kafka and PostgreSQL in Berlin every Monday, and partner with the Frontend, DevOps and Infrastructure teams.',
    );
    expect(found).toEqual([]);
  });

  it('in German, where every noun has a capital, reports only code-shaped terms', () => {
    const german =
      'Senior Platform Engineer (m/w/d). Du betreibst Kubernetes, Terraform und Ansible, pflegst Vorlagen, Zuständigkeiten und FrobDB 7 mit Argo CD und Helm im Betrieb.';
    expect(unmatched(german).map((t) => t.replace(/^\S+ /, ''))).toEqual(['FrobDB']);
  });

  it('does not report a capitalised word that opens a sentence', () => {
    expect(unmatched('Data Engineer. You build pipelines in Python and Spark. Zorblax is our office dog.')).toEqual([]);
  });

  it('a term added to the taxonomy is a skill and no longer reported', () => {
    const text = 'Platform Engineer. You will run Kubernetes, Terraform and Flumeplane.';
    const before = findSkillMatches(text, matcher);
    expect(findUnmatched(text, before).map((t) => t.term)).toEqual(['Flumeplane']);
    const withIt = {
      ...taxonomy,
      skills: [
        ...taxonomy.skills,
        { name: 'Flumeplane', category: 'cloud', aliases: [], exact: [], contextual: [], not: [], near: [] },
      ],
    };
    const after = findSkillMatches(text, compileSkills(withIt));
    expect(after.map((m) => m.skill.name)).toContain('Flumeplane');
    expect(findUnmatched(text, after)).toEqual([]);
  });
});

describe('ordinary prose reports no unmatched technology', () => {
  const dir = 'tests/fixtures/prose';
  it.each(readdirSync(dir).filter((f) => f.endsWith('.txt')))('%s', (file) => {
    const text = readFileSync(`${dir}/${file}`, 'utf8');
    expect(findUnmatched(text, findSkillMatches(text, matcher)).map((t) => t.term)).toEqual([]);
  });
});
