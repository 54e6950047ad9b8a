/**
 * The ingest's reading rules, kept as data so that a new kind of source text usually needs a new
 * word here rather than new code. All word lists are matched case-insensitively.
 */
import type { Level } from '../lib/levels.ts';
import { SECTION_HEADINGS, SECTION_ORDER, type SectionId } from '../lib/section-headings.ts';

/** A word list written as one string, one or more words a line. */
function words(text: string): string[] {
  return text.trim().split(/\s+/);
}

/** Verbs that frame a job-board text ("Explore … jobs") and are never part of a title. */
export const FRAMING_WORDS = words(`
  explore discover find browse search join apply see view meet découvrez explorez rejoignez
  entdecke entdecken descubre explora scopri
`);

/** Nouns after a title that frame it as a listing ("… jobs", "… roles"). */
export const LISTING_WORDS = words(`
  job jobs role roles position positions career careers opening openings vacancy vacancies
  opportunity opportunities offres offre postes stellen empleos ofertas
`);

/** The head nouns of a job title, in several languages; a title contains at least one. */
export const ROLE_NOUNS = words(`
  engineer developer architect programmer scientist analyst designer manager administrator
  specialist consultant tester sre devops lead ingénieur ingenieur ingénieure développeur
  développeuse entwickler entwicklerin desarrollador desarrolladora ingeniero ingeniera engenheiro
  desenvolvedor sviluppatore ontwikkelaar architecte advocate evangelist recruiter researcher writer
  director head officer executive representative partner coordinator strategist owner technician
  responsable directeur directrice chef consultante analyste designeuse leiter leiterin berater
  beraterin managerin designerin architekt architektin referent referentin gerente director jefe
  jefa diseñador diseñadora analista consultor consultora técnico técnica arquitecto arquitecta
`);

/** German compounds end in a role noun: "Softwareentwickler", "Systemingenieurin". */
export const ROLE_NOUN_ENDINGS =
  /(?:entwickler|entwicklerin|ingenieur|ingenieurin|architekt|architektin|leiter|leiterin|berater|beraterin|designer|designerin|manager|managerin|administrator|administratorin|tester|testerin)$/i;

/** A gender tag after a title: "(m/w/d)", "(H/F)", "(f/m/x)", "(all genders)". */
export const GENDER_TAG =
  /^\((?:[mwfdxhMWFDXH](?:\s*\/\s*[mwfdxhMWFDXH*]){1,3}|all genders|alle Geschlechter|tous genres)\)$/u;

/** Lower-case words allowed inside a title between capitalised ones ("Senior and Staff …"). */
export const TITLE_CONNECTORS = words(`
  and or of & / de du des et und y e für
`);

/** Words in a title (or a phrase such as "senior-level") that name each level. */
export const LEVEL_WORDS: Record<Level, string[]> = {
  junior: words(
    'junior jr entry-level graduate trainee intern débutant débutante júnior einsteiger berufseinsteiger principiante',
  ),
  mid: words('mid mid-level intermediate confirmé confirmée intermédiaire semi-senior ssr'),
  senior: words('senior sr senior-level sénior leitender leitende leitenden erfahrener erfahrene erfahrenen'),
  staff: words('staff staff-level'),
  principal: words('principal principal-level distinguished principale'),
};

/** The level a role has when its text names none: the plain title is the mid-level role. */
export const DEFAULT_LEVEL: Level = 'mid';

export type { SectionId } from '../lib/section-headings.ts';

/** Section headings, in page order, in English (the scaffold's and the site's language). */
export const SECTIONS: { id: SectionId; heading: string }[] = SECTION_ORDER.map((id) => ({
  id,
  heading: SECTION_HEADINGS.en[id],
}));

/** A language's own cues for a section, and the English ones, which any text may use. */
type Cues = Record<Exclude<SectionId, 'about'>, RegExp[]>;

/**
 * Phrases that open a section. A sentence that matches moves the page on to that section;
 * sections never go backwards, and the closing pitch only starts after "what you will bring".
 */
