/**
 * The light and dark colour themes, derived from the brand's accent (and optional second colour),
 * and the WCAG 2.2 AA contrast checks that stop a build whose colours would be hard to read.
 */
import { contrast, formatRatio, fromOklch, nearestPassing, TEXT_CONTRAST, toOklch } from './contrast.ts';

export interface BrandColours {
  /** Links, buttons and focus rings in the light theme; the dark theme's are derived from it. */
  accent: string;
  /** The dark theme's accent, where the brand has one of its own. */
  accentDark?: string | undefined;
  /** Fills behind short labels (step numbers) and decoration. */
  secondary?: string | undefined;
}

/** Every colour token, by the name of its CSS custom property (without `--color-`). */
export interface Palette {
  bg: string;
  surface: string;
  'accent-soft': string;
  line: string;
  text: string;
  muted: string;
  accent: string;
  'on-accent': string;
  secondary: string;
  'on-secondary': string;
  mark: string;
  'on-mark': string;
}

export interface Theme {
  light: Palette;
  dark: Palette;
}

export type ThemeName = keyof Theme;
type Field = keyof BrandColours;

/** The lighter of two text colours on a fill, whichever reads better. */
function onFill(fill: string, dark: string, light = '#ffffff'): string {
  return contrast(fill, light) >= contrast(fill, dark) ? light : dark;
}

/** Greys take a little of the accent's hue, more when the accent is colourful. */
function tint(chroma: number, accentChroma: number): number {
  return chroma * Math.min(1, accentChroma / 0.08);
}

/** The dark theme's accent: the accent's hue, light enough to read on a dark background. */
export function darkAccent(accent: string): string {
  const { l, c, h } = toOklch(accent);
  return fromOklch(Math.max(l, 0.8), c * 0.85, h);
}

export function deriveTheme(colours: BrandColours): Theme {
  const { c, h } = toOklch(colours.accent);
  const secondary = colours.secondary ?? fromOklch(0.86, 0.13, 85);
  const { h: markHue } = toOklch(secondary);
  const lightText = fromOklch(0.24, tint(0.02, c), h);
  const darkText = fromOklch(0.95, tint(0.01, c), h);
  const darkBg = fromOklch(0.18, tint(0.015, c), h);
  const light: Palette = {
    bg: '#ffffff',
    surface: fromOklch(0.975, tint(0.01, c), h),
    'accent-soft': fromOklch(0.94, tint(0.035, c), h),
    line: fromOklch(0.89, tint(0.018, c), h),
    text: lightText,
    muted: fromOklch(0.47, tint(0.025, c), h),
    accent: colours.accent,
    'on-accent': onFill(colours.accent, lightText),
    secondary,
    'on-secondary': onFill(secondary, lightText),
    mark: fromOklch(0.92, 0.11, markHue ?? 85),
    'on-mark': lightText,
  };
  const accent = colours.accentDark ?? darkAccent(colours.accent);
  const dark: Palette = {
    bg: darkBg,
    surface: fromOklch(0.225, tint(0.02, c), h),
    'accent-soft': fromOklch(0.3, tint(0.045, c), h),
    line: fromOklch(0.37, tint(0.025, c), h),
    text: darkText,
    muted: fromOklch(0.79, tint(0.02, c), h),
    accent,
    'on-accent': onFill(accent, darkBg),
    secondary,
    'on-secondary': onFill(secondary, darkBg),
    mark: fromOklch(0.42, 0.09, markHue ?? 85),
    'on-mark': darkText,
  };
  return { light, dark };
}

/** A pair of tokens that must reach a contrast, what it is for, and the brand colour it depends on. */
interface Pair {
  fg: keyof Palette;
  bg: keyof Palette;
  what: string;
  field: (colours: BrandColours, theme: ThemeName) => Field | undefined;
}

const accentField = (colours: BrandColours, theme: ThemeName): Field =>
  theme === 'dark' && colours.accentDark ? 'accentDark' : 'accent';
const secondaryField = (colours: BrandColours): Field | undefined => (colours.secondary ? 'secondary' : undefined);
const derived = () => undefined;

/** Every pair of colours the site shows text in, all held to 4.5:1 (which also covers 3:1 for controls). */
const PAIRS: Pair[] = [
  { fg: 'accent', bg: 'bg', what: 'links on the background', field: accentField },
  { fg: 'accent', bg: 'surface', what: 'links on cards and panels', field: accentField },
  { fg: 'on-accent', bg: 'accent', what: 'button labels', field: accentField },
  { fg: 'on-secondary', bg: 'secondary', what: 'labels on the second colour', field: secondaryField },
  { fg: 'text', bg: 'bg', what: 'text', field: derived },
  { fg: 'text', bg: 'surface', what: 'text on cards', field: derived },
  { fg: 'text', bg: 'accent-soft', what: 'text on tinted chips', field: derived },
  { fg: 'muted', bg: 'bg', what: 'secondary text', field: derived },
  { fg: 'muted', bg: 'surface', what: 'secondary text on cards', field: derived },
  { fg: 'on-mark', bg: 'mark', what: 'highlighted search words', field: derived },
];

export interface ContrastProblem {
  /** The brand colour to change (`brand.accent`, …), or undefined for a derived colour. */
  field: Field | undefined;
  theme: ThemeName;
  ratio: number;
  message: string;
  /** The nearest colour of the same hue that passes every check it is part of. */
  suggestion?: string | undefined;
}

function failures(colours: BrandColours): Omit<ContrastProblem, 'suggestion'>[] {
  const theme = deriveTheme(colours);
  const found: Omit<ContrastProblem, 'suggestion'>[] = [];
  for (const name of ['light', 'dark'] as const) {
    const palette = theme[name];
    for (const pair of PAIRS) {
      const ratio = contrast(palette[pair.fg], palette[pair.bg]);
      if (ratio >= TEXT_CONTRAST) continue;
      const field = pair.field(colours, name);
      const colour = field ? colours[field]! : palette[pair.fg];
      found.push({
        field,
        theme: name,
        ratio,
        message:
          `${colour} fails WCAG 2.2 AA contrast in the ${name} theme: ${pair.what} (${palette[pair.fg]} on ` +
          `${palette[pair.bg]}) have ${formatRatio(ratio)}, and text needs ${TEXT_CONTRAST}:1`,
      });
    }
  }
  return found;
}

/**
 * What fails WCAG 2.2 AA in either theme, each with the nearest colour that passes. One problem
 * per brand colour and theme: the first failing use is enough to name.
 */
export function contrastProblems(colours: BrandColours): ContrastProblem[] {
  const seen = new Set<string>();
  const problems: ContrastProblem[] = [];
  for (const failure of failures(colours)) {
    const key = `${failure.field}:${failure.theme}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const field = failure.field;
    const suggestion = field
      ? nearestPassing(colours[field]!, (candidate) =>
          failures({ ...colours, [field]: candidate }).every((f) => f.field !== field),
        )
      : undefined;
    problems.push({ ...failure, suggestion });
  }
  return problems;
}

/** The themes as CSS custom properties: light by default, dark when the visitor's system asks. */
export function themeCss(theme: Theme): string {
  const props = (palette: Palette) =>
    Object.entries(palette)
      .map(([name, value]) => `--color-${name}:${value};`)
      .join('');
  return `:root{color-scheme:light dark;${props(theme.light)}}@media (prefers-color-scheme:dark){:root{${props(theme.dark)}}}`;
}
