import { mkdtempSync, rmSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { contrast, fromOklch, toOklch } from '../../src/lib/contrast.ts';
import { contrastProblems, deriveTheme, themeCss, type Palette } from '../../src/lib/theme.ts';
import { loadSettings, SettingsError } from '../../src/lib/settings.ts';

/** Every pair of tokens the site sets text in. */
const TEXT_PAIRS: [keyof Palette, keyof Palette][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['text', 'accent-soft'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['accent', 'bg'],
  ['accent', 'surface'],
  ['on-accent', 'accent'],
  ['on-secondary', 'secondary'],
  ['on-mark', 'mark'],
];

describe('the colour themes', () => {
  it('derive a light and a dark theme in which every text colour reaches 4.5:1, for any accent that passes', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.2, max: 0.6, noNaN: true }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        fc.double({ min: 0, max: 360, noNaN: true }),
        (l, c, h) => {
          const accent = fromOklch(l, c, h);
          fc.pre(contrastProblems({ accent }).length === 0);
          const theme = deriveTheme({ accent });
          for (const palette of [theme.light, theme.dark]) {
            for (const [fg, bg] of TEXT_PAIRS) expect(contrast(palette[fg], palette[bg])).toBeGreaterThanOrEqual(4.5);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('use the accent as given in the light theme and a lighter one of the same hue in the dark', () => {
    const theme = deriveTheme({ accent: '#0f766e' });
    expect(theme.light.accent).toBe('#0f766e');
    expect(contrast(theme.dark.accent, theme.dark.bg)).toBeGreaterThan(contrast('#0f766e', theme.dark.bg));
    expect(themeCss(theme)).toContain('--color-accent:#0f766e;');
    expect(themeCss(theme)).toMatch(/@media \(prefers-color-scheme:dark\)\{:root\{[^}]*--color-accent:#/);
  });

  it('find an accent that fails, name its ratio, and suggest the nearest colour that passes in both themes', () => {
    const [problem, ...rest] = contrastProblems({ accent: '#f5c400' });
    expect(rest).toEqual([]);
    expect(problem?.field).toBe('accent');
    expect(problem?.theme).toBe('light');
    expect(problem?.message).toContain('#f5c400');
    expect(problem?.message).toMatch(/1\.\d\d:1/);
    expect(problem?.message).toContain('4.5:1');
    const suggestion = problem!.suggestion!;
    expect(contrastProblems({ accent: suggestion })).toEqual([]);
    // The nearest: the same hue a little lighter fails again.
    const { l, c, h } = toOklch(suggestion);
    expect(contrastProblems({ accent: fromOklch(l + 0.005, c, h) })).not.toEqual([]);
  });

  it('check a dark-theme accent of the brand’s own against the dark background', () => {
    const [problem] = contrastProblems({ accent: '#0f766e', accentDark: '#0f766e' });
    expect(problem?.field).toBe('accentDark');
    expect(problem?.theme).toBe('dark');
    expect(contrastProblems({ accent: '#0f766e', accentDark: problem!.suggestion! })).toEqual([]);
  });

  it('hold a mid-grey second colour, on which no label reads, to 4.5:1 as well', () => {
    const problems = contrastProblems({ accent: '#0f766e', secondary: '#7f7f7f' });
    expect(problems.map((p) => p.field)).toContain('secondary');
  });
});

describe('the settings file', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function settingsWith(brand: string): string {
    dir = mkdtempSync(join(tmpdir(), 'settings-'));
    mkdirSync(join(dir, 'brand'));
    cpSync('content/brand/logo.svg', join(dir, 'brand/logo.svg'));
    const file = join(dir, 'site.yaml');
    writeFileSync(
      file,
      [
        'company: Acme',
        'pitch: We make things.',
        'url: https://careers.acme.example',
        'apply: mailto:jobs@acme.example',
        'brand:',
        brand,
        '',
      ].join('\n'),
    );
    return file;
  }

  it('refuses an accent that fails WCAG AA, at its line and column, with the ratio and a colour that passes', () => {
    const file = settingsWith("  logo: brand/logo.svg\n  accent: '#f5c400'");
    let error: unknown;
    try {
      loadSettings(file);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SettingsError);
    const [problem] = (error as SettingsError).problems;
    expect(problem).toMatchObject({ file, line: 7, column: 11, field: 'brand.accent' });
    expect(problem?.message).toMatch(/#f5c400 fails WCAG 2\.2 AA contrast in the light theme: .* 1\.\d\d:1/);
    expect(problem?.message).toMatch(/the nearest colour that passes is #[0-9a-f]{6}$/);
  });

  it('names a logo that does not exist and a font package that is not installed', () => {
    const file = settingsWith("  logo: brand/missing.svg\n  accent: '#0f766e'\n  font: '@fontsource/no-such-font'");
    expect(() => loadSettings(file)).toThrow(/brand\.logo {2}content\/brand\/missing\.svg does not exist/);
    expect(() => loadSettings(file)).toThrow(
      /brand\.font {2}the font package @fontsource\/no-such-font is not installed/,
    );
  });

  it('refuses a share image too small for a large preview, and a file that is no image, at its line', () => {
    const file = settingsWith("  logo: brand/logo.svg\n  accent: '#0f766e'\n  socialImage: brand/social.png");
    // A PNG of 400×200 pixels: its signature and header are all a reader needs.
    const header = Buffer.alloc(33);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]).copy(header);
    header.writeUInt32BE(400, 16);
    header.writeUInt32BE(200, 20);
    writeFileSync(join(dir, 'brand/social.png'), header);
    let error: unknown;
    try {
      loadSettings(file);
    } catch (caught) {
      error = caught;
    }
    expect((error as SettingsError).problems).toEqual([
      expect.objectContaining({
        file,
        line: 8,
        field: 'brand.socialImage',
        message: 'content/brand/social.png is 400×200: a share image needs at least 600×315 (1200×630 is best)',
      }),
    ]);
    writeFileSync(join(dir, 'brand/social.png'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(() => loadSettings(file)).toThrow(
      /brand\.socialImage {2}content\/brand\/social\.png is not a PNG or JPEG image/,
    );
  });

  it('accepts a brand that passes, with the colour written as any CSS colour', () => {
    const file = settingsWith('  logo: brand/logo.svg\n  accent: rgb(15 118 110)');
    const settings = loadSettings(file);
    expect(settings.brand.accent).toBe('#0f766e');
    expect(settings.brand.font).toBe('@fontsource/figtree');
    expect(settings.editLinks).toBe('preview');
  });
});
