import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';

/** As the role bodies read (Sätteri's smart punctuation): curly quotes, -- an en dash, --- an em dash, … */
const processor = retext().use(retextSmartypants, { backticks: false, dashes: 'oldschool', ellipses: true });

/**
 * Text from frontmatter and settings with the same typography as the Markdown bodies: curly
 * quotes and apostrophes ("editor's" → "editor’s"), dashes and ellipses.
 */
export function smartPunctuation(text: string): string {
  // Most titles and names have nothing to change: skip the parser for them.
  if (!/['"]|--|\.\.\./.test(text)) return text;
  return String(processor.processSync(text));
}
