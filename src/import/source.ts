/**
 * The export's text, from a file or from the board's URL (global fetch, with a time limit and a
 * size limit, so a slow or endless answer cannot hang the import or fill the memory).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Why an export cannot be read; the message is for the person who typed the command. */
export class SourceError extends Error {
  override name = 'SourceError';
}

export interface SourceOptions {
  /** Where a relative file path is resolved from. */
  cwd: string;
  /** Milliseconds to wait for the whole answer. */
  timeout: number;
  /** Bytes the answer may have. */
  maxBytes: number;
}

export const DEFAULTS = { timeout: 30_000, maxBytes: 25 * 1024 * 1024 };

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

export const isUrl = (input: string) => /^https?:\/\//i.test(input);

async function fetchText(url: string, options: SourceOptions): Promise<string> {
  const signal = AbortSignal.timeout(options.timeout);
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' }, redirect: 'follow' });
  } catch (error) {
    throw new SourceError(describeFetchError(url, error, options));
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new SourceError(`${url} answered ${response.status} ${response.statusText}`.trim());
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > options.maxBytes) {
    await response.body?.cancel();
    throw new SourceError(
      `${url} sends ${megabytes(declared)}, more than the ${megabytes(options.maxBytes)} an export may have`,
    );
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body ?? []) {
      size += chunk.byteLength;
      if (size > options.maxBytes) {
        await response.body?.cancel().catch(() => {});
        throw new SourceError(`${url} sends more than the ${megabytes(options.maxBytes)} an export may have`);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new SourceError(describeFetchError(url, error, options));
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
}

function describeFetchError(url: string, error: unknown, options: SourceOptions): string {
  const name = (error as Error).name;
  if (name === 'TimeoutError' || name === 'AbortError')
    return `${url} did not answer within ${options.timeout / 1000} s; try again, or download the export and import the file`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const reason = cause?.code ?? cause?.message ?? (error as Error).message;
  return `${url} cannot be fetched (${reason}); without a network, download the export and import the file`;
}

function readLocal(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new SourceError(`${path}: no such file`);
    if (code === 'EISDIR') throw new SourceError(`${path} is a folder, not an export file`);
    if (code === 'EACCES' || code === 'EPERM') throw new SourceError(`${path} cannot be read (permission denied)`);
    throw new SourceError(`${path} cannot be read (${code ?? String(error)})`);
  }
}

/** The text of the export at `input` (a URL, or a file path relative to `cwd`), and what to call it. */
export async function readSource(input: string, options: SourceOptions): Promise<{ text: string; name: string }> {
  if (isUrl(input)) return { text: await fetchText(input, options), name: input };
  const path = resolve(options.cwd, input);
  return { text: readLocal(path), name: input };
}
