import { describe, expect, it } from 'vitest';
import { findTitle } from '../../src/ingest/title.ts';
import { levelsIn } from '../../src/ingest/levels.ts';
import { findEducation, findExperience } from '../../src/ingest/experience.ts';
import { deriveFamily, findFamily } from '../../src/ingest/family.ts';
import { LEVEL_WORDS_PATTERN } from '../../src/ingest/levels.ts';
import { toSlug } from '../../src/lib/slug.ts';
import { loadTaxonomy } from '../../src/lib/taxonomy.ts';

const taxonomy = loadTaxonomy();

describe('title', () => {
  it.each([
    [
      'Explore the pinnacle of backend engineering careers with Staff Software Engineer (Backend) jobs.',
      'Staff Software Engineer (Backend)',
    ],
    [
      'Explore Senior and Staff Java Backend Engineer Jobs to advance your career.',
      'Senior and Staff Java Backend Engineer',
    ],
    ['Discover and apply for Senior Backend Developer jobs, a critical career path.', 'Senior Backend Developer'],
    ['Discover the world of Backend Software Engineer jobs, where architects build.', 'Backend Software Engineer'],
    ['We are hiring a Senior Frontend Engineer.', 'Senior Frontend Engineer'],
    ['Join us as Site Reliability Engineers, keeping things up.', 'Site Reliability Engineer'],
    ['Explore Senior/Staff Data Engineer roles.', 'Senior/Staff Data Engineer'],
    ["Découvrez les offres d'Ingénieur Backend Senior à Paris.", 'Ingénieur Backend Senior'],
    ['Entdecken Sie Jobs als Senior Backend-Entwickler in Berlin.', 'Senior Backend-Entwickler'],
    ['We are hiring a Senior Mobile Engineer (iOS/Android) in Lisbon.', 'Senior Mobile Engineer (iOS/Android)'],
    ['Wir suchen einen Leitenden Softwareentwickler (m/w/d) in Köln.', 'Leitenden Softwareentwickler (m/w/d)'],
    ['Rejoignez-nous comme Développeuse Frontend Confirmée (H/F) à Lyon.', 'Développeuse Frontend Confirmée (H/F)'],
    ['Buscamos un Desarrollador Backend Sénior en Madrid.', 'Desarrollador Backend Sénior'],
    ['Join us as a Developer Advocate for our APIs.', 'Developer Advocate'],
  ])('reads the role out of "%s"', (sentence, title) => {
    expect(findTitle(sentence)).toBe(title);
  });

  it('keeps a gender tag whole, or drops it whole, as content/site.yaml says', () => {
    const sentence = 'Wir suchen einen Senior Softwareentwickler (m/w/d) in Köln.';
    expect(findTitle(sentence, 'keep')).toBe('Senior Softwareentwickler (m/w/d)');
    expect(findTitle(sentence, 'drop')).toBe('Senior Softwareentwickler');
    expect(findTitle('Ingénieur DevOps (H/F) à Paris.', 'drop')).toBe('Ingénieur DevOps');
    expect(findTitle('Senior Mobile Engineer (iOS/Android) wanted.', 'drop')).toBe(
      'Senior Mobile Engineer (iOS/Android)',
    );
  });

  it('finds no title in a sentence without a role noun', () => {
    expect(findTitle('Explore the best Jobs in Town.')).toBeUndefined();
    expect(findTitle('the quick brown fox.')).toBeUndefined();
  });
});

describe('slug', () => {
  it('is readable ASCII, also for titles in other languages and with symbols', () => {
    expect(toSlug('Staff Software Engineer (Backend)')).toBe('staff-software-engineer-backend');
    expect(toSlug('Ingénieur Backend Senior')).toBe('ingenieur-backend-senior');
    expect(toSlug('Senior C# & .NET Developer')).toBe('senior-c-sharp-and-dotnet-developer');
    expect(toSlug('Größter Entwickler')).toMatch(/^[a-z0-9-]+$/);
  });
});

describe('levels', () => {
  it.each([
    ['Senior and Staff Java Backend Engineer', ['senior', 'staff']],
    ['Staff Software Engineer (Backend)', ['staff']],
    ['Sr. Backend Developer', ['senior']],
    ['Principal Engineer', ['principal']],
    ['Junior or Mid-Level Engineer', ['junior', 'mid']],
    ['Staff and Senior Engineer', ['senior', 'staff']],
    ['Backend Software Engineer', []],
    ['Ingénieur Backend Sénior', ['senior']],
    ['Développeur Java Confirmé', ['mid']],
    ['Leitender Softwareentwickler', ['senior']],
    ['Sr. Desarrollador Backend', ['senior']],
    ['Desarrolladora Júnior', ['junior']],
  ])('"%s" covers %j', (title, levels) => {
    expect(levelsIn(title)).toEqual(levels);
  });

  it('does not read a level out of a longer word', () => {
    expect(levelsIn('Seniority Engineer at Staffing Co')).toEqual([]);
  });
});

