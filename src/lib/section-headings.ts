/**
 * The headings of a role page's four sections, in each language the ingest reads. A page in
 * French gets French headings; pages read back (the career path's "what you will do") know them
 * all. German has two sets: a text that says "du" gets "Deine Aufgaben", one that says "Sie"
 * gets "Ihre Aufgaben".
 */
export type SectionId = 'about' | 'do' | 'bring' | 'closing';

export const SECTION_ORDER: SectionId[] = ['about', 'do', 'bring', 'closing'];

export type HeadingSet = Record<SectionId, string>;

export const SECTION_HEADINGS = {
  en: { about: 'About the role', do: 'What you will do', bring: 'What you will bring', closing: 'Why this role' },
  fr: { about: 'À propos du poste', do: 'Vos missions', bring: 'Votre profil', closing: 'Pourquoi ce poste' },
  de: { about: 'Über die Rolle', do: 'Deine Aufgaben', bring: 'Das bringst du mit', closing: 'Warum diese Rolle' },
  'de-formal': { about: 'Über die Rolle', do: 'Ihre Aufgaben', bring: 'Ihr Profil', closing: 'Warum diese Rolle' },
  es: { about: 'Sobre el puesto', do: 'Qué harás', bring: 'Qué buscamos', closing: 'Por qué este puesto' },
} satisfies Record<string, HeadingSet>;

export type HeadingLanguage = keyof typeof SECTION_HEADINGS;

/** A heading that names the "what you will do" section, in any of the languages. */
export function isDutiesHeading(heading: string): boolean {
  const text = heading.trim().toLowerCase();
  return (
    /^what you('ll| will) do/.test(text) || Object.values(SECTION_HEADINGS).some((set) => set.do.toLowerCase() === text)
  );
}
