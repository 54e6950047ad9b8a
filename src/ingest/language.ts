import { detect } from 'tinyld/light';
import { SITE_LANGUAGE } from '../lib/language.ts';

/** The languages the ingest reads (titles, levels, years, skills' spellings). */
export const INGEST_LANGUAGES = ['en', 'fr', 'de', 'es'] as const;
export type IngestLanguage = (typeof INGEST_LANGUAGES)[number];

/** Fewest words in a text whose language is told; a shorter one is taken to be in the site's language. */
const MIN_WORDS = 12;

/**
 * The language a role text is written in, among those the ingest reads; the site's language when
 * the text is too short or too mixed to tell.
 */
export function detectLanguage(text: string): IngestLanguage | typeof SITE_LANGUAGE {
  // A few words are too few to tell one language from another ("Engineer Senior" reads as Spanish).
  if ((text.match(/\p{L}+/gu)?.length ?? 0) < MIN_WORDS) return SITE_LANGUAGE;
  const found = detect(text, { only: [...INGEST_LANGUAGES] });
  return (INGEST_LANGUAGES as readonly string[]).includes(found) ? (found as IngestLanguage) : SITE_LANGUAGE;
}