describe('experience', () => {
  it.each([
    ['candidates possess 5+ years of backend development experience', { min: 5 }],
    ['coupled with 5-10 years of progressive experience', { min: 5, max: 10 }],
    ['with 3 to 6 years in the field', { min: 3, max: 6 }],
    ['at least 8 years of experience in operations', { min: 8 }],
    ['five or more years of experience', { min: 5 }],
    ['a minimum of two years working with Go', { min: 2 }],
    ['7 years of hands-on backend experience', { min: 7 }],
    ["vous avez 5 ans d'expérience en développement", { min: 5 }],
    ['au moins trois ans d’expérience', { min: 3 }],
    ['Sie bringen mindestens 5 Jahre Berufserfahrung mit', { min: 5 }],
    ['3 bis 6 Jahre Erfahrung', { min: 3, max: 6 }],
    ['con 5 años de experiencia en Java', { min: 5 }],
    ['de 3 a 5 años de experiencia', { min: 3, max: 5 }],
  ])('reads "%s"', (text, experience) => {
    expect(findExperience(text)).toEqual(experience);
  });

  it('of two kinds of years, reads those of the profession as a whole', () => {
    expect(
      findExperience(
        'at least 2 years of experience managing software engineers and 6 years or more in software engineering overall',
      ),
    ).toEqual({ min: 6 });
    expect(findExperience('5+ years of backend experience, including 2+ years with Kubernetes')).toEqual({ min: 5 });
  });

  it("does not take the company's age for years of experience", () => {
    expect(findExperience('For over 20 years, we have served banks. You bring 4+ years of experience.')).toEqual({
      min: 4,
    });
  });

  it('reads nothing where the text gives no number of years', () => {
    expect(findExperience('a strong foundation built over several years')).toBeUndefined();
    expect(findExperience('serving millions of users for 24/7 uptime')).toBeUndefined();
  });
});

describe('education', () => {
  it("keeps the degree and its field in the text's words", () => {
    expect(
      findEducation(
        "Most positions require a bachelor's degree in computer science or a related field, coupled with 5-10 years",
      ),
    ).toBe("Bachelor's degree in computer science or a related field");
    expect(findEducation('A Master’s degree is a plus.')).toBe('Master’s degree');
  });

  it('reads nothing where no degree is asked for', () => {
    expect(findEducation('Strong problem-solving skills.')).toBeUndefined();
    expect(findEducation('to a high degree of precision.')).toBeUndefined();
  });
});

describe('family', () => {
  const family = (title: string, text = '') => findFamily(title, text, taxonomy.families)?.id;

  it('comes from the title first', () => {
    expect(family('Senior Backend Engineer', 'partner with Frontend and front-end teams, front-end clients')).toBe(
      'backend',
    );
    expect(family('Staff Site Reliability Engineer')).toBe('reliability');
    expect(family('Senior Frontend Engineer')).toBe('frontend');
  });

  it('falls back to the keyword the text names most often', () => {
    expect(
      family('Software Engineer', 'You build server-side services, backend APIs and a front-end now and then.'),
    ).toBe('backend');
  });

  it('is not read from the text when the title says what the role is', () => {
    const text = 'You lead engineers who build backend services and backend APIs.';
    expect(family('Engineering Manager', text)).toBeUndefined();
    expect(family('Senior Developer Advocate', text)).toBeUndefined();
    expect(family('Senior Software Engineer', text)).toBe('backend');
  });

  it('is read from titles in French, German and Spanish', () => {
    expect(family('Ingénieur DevOps Confirmé (H/F)')).toBe('platform');
    expect(family('Ingeniero de Datos Senior')).toBe('data');
    expect(family('QA Automation Engineer')).toBe('quality');
  });

  it('is absent when nothing in the text names a family', () => {
    expect(family('Software Engineer', 'You write code.')).toBeUndefined();
  });

  it('a new one is derived from the title, without its level, gender tag or parentheses', () => {
    const derive = (title: string) => deriveFamily(title, LEVEL_WORDS_PATTERN);
    expect(derive('Senior Embedded Software Engineer')).toEqual({
      id: 'embedded-software-engineer',
      name: 'Embedded Software Engineer',
      keywords: ['embedded software engineer'],
    });
    expect(derive('Engineering Manager').id).toBe('engineering-manager');
    expect(derive('Leitender Softwareentwickler (m/w/d)').id).toBe('softwareentwickler');
    expect(derive('Senior and Staff Developer Advocate').id).toBe('developer-advocate');
  });
});
