import { describe, expect, it } from 'vitest';
import { compileSkills, findSkills } from '../../src/ingest/skills.ts';
import { buildTaxonomy, loadTaxonomy, TaxonomyError } from '../../src/lib/taxonomy.ts';

const forms = compileSkills(loadTaxonomy());
const skills = (text: string) => findSkills(text, forms);

describe('skills are named canonically', () => {
  it.each([
    ['Go (Golang)', ['Go']],
    ['we write golang', ['Go']],
    ['Postgres and k8s', ['PostgreSQL', 'Kubernetes']],
    ['GCP, Google Cloud Platform or Google Cloud', ['Google Cloud']],
    ['Microsoft Azure', ['Azure']],
    ['NodeJS or Node.js (JavaScript)', ['Node.js', 'JavaScript']],
    ['C#, C++ and dotnet', ['C#', 'C++', '.NET']],
    ['infrastructure-as-code and Infrastructure as Code', ['Infrastructure as code']],
    ['CI/CD pipelines and continuous integration for our software', ['CI/CD']],
    ['RESTful APIs', ['REST', 'API design']],
  ])('"%s" → %j', (text, expected) => {
    expect(skills(text)).toEqual(expected);
  });

  it('lists each skill once, in the order the text first names it', () => {
    expect(skills('Kubernetes, then Terraform, then Kubernetes again, then k8s')).toEqual(['Kubernetes', 'Terraform']);
  });

  it('prefers the longer name over the shorter one inside it', () => {
    expect(skills('the Spring Framework (Spring Boot, Spring Cloud, Spring Data)')).toEqual([
      'Spring',
      'Spring Boot',
      'Spring Cloud',
      'Spring Data',
    ]);
    expect(skills('Ruby on Rails')).toEqual(['Ruby on Rails']);
  });

  it('does not find a name inside another word', () => {
    expect(skills('NoSQL and MySQL')).toEqual(['NoSQL', 'MySQL']);
    expect(skills('Google Docs, Gopher, Javanese, CSSOM')).toEqual([]);
  });

  it('a gender tag "(H/F)" is not the language F*: a spelling whose symbols no token keeps is not matched by its letters', () => {
    expect(skills('Ingénieure DevOps (H/F) à Lyon, avec Kubernetes, Terraform et Ansible.')).toEqual([
      'DevOps',
      'Kubernetes',
      'Terraform',
      'Ansible',
    ]);
    expect(skills('We use F#, Go and Rust, and fstar for proofs.')).toEqual(['F#', 'Go', 'Rust', 'F*']);
  });

  it('a German compound of experience ("Berufserfahrung mit") is a cue like "experience with"', () => {
    expect(skills('Sie bringen mindestens 5 Jahre Berufserfahrung mit Go mit.')).toEqual(['Go']);
    expect(skills('Sie haben Praxiserfahrung mit Swift und gute Fachkenntnisse in Rust.')).toEqual(['Swift', 'Rust']);
  });

  it('matches case-sensitive spellings only in their case', () => {
    expect(skills('take a rest')).toEqual([]);
    expect(skills('a REST API')).toEqual(['REST', 'API design']);
  });
});

describe('ambiguous words count only in context', () => {
  it.each([
    ['Java, Python, Go, Scala', ['Java', 'Python', 'Go', 'Scala']],
    ['such as Django, Spring, or Express', ['Django', 'Spring', 'Express']],
    ['languages such as Go, Rust or Swift', ['Go', 'Rust', 'Swift']],
    ['Experience with Go is required.', ['Go']],
    ['proficiency in Rust', ['Rust']],
    ['services written in Swift and Kotlin', ['Swift', 'Kotlin']],
  ])('"%s" names %j', (text, expected) => {
    expect(skills(text)).toEqual(expected);
  });

  it.each([
    'Go beyond the basics and Express yourself.',
    'In the Spring we ship; the Swift response matters.',
    'Rust never sleeps.',
    'Ready, set, Go!',
  ])('"%s" names no skill', (text) => {
    expect(skills(text)).toEqual([]);
  });
});

describe('in a text about technology', () => {
  const role =
    'Platform Engineer. You run Kubernetes and Terraform on AWS, with Grafana for dashboards and Ansible for servers.';

  it('two everyday names side by side name each other, in any of the four languages', () => {
    expect(skills(`${role} You write internal tools in Python or Go.`)).toEqual(
      expect.arrayContaining(['Python', 'Go']),
    );
    expect(skills(`${role} Vous écrivez des outils internes en Python ou en Go.`)).toEqual(
      expect.arrayContaining(['Python', 'Go']),
    );
    expect(skills(`${role} Dashboards live in Looker or Tableau.`)).toEqual(
      expect.arrayContaining(['Looker', 'Tableau']),
    );
  });

  it('but not in ordinary prose, where two such names are a snake and an island', () => {
    expect(skills('We saw a Python or a Cobra, and sailed from Java and Bali the next day.')).toEqual([]);
  });

  it('a name used as a comparison is no skill: "Twilio-style webhooks"', () => {
    expect(skills(`${role} You build demos with Next.js and Twilio-style webhooks.`)).not.toContain('Twilio');
    expect(skills(`${role} You build demos with Next.js and Twilio.`)).toContain('Twilio');
  });

  it('"communication over CAN bus" is a protocol, "communication skills" the skill', () => {
    expect(skills(`${role} You implement communication over CAN bus and MQTT.`)).not.toContain('Communication');
    expect(skills(`${role} Good communication skills matter here.`)).toContain('Communication');
  });

  it('"orchestrating" is container orchestration beside Kubernetes, not beside Airflow', () => {
    expect(skills('You package services with Docker and, orchestrating them with Kubernetes, ship daily.')).toContain(
      'Container orchestration',
    );
    expect(skills(`${role} You are orchestrating hundreds of daily jobs with Apache Airflow.`)).not.toContain(
      'Container orchestration',
    );
  });

  it('reads practices in French, German and Spanish', () => {
    expect(skills(`${role} Vous faites des revues de code et participez à l'astreinte.`)).toEqual(
      expect.arrayContaining(['Code review', 'Incident response']),
    );
    expect(skills(`${role} Du übernimmst Rufbereitschaft und kennst verteilte Systeme.`)).toEqual(
      expect.arrayContaining(['Incident response', 'Distributed systems']),
    );
    expect(skills(`${role} Tienes experiencia en modelado de datos y sistemas distribuidos.`)).toEqual(
      expect.arrayContaining(['Data modeling', 'Distributed systems']),
    );
  });
});

describe('the skills taxonomy', () => {
  const families = [{ id: 'backend', name: 'Backend', keywords: ['backend'] }];

  it('refuses a spelling that two skills claim, naming both', () => {
    const data = {
      categories: { language: 'Languages' },
      skills: [
        { name: 'Go', category: 'language', aliases: ['Golang'] },
        { name: 'Golang', category: 'language' },
      ],
    };
    expect(() => buildTaxonomy(data, families)).toThrow(/skills\.1 \(Golang\): "golang" already names Go/);
  });

  it('refuses a skill in a category that does not exist', () => {
    const data = { categories: { language: 'Languages' }, skills: [{ name: 'Kafka', category: 'broker' }] };
    expect(() => buildTaxonomy(data, families)).toThrow(TaxonomyError);
    expect(() => buildTaxonomy(data, families)).toThrow(/category "broker" is not one of language/);
  });

  it('refuses a skill without a name', () => {
    expect(() => buildTaxonomy({ categories: { a: 'A' }, skills: [{ category: 'a' }] }, families)).toThrow(
      /skills\.0\.name/,
    );
  });
});
