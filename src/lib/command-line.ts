import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** The options of every command that writes content files, with --help. */
const WRITING = {
  out: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsOptionsConfig;

type Parsed<T extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ allowPositionals: true; options: typeof WRITING & T }>
>;

/**
 * Reads the command line of a command that writes content files: --out, --dry-run, --force,
 * --help and the command's own `options`. Returns the exit code where that is all there is to
 * do: 2 after an option it does not take (with the usage), 0 after printing the usage for --help.
 * `cwd` is where the command was typed: npm runs scripts from the package root, and paths typed
 * by the user are relative to where they typed them.
 */
export function readCommandLine<T extends ParseArgsOptionsConfig>(
  usage: string,
  options: T,
): number | (Parsed<T> & { cwd: string }) {
  let parsed: Parsed<T>;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { ...WRITING, ...options } }) as Parsed<T>;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if ((parsed.values as { help: boolean }).help) {
    console.log(usage);
    return 0;
  }
  return { ...parsed, cwd: process.env.INIT_CWD ?? process.cwd() };
}

/** Prints a run's lines: its report to stdout, its errors to stderr. */
export const CONSOLE = { out: (line: string) => console.log(line), err: (line: string) => console.error(line) };
