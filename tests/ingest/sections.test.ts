import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/ingest.ts';
import { classify, findEnumeration } from '../../src/ingest/sections.ts';
import { responsibilities } from '../../src/lib/body.ts';
import { loadTaxonomy } from '../../src/lib/taxonomy.ts';
import { splitSentences } from '../../src/ingest/sentences.ts';

describe('a text cut off mid-sentence', () => {
  it('ends at the last whole sentence and hands back the fragment with its place', () => {
    const { sentences, unfinished } = splitSentences(
      'First whole sentence. Second one!\nAnd a third that stops in the mid',
    );
    expect(sentences.map((s) => s.text)).toEqual(['First whole sentence.', 'Second one!']);
    expect(unfinished).toMatchObject({ text: 'And a third that stops in the mid', line: 2, column: 1 });
  });

  it('is whole when it ends in a full stop inside quotes or brackets', () => {
    expect(splitSentences('He said "ship it." Then (we did.)').unfinished).toBeUndefined();
  });

  it('is one unfinished sentence when nothing ends', () => {
    const { sentences, unfinished } = splitSentences('Senior Backend Engineer wanted');
    expect(sentences).toEqual([]);
    expect(unfinished?.text).toBe('Senior Backend Engineer wanted');
  });
});

describe('sentences', () => {
  it('are not split after e.g. or i.e.', () => {
    const { sentences } = splitSentences('Databases (e.g. PostgreSQL, MySQL) matter. Queues, i.e. Kafka. Done.');
    expect(sentences.map((s) => s.text)).toEqual([
      'Databases (e.g. PostgreSQL, MySQL) matter.',
      'Queues, i.e. Kafka.',
      'Done.',
    ]);
  });

  it('keep .NET and Node.js whole', () => {
    const { sentences } = splitSentences('We use .NET and Node.js daily. Next.');
    expect(sentences.map((s) => s.text)).toEqual(['We use .NET and Node.js daily.', 'Next.']);
  });
});

describe('sections', () => {
  it('follow the text: about, then what you do, then what you bring, then the pitch', () => {
    expect(
      classify([
        'Explore Backend Engineer jobs.',
        'If you are passionate about systems, this is for you.',
        'Common responsibilities include building APIs.',
        'To excel in this role, you need Go.',
        'Candidates typically need 5+ years.',
        'If you are ready, apply now.',
      ]),
    ).toEqual(['about', 'about', 'do', 'bring', 'bring', 'closing']);
  });

  it('never go back to an earlier section', () => {
    expect(
      classify([
        'Explore Backend Engineer jobs.',
        'The skill set is broad.',
        'Common responsibilities include coding.',
      ]),
    ).toEqual(['about', 'bring', 'bring']);
  });
});

describe('enumerations', () => {
  it('become a lead-in and items where the items are parallel phrases', () => {
    expect(
      findEnumeration(
        'Common responsibilities include architecting complex distributed systems, making pivotal technology stack decisions, and establishing best practices for code quality and system design.',
      ),
    ).toEqual({
      leadIn: 'Common responsibilities include:',
      items: [
        'Architecting complex distributed systems',
        'Making pivotal technology stack decisions',
        'Establishing best practices for code quality and system design',
      ],
    });
  });

  it('start after a colon or a dash', () => {
    expect(
      findEnumeration(
        'The role involves performance optimization—conducting benchmarks, identifying bottlenecks, and enhancing throughput.',
      ),
    ).toEqual({
      leadIn: 'The role involves performance optimization:',
      items: ['Conducting benchmarks', 'Identifying bottlenecks', 'Enhancing throughput'],
    });
  });

  it('keep commas inside parentheses within one item', () => {
    expect(
      findEnumeration(
        'They are expected to champion best practices, conducting reviews, establishing patterns for testing (unit, integration, load), and implementing CI/CD pipelines.',
      )?.items,
    ).toEqual([
      'Conducting reviews',
      'Establishing patterns for testing (unit, integration, load)',
      'Implementing CI/CD pipelines',
    ]);
  });

  it.each([
    'A strong foundation in languages such as Java, Python, Go, Scala, C#, or Node.js is essential.',
    'They design, build, and run services.',
    'The skill set includes expert knowledge of JavaScript, HTML and CSS, experience with React, and familiarity with GraphQL.',
    'Common responsibilities include developing APIs that allow components, such as web clients and apps, to talk to the server.',
    'It involves deep system design, strategic decision-making, and mentoring others.',
  ])('stay a sentence where a list would read worse: "%s"', (sentence) => {
    expect(findEnumeration(sentence)).toBeUndefined();
  });
});

describe('a text in another language', () => {
  const taxonomy = loadTaxonomy();
  /** The page's level-2 headings. */
  const headings = (text: string) =>
    [...ingestText(text, { source: 'sources/x.txt', taxonomy }).page.matchAll(/^## (.+)$/gm)].map((m) => m[1]);

  it('gets its sections under headings in its own language, in the order of an English page', () => {
    const french = readFileSync('tests/fixtures/ingest/french-devops-engineer/source.txt', 'utf8');
    expect(headings(french)).toEqual(['À propos du poste', 'Vos missions', 'Votre profil', 'Pourquoi ce poste']);
    const spanish = readFileSync('tests/fixtures/ingest/spanish-data-engineer/source.txt', 'utf8');
    expect(headings(spanish)).toEqual(['Sobre el puesto', 'Qué harás', 'Qué buscamos', 'Por qué este puesto']);
  });

  it('in German, is addressed as the text addresses its reader: "du" or "Sie"', () => {
    const du = readFileSync('tests/fixtures/ingest/german-platform-engineer/source.txt', 'utf8');
    expect(headings(du)).toEqual(['Über die Rolle', 'Deine Aufgaben', 'Das bringst du mit', 'Warum diese Rolle']);
    const sie = [
      'Wir suchen einen Senior Backend Engineer (m/w/d) für unser Team in München.',
      'Sie arbeiten mit einem Team aus sechs Personen an unseren Zahlungsdiensten.',
      'Zu Ihren Aufgaben gehört die Entwicklung von Diensten in Java und Kotlin mit PostgreSQL.',
      'Sie betreiben diese Dienste auf Kubernetes und verbessern ihr Monitoring.',
      'Für diese Rolle bringen Sie mindestens 5 Jahre Erfahrung in der Softwareentwicklung mit.',
      'Wir bieten Ihnen flexible Arbeitszeiten und ein Weiterbildungsbudget.',
    ].join(' ');
    expect(headings(sie)).toEqual(['Über die Rolle', 'Ihre Aufgaben', 'Ihr Profil', 'Warum diese Rolle']);
  });

  it('keeps an English page’s headings in English', () => {
    const english = readFileSync(readdirSync('content/sources').map((f) => `content/sources/${f}`)[0]!, 'utf8');
    expect(headings(english)[0]).toBe('About the role');
  });

  it('has its duties read back from its own "what you will do" heading', () => {
    const page = ingestText(readFileSync('tests/fixtures/ingest/french-devops-engineer/source.txt', 'utf8'), {
      source: 'sources/x.txt',
      taxonomy,
    }).page;
    const duties = responsibilities(page.replace(/^---[\s\S]*?\n---\n/, ''));
    expect(duties.length).toBeGreaterThan(0);
    expect(duties[0]).toMatch(/^Au quotidien, vous administrez nos clusters Kubernetes/);
  });
});
