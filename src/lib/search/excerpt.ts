/**
 * Search-result excerpts as a reader expects them: whole words, an ellipsis where the page's
 * text goes on before or after, and the highlight on the word found, not on its punctuation
 * ("(Kafka," is "(", Kafka highlighted, ","). Pure, for the search page's script and the tests.
 */

/** A run of excerpt text, highlighted or not. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Pagefind's excerpt is escaped text with <mark> around the words found: back to plain text. */
function decode(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/** Punctuation before a word, and after it (a word may end in # or +: C#, C++). */
const LEADING = /^[^\p{L}\p{N}]*/u;
const TRAILING = /[^\p{L}\p{N}#+]*$/u;
/** A sentence ends here, closing quotes and brackets included. */
const SENTENCE_END = /[.!?…]["'’”)\]]*$/u;

function append(parts: ExcerptPart[], text: string, mark: boolean) {
  if (!text) return;
  const last = parts.at(-1);
  if (last && last.mark === mark) last.text += text;
  else parts.push({ text, mark });
}

/**
 * The excerpt's parts, from Pagefind's excerpt HTML and the page's whole indexed text (to tell
 * whether the excerpt starts or ends the text, or a sentence, where no ellipsis belongs).
 */
export function excerptParts(html: string, content = ''): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  html.split(/<\/?mark>/).forEach((piece, index) => {
    const text = decode(piece);
    if (index % 2 === 0) return append(parts, text, false);
    const lead = LEADING.exec(text)![0];
    const rest = text.slice(lead.length);
    const trail = TRAILING.exec(rest)![0];
    append(parts, lead, false);
    append(parts, rest.slice(0, rest.length - trail.length), true);
    append(parts, trail, false);
  });
  if (parts.length === 0) return parts;
  parts[0]!.text = parts[0]!.text.trimStart();
  parts.at(-1)!.text = parts.at(-1)!.text.trimEnd();

  const plain = parts
    .map((p) => p.text)
    .join('')
    .replace(/\s+/g, ' ');
  const page = content.replace(/\s+/g, ' ').trim();
  const at = page ? page.indexOf(plain) : -1;
  const startsSentence = at === 0 || (at > 0 && SENTENCE_END.test(page.slice(0, at).trimEnd()));
  const endsText = at !== -1 && at + plain.length >= page.length;
  const result: ExcerptPart[] = [];
  if (!startsSentence) append(result, '…', false);
  for (const part of parts) append(result, part.text, part.mark);
  if (!endsText && !SENTENCE_END.test(plain)) append(result, '…', false);
  return result;
}
