import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

export interface Served {
  /** The origin, e.g. http://127.0.0.1:43210 */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built site the way a static host does: `root` is the host's folder, folders serve
 * their index.html, a folder without its slash redirects, anything else is the site's 404 page.
 */
/** The headers a `_headers` file (Netlify and Cloudflare Pages format) sets for every path ("/*"). */
export function headersFile(file: string): Record<string, string> {
  if (!existsSync(file)) return {};
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (/^\S/.test(line)) inAll = line.trim() === '/*';
    else if (inAll && line.includes(':')) {
      const [name, ...value] = line.trim().split(':');
      headers[name!.trim()] = value.join(':').trim();
    }
  }
  return headers;
}

export interface ServeOptions {
  /** The site's 404 page, served for any path that is not a file. */
  notFound?: string;
  /** Response headers for every path, as a host that reads `_headers` sends them. */
  headers?: Record<string, string>;
  /** Rewrites every HTML page on its way out (for tests that tamper with what a host serves). */
  html?: (page: string) => string;
}

export async function serve(root: string, { notFound, headers = {}, html }: ServeOptions = {}): Promise<Served> {
  const send = (file: string, response: ServerResponse) => {
    if (html && extname(file) === '.html') response.end(html(readFileSync(file, 'utf8')));
    else createReadStream(file).pipe(response);
  };
  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const path = normalize(join(root, pathname));
    if (path !== root && !path.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    let file = path;
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${pathname}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'Content-Type': TYPES['.html']! });
      if (notFound && existsSync(notFound)) send(notFound, response);
      else response.end('Not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    send(file, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