export const SECTION_CUES: Cues = {
  do: [
    /\b(common|typical|key|core|main|primary|day-to-day) (duties|responsibilities)\b/i,
    /\bresponsibilities (include|for|are)\b/i,
    /\bin a typical (role|day)\b/i,
    /\btypical day\b/i,
    /\b(is|are) (primarily |mainly )?responsible for \w+ing\b/i,
    /\bcore duty\b/i,
    /\byou will (build|design|own|lead|write|develop)\b/i,
  ],
  bring: [
    /\bskill ?set\b/i,
    /\bset of (technical )?skills\b/i,
    /\bto (qualify|excel|succeed) (for|in|as)\b/i,
    /\bcandidates (typically )?(need|possess|have|should|must)\b/i,
    /\b(qualifications|requirements) (are|include)\b/i,
    /\bwhat you (will )?bring\b/i,
    /\b\d+\s*(\+|-|–|to)\s*\d*\s*years\b/i,
  ],
  closing: [
    /^(if you are|if you're|for (seasoned|experienced|ambitious|talented)|explore|exploring|discover|join|ready to|apply)\b/i,
    /\b(next|rewarding|impactful) career (move|step|path|trajectory)\b/i,
  ],
};

/** The cues of the other languages the ingest reads, besides the English ones. */
export const LOCAL_SECTION_CUES: Record<'fr' | 'de' | 'es', Cues> = {
  fr: {
    do: [
      /^au quotidien\b/iu,
      /(?<!\p{L})(vos (principales )?missions|vos responsabilités|parmi vos missions|vous serez (chargée?|responsable) de)(?!\p{L})/iu,
    ],
    bring: [
      /(?<!\p{L})(pour réussir|profil recherché|votre profil|vous justifiez|vous disposez)(?!\p{L})/iu,
      /(?<!\p{L})\d+\s*(\+|-|–|à)?\s*\d*\s*ans d['’]expérience(?!\p{L})/iu,
    ],
    closing: [
      /^(si vous|rejoignez|postulez|envie de|prêt|prête|nous offrons|nous vous offrons|ce que nous offrons|le poste est (en|un|une|basé))(?!\p{L})/iu,
    ],
  },
  de: {
    do: [
      /(?<!\p{L})(zu (deinen|ihren) (haupt)?aufgaben|(deine|ihre) aufgaben|im arbeitsalltag|in deinem alltag|du verantwortest|sie verantworten)(?!\p{L})/iu,
    ],
    bring: [
      /(?<!\p{L})((dein|ihr) profil|das bringst du mit|das bringen sie mit|für diese rolle bringst du|für diese rolle bringen sie)(?!\p{L})/iu,
      /(?<!\p{L})mindestens \d+\s*jahre(?!\p{L})/iu,
    ],
    closing: [/^(wenn du|wenn sie|bewirb dich|bewerben sie sich|klingt das|wir bieten|das bieten wir)(?!\p{L})/iu],
  },
  es: {
    do: [
      /(?<!\p{L})(entre tus (principales )?responsabilidades|tus (principales )?responsabilidades|tus funciones|en tu día a día|en el día a día|serás responsable de)(?!\p{L})/iu,
    ],
    bring: [
      /(?<!\p{L})(para este puesto buscamos|buscamos (una persona|a alguien) con|requisitos|tu perfil|qué buscamos)(?!\p{L})/iu,
      /(?<!\p{L})al menos \d+\s*años(?!\p{L})/iu,
    ],
    closing: [/^(si quieres|si te|únete|postula|ofrecemos|te ofrecemos|qué ofrecemos)(?!\p{L})/iu],
  },
};

/** Sentences opening with these words start a new paragraph within a section. */
export const PARAGRAPH_OPENERS =
  /^(beyond|in addition|additionally|moreover|crucially|collaboration is|en outre|par ailleurs|de plus|au-delà|darüber hinaus|außerdem|zudem|además|asimismo|por otra parte)(?!\p{L})/iu;

/** Sentences per paragraph before the next one starts a new paragraph. */
export const MAX_PARAGRAPH_SENTENCES = 3;

/** Words after which an enumeration starts ("responsibilities include a, b, and c"). */
export const LIST_TRIGGERS = /\b(include|includes|including|involves|such as)\s+/gi;

/** Punctuation after which an enumeration starts ("technical leadership: a, b, and c"). */
export const LIST_PUNCTUATION = /\s*(:|—|–|--)\s*/g;

/** Fewest items that make an enumeration worth a bullet list. */
export const MIN_LIST_ITEMS = 3;

/** Words that show a summary candidate describes the role rather than frame a listing. */
export const SUMMARY_STRONG = /\b(responsible for|focus(es|ing)? on|you are|you will|are the|is the)\b/i;
export const SUMMARY_GOOD = /\b(build|design|architect|develop|own|maintain)\w*/i;
/** A listing's framing ("Explore … jobs") counts against a summary candidate; "this role" does not. */
export const SUMMARY_FRAMING = new RegExp(
  `(?<![\\p{L}])(${[...FRAMING_WORDS, 'jobs?', 'careers?', 'openings', 'vacancies', 'offres?', 'stellen', 'empleos'].join('|')})(?![\\p{L}])`,
  'iu',
);

/**
 * Phrases right before an everyday word that show it names a skill ("experience with Go",
 * "written in Rust", "deploy on Azure", "based on Backstage", "expérience en Java", "Erfahrung mit Go",
 * "auf Basis von Backstage", "experiencia con Ruby").
 */
export const SKILL_CONTEXT_BEFORE = new RegExp(
  String.raw`(?:\b(?:experience|experienced|proficiency|proficient|expertise|expert|knowledge|skills?|fluency|fluent|familiarity|familiar|background|written|built|build|work(?:ing)?|hands-on|deploy(?:ed|ing|s)?|run(?:ning)?|migrat(?:e|ed|ing)|program(?:ming)?|develop(?:ing)?|coding|code)\s+(?:with|in|of|using|on|to)|\b(?:using|via|based on|auf Basis von|basierend auf|basée? sur|basad[oa] en)|\b(?:languages?|frameworks?|tools?|tooling|stack|technologies|platforms?|libraries)\s*(?:such as|like|including|e\.g\.,?|:|\()|\b(?:expérience|maîtrise|connaissances?|pratique)\s+(?:avec|en|de|des|du|d['’]|sur)|(?:\b|\p{Ll})(?:Erfahrung(?:en)?|Kenntnisse(?:n)?|Know-how|Expertise)\s+(?:mit|in|im|von|bei)|\b(?:experiencia|conocimientos?|dominio|manejo)\s+(?:con|en|de|del))\s*$`,
  'iu',
);

/** A version right after a name shows it names a skill: "Java 17", "Python 3.12", "Vue 3". */
export const VERSION_AFTER = /^\s+v?\d+(?:\.\d+)*\+?(?!\s*(?:years?|yrs|ans|jahre|años|%|[\p{L}\p{N}]))/iu;

/** Right after a name, a comparison: "Twilio-style webhooks", "Figma-like", "Rails-inspired". */
export const COMPARISON_AFTER = /^-(?:style|like|esque|inspired)\b/i;

/** Between two neighbouring items of a list: a comma, a slash, "and", "or" (in a few languages), a parenthesis. */
export const LIST_GAP =
  /^\s*(?:,|\/|\(|\)\s*,?|,?\s*(?:and|or|&|et|ou|und|oder|sowie|y|o|e)(?:\s+(?:in|with|en|avec|mit|con))?|\(?\s*(?:e\.g\.|such as|like|including|z\.\s?B\.|p\.\s?ex\.|comme|como)?,?)\s*$/i;

/** Where a sentence ends inside a text, for the words that count as a name's surroundings. */
export const SENTENCE_END =
  /(?<!\b(?:e\.g|i\.e|z\.B|p\.ex|vs|cf|etc|approx|incl|Sr|Jr|Dr|Mr|Mrs|Ms))[.!?](?=\s+[\p{Lu}\p{N}"“'‘(¿¡])\s+/gu;

/**
 * Words that make a sentence about software: an everyday word beside them can name a skill
 * ("our Helm charts"). Only words that ordinary prose does not use (not "cloud", "server" or "platform").
 */
export const TECH_WORDS = new Set(
  words(`
    software api apis backend back-end frontend front-end fullstack full-stack codebase codebases microservice
    microservices devops programming programmer programmers developer developers engineer engineers engineering
    coding code tooling sdk sdks repository repositories pipelines scripting technologies frameworks
    logiciel logiciels développeur développeurs développeuse développeuses ingénieur ingénieurs ingénieure
    ingénieures programmation entwickler entwicklerin entwicklerinnen ingenieur ingenieurin ingenieure
    programmierung desarrollador desarrolladora desarrolladores ingeniero ingeniera ingenieros programación código
  `).map((w) => w.toLowerCase()),
);

/** Abbreviations that never end a sentence, so a split after them is undone. */
export const NON_FINAL_ABBREVIATIONS = /\b(e\.g|i\.e|cf|vs|approx|incl|esp)\.$/i;

/** Number words for experience written out ("five years"). */
export const NUMBER_WORDS: Record<string, number> = {
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  dix: 10,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  zehn: 10,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  diez: 10,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
};

/** Degree names for the `education` field. */
export const DEGREE =
  /\b(?:an?\s+)?((?:bachelor|master|doctoral|associate)['’]?s?\s+degree|ph\.?\s?d\.?|doctorate|degree)((?:\s+in\s+[^,.;()]+)?)/i;

/**
 * Words that look like technologies to the report of unmatched terms and are not: abbreviations,
 * business acronyms, degrees, and the words of job titles.
 */
export const NOT_TECHNOLOGIES = new Set(
  words(`
    e.g i.e z.B p.ex u.a d.h etc vs Ph.D PhD MSc BSc MBA B.Sc M.Sc U.S U.K EU US UK USA EMEA APAC DACH LATAM
    SaaS PaaS IaaS B2B B2C KPI KPIs OKR OKRs ROI CEO CTO CFO COO CPO VP VPs HR QA QAs UX UI UX/UI R&D P&L ARR MRR
    24/7 iOS macOS iPadOS watchOS tvOS SRE SREs SDET SDETs DevRel
    Senior Staff Principal Junior Lead Mid Sr Jr Engineer Engineers Developer Developers Manager Managers
    Product Design Designers Sales People Team Teams Remote Hybrid
    Frontend Front-end Backend Back-end Fullstack Full-stack Infrastructure Platform Platforms Cloud Mobile Web
    Data Security Engineering Operations Support Marketing Finance Legal Research
  `).map((w) => w.toLowerCase()),
);
