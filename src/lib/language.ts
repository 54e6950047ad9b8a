import { detect } from 'tinyld/light';

/** The site's own language: pages say nothing else unless their frontmatter's `lang` does. */
export const SITE_LANGUAGE = 'en';

/** The languages the ingest reads (titles, levels, years, skills' spellings). */
export const INGEST_LANGUAGES = ['en', 'fr', 'de', 'es'] as const;
export type IngestLanguage = (typeof INGEST_LANGUAGES)[number];

/**
 * The language a role text is written in, among those the ingest reads; the site's language when
 * the text is too short or too mixed to tell.
 */
export function detectLanguage(text: string): IngestLanguage {
  const found = detect(text, { only: [...INGEST_LANGUAGES] });
  return (INGEST_LANGUAGES as readonly string[]).includes(found) ? (found as IngestLanguage) : SITE_LANGUAGE;
}
