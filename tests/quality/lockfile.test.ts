/**
 * The lockfile is what `npm ci` installs from, on CI, on deploy hosts and on colleagues' Macs and
 * Windows machines. It must say what package.json says, and keep every platform's binaries that
 * a package offers: `npm ci` refuses a lockfile that lacks one ("not in sync").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Locked {
  version?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Locked;
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, Locked> };

/** Where npm would find `name` for the package at `path`: its own node_modules, then each folder above. */
function resolveFrom(packages: Record<string, Locked>, path: string, name: string): string | undefined {
  for (let at = path; ; at = at.replace(/\/?node_modules\/(@[^/]+\/)?[^/]+$/, '')) {
    const candidate = `${at ? `${at}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!at) return undefined;
  }
}

/** Every optional dependency of every locked package that the lockfile does not hold. */
function missingOptional(packages: Record<string, Locked>): string[] {
  return Object.entries(packages).flatMap(([path, entry]) =>
    Object.keys(entry.optionalDependencies ?? {})
      .filter((name) => !resolveFrom(packages, path, name))
      .map((name) => `${path || 'the project'} → ${name}`),
  );
}

describe('package-lock.json', () => {
  it("lists exactly package.json's dependencies and versions", () => {
    const root = lock.packages['']!;
    expect(root.dependencies).toEqual(manifest.dependencies);
    expect(root.devDependencies).toEqual(manifest.devDependencies);
  });

  it("holds every platform's optional binaries, so that npm ci accepts it on any system", () => {
    expect(missingOptional(lock.packages)).toEqual([]);
  });

  it('the platform check does notice a binary missing from the lockfile', () => {
    const binding = Object.keys(lock.packages).find((path) => /@pagefind\/darwin-arm64$/.test(path))!;
    const without = { ...lock.packages };
    delete without[binding];
    expect(missingOptional(without)).toEqual([expect.stringMatching(/→ @pagefind\/darwin-arm64$/)]);
  });
});
