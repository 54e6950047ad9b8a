import { describe, expect, it } from 'vitest';
import { searchSynonyms } from '../../src/lib/synonyms.ts';
import type { Skill, Taxonomy } from '../../src/lib/taxonomy.ts';

const skill = (
  name: string,
  aliases: string[] = [],
  exact: string[] = [],
  contextual: string[] = [],
  category = 'languages',
): Skill => ({
  name,
  category,
  aliases,
  exact,
  contextual,
  not: [],
  near: [],
});

const taxonomy: Taxonomy = {
  categories: new Map([['languages', 'Languages']]),
  families: [],
  skills: [
    skill('Go', ['Golang', 'Go language', 'go lang toolchain'], ['GO']),
    skill('Kafka', ['Apache Kafka', 'kafka streams', 'Kafka-Connect']),
    skill('C#', ['csharp', 'C#.NET', 'Visual C#']),
    skill('Kubernetes', ['k8s'], [], ['cluster orchestration']),
    skill('Café', ['CAFÉ ORM', 'Cafeteria']),
    skill('Code review', ['code reviews', 'revue de code', 'Codeüberprüfung'], [], [], 'practice'),
    skill('Mentoring', ['mentorship', 'mentorat'], [], [], 'leadership'),
    skill('Test-driven development', ['TDD', 'test-driven', 'développement piloté par les tests'], [], [], 'practice'),
  ],
};

describe('the other names a role is found by', () => {
  it("adds a skill's aliases that a visitor may type instead of its name", () => {
    expect(searchSynonyms('Platform Lead', ['Go', 'Kubernetes'], taxonomy)).toEqual([
      'Golang',
      'k8s',
      'cluster orchestration',
    ]);
    expect(searchSynonyms('Platform Lead', ['C#'], taxonomy)).toEqual(['csharp']);
  });

  it('leaves out names that already hold the skill as a word, in any letter case, and phrases of three words', () => {
    // "Go language" and "GO" contain "Go"; "go lang toolchain" is a phrase; "Kafka-Connect" holds "Kafka".
    expect(searchSynonyms('Platform Lead', ['Kafka'], taxonomy)).toEqual([]);
    expect(searchSynonyms('Platform Lead', ['Café'], taxonomy)).toEqual(['Cafeteria']);
  });

  it('adds none of the everyday words, in any language, that name a practice or leadership', () => {
    expect(searchSynonyms('Platform Lead', ['Code review', 'Mentoring', 'Go'], taxonomy)).toEqual(['Golang']);
  });

  it('adds the words that mean the same in a title, and nothing for a skill the taxonomy lacks', () => {
    expect(searchSynonyms('Senior Backend Engineer', ['Cobol'], taxonomy).sort()).toEqual(
      ['back-end', 'developer', 'programmer', 'server-side'].sort(),
    );
  });
});
