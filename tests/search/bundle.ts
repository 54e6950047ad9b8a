import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface Fragment {
  url: string;
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: { element: string; id: string; text: string; location: number }[];
}

/** A Pagefind bundle on disk, by path inside it. */
export function bundleFiles(dir: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (statSync(join(dir, name)).isFile()) files.set(name.split('\\').join('/'), readFileSync(join(dir, name)));
  }
  return files;
}

/** Each page's fragment (what a result shows: content, filters, meta, anchors), by URL. */
export function fragments(files: Map<string, Uint8Array>): Map<string, Fragment> {
  const pages = new Map<string, Fragment>();
  for (const [path, content] of files) {
    if (!path.endsWith('.pf_fragment')) continue;
    // Pagefind's files are gzip with a signature in front of the JSON.
    const fragment = JSON.parse(
      gunzipSync(content)
        .toString('utf8')
        .replace(/^pagefind_dcd/, ''),
    ) as Fragment;
    pages.set(fragment.url, fragment);
  }
  return pages;
}
