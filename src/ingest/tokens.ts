export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/**
 * Words as technology names are written: dots, ampersands and digits inside ("Node.js", "ASP.NET",
 * "R&D", "k8s"), a leading dot (".NET"), trailing # and + ("C#", "C++"). A slash is a token of its
 * own ("CI/CD", "Java/Kotlin"); hyphens and apostrophes separate ("Kubernetes-Cluster", "Kafka's").
 */
const TOKEN = /(?<![\p{L}\p{N}])\.?[\p{L}\p{N}](?:[\p{L}\p{N}_\p{M}]|[.&](?=[\p{L}\p{N}]))*[#+]*|\//gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    tokens.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}
