/**
 * Sorts a skill's spellings by how they may be matched. A name that is also an everyday word or a
 * proper noun ("Swift", "Helm", "Kafka", "Vite" in French) names the skill only in context; a
 * name that no ordinary sentence holds ("Kubernetes", "GraphQL", "k8s") is matched in any case.
 */

export type Rule = 'alias' | 'exact' | 'contextual';

/** Every word of the dictionaries, lower-cased: stems of Hunspell files and plain word lists. */
export class Dictionary {
  readonly words = new Set<string>();

  /** A Hunspell `.dic` file: a count, then one `word/FLAGS` a line. */
  addHunspell(text: string): void {
    for (const line of text.split('\n').slice(1)) {
      const word = line.split('/')[0]!.trim();
      if (word !== '') this.words.add(word.toLowerCase());
    }
  }

  addList(text: string): void {
    for (const line of text.split('\n')) if (line.trim() !== '') this.words.add(line.trim().toLowerCase());
  }

  /** True when `word`, or the singular of it, is a word of one of the languages. */
  has(word: string): boolean {
    const lower = word.toLowerCase();
    if (this.words.has(lower)) return true;
    return /s$/.test(lower) && lower.length > 3 && this.words.has(lower.slice(0, -1));
  }
}

/** Looks like code rather than a word: a digit, a symbol, or a capital inside it (GitHub, AWS, Node.js). */
export function codeShaped(word: string): boolean {
  return /[\p{N}.#+/@&_]/u.test(word) || /\p{L}\p{Lu}/u.test(word);
}

function letters(form: string): number {
  return form.replace(/[^\p{L}\p{N}]/gu, '').length;
}

/**
 * How a spelling is matched. Short names and everyday words only in context, in their own letter
 * case; names made of everyday words in their own letter case ("Visual Studio", "Cloud Run");
 * all-capital acronyms that are also words in their own case ("SAP", "AMP"); anything else in any case.
 */
export function classify(form: string, dictionary: Dictionary): Rule {
  const words = form.split(/[\s-]+/).filter(Boolean);
  if (letters(form) <= 2) return 'contextual';
  if (words.length === 1) {
    const word = words[0]!;
    if (/^\p{Lu}+$/u.test(word)) return dictionary.has(word) ? 'exact' : 'alias';
    if (codeShaped(word)) return 'alias';
    return dictionary.has(word) ? 'contextual' : 'alias';
  }
  const plain = words.every((word) => !codeShaped(word) && letters(word) > 2 && dictionary.has(word));
  return plain ? 'exact' : 'alias';
}
