import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  // Pagefind's index files are binary (gzipped) chunks its script fetches and unpacks itself.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export interface StaticServer {
  /** The site's own URL, base included and ending in '/', e.g. http://127.0.0.1:43210/careers/ */
  url: string;
  close(): Promise<void>;
}

async function kind(path: string): Promise<'file' | 'dir' | undefined> {
  const stats = await stat(path).catch(() => undefined);
  return stats?.isFile() ? 'file' : stats?.isDirectory() ? 'dir' : undefined;
}

/**
 * Serves the folder `root` at the URL prefix `base` on 127.0.0.1, as a static host would: a folder
 * serves its index.html, a folder without its trailing slash redirects to it, anything else gets
 * `root/404.html` with status 404. Paths that climb out of `root` get 400.
 */
export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
  const top = resolve(root);
  const prefix = `/${base}/`.replace(/\/+/g, '/');

  async function send(response: ServerResponse, status: number, file: string, head: boolean): Promise<void> {
    const body = await readFile(file);
    response.writeHead(status, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(head ? undefined : body);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const head = request.method === 'HEAD';
    if (request.method !== 'GET' && !head) return void response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    // The raw path, not new URL(): that would resolve "..", hiding an attempt to climb out.
    const url = request.url ?? '/';
    const rawPath = url.split('?', 1)[0] ?? '/';
    const search = url.slice(rawPath.length);
    if (`${rawPath}/` === prefix) return void response.writeHead(301, { Location: prefix + search }).end();

    let path: string | undefined;
    try {
      path = rawPath.startsWith(prefix) ? decodeURIComponent(rawPath.slice(prefix.length)) : undefined;
    } catch {
      return void response.writeHead(400).end('Bad request: malformed URL encoding');
    }
    if (path !== undefined) {
      const file = resolve(top, `./${path}`);
      if (path.includes('\0') || path.split(/[/\\]/).includes('..') || (file !== top && !file.startsWith(top + sep))) {
        return void response.writeHead(400).end('Bad request: path outside the site');
      }
      const found = await kind(file);
      if (found === 'dir' && !rawPath.endsWith('/')) {
        return void response.writeHead(301, { Location: `${rawPath}/${search}` }).end();
      }
      const page = found === 'dir' ? join(file, 'index.html') : file;
      if ((await kind(page)) === 'file') return send(response, 200, page, head);
    }
    const notFound = join(top, '404.html');
    if ((await kind(notFound)) === 'file') return send(response, 404, notFound, head);
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(head ? undefined : 'Not found');
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () =>
      new Promise<void>((done, fail) => {
        // Browsers keep connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
