import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { YAML_OPTIONS } from '../lib/yaml.ts';

export interface SplitFile {
  /** The YAML between the `---` lines, or undefined when the file has none. */
  yaml?: string;
  /** 1-based line of the first YAML line. */
  yamlLine: number;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
}

/** Splits a Markdown file into its frontmatter and its body, keeping line numbers. */
export function splitFrontmatter(text: string): SplitFile {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m.exec(text);
  if (!match || match.index !== 0) return { yamlLine: 1, body: text, bodyLine: 1 };
  const consumed = match[0];
  return {
    yaml: match[1] ?? '',
    yamlLine: 2,
    body: text.slice(consumed.length),
    bodyLine: consumed.split('\n').length,
  };
}

export interface ParsedYaml {
  data: unknown;
  /** Where a value (or its key) is, 1-based, in the whole file; the frontmatter start when unknown. */
  position(path: (string | number)[]): { line: number; column: number };
  errors: { message: string; line: number; column: number }[];
}

/** Parses frontmatter YAML with positions, so problems can point at the line of the field. */
export function parseYaml(yaml: string, firstLine: number): ParsedYaml {
  const counter = new LineCounter();
  const doc: Document = parseDocument(yaml, { ...YAML_OPTIONS, lineCounter: counter, prettyErrors: false });
  const at = (offset: number) => {
    const { line, col } = counter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const errors = doc.errors.map((error) => ({ message: error.message.split('\n')[0]!, ...at(error.pos[0]) }));
  return {
    data: errors.length ? undefined : doc.toJS(),
    errors,
    position(path) {
      // The deepest node that exists along the path: a missing field points at its parent.
      for (let depth = path.length; depth >= 0; depth--) {
        const sub = path.slice(0, depth);
        const node = sub.length ? doc.getIn(sub, true) : doc.contents;
        const range =
          node && typeof node === 'object' && 'range' in node
            ? (node.range as [number, number, number] | undefined)
            : undefined;
        if (range) {
          // For a value in a map, point at its key: that is where an editor looks.
          const parent = sub.length > 1 ? doc.getIn(sub.slice(0, -1), true) : doc.contents;
          if (isMap(parent)) {
            const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === sub.at(-1));
            if (pair && isScalar(pair.key) && pair.key.range) return at(pair.key.range[0]);
          }
          return at(range[0]);
        }
      }
      return { line: firstLine, column: 1 };
    },
  };
}
