/** WCAG contrast between colours, and the nearest colour of the same hue that reaches a ratio. */
import { clampChroma, formatHex, oklch, parse, wcagContrast, type Oklch } from 'culori';

/** WCAG 2.2 AA: body text and links need 4.5:1, user-interface parts and large text 3:1. */
export const TEXT_CONTRAST = 4.5;
export const UI_CONTRAST = 3;

/** A CSS colour as `#rrggbb`, or undefined when it is not a colour. */
export function toHex(colour: string): string | undefined {
  const parsed = parse(colour.trim());
  return parsed ? formatHex(parsed) : undefined;
}

/** The contrast ratio of two colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  return wcagContrast(a, b);
}

/** A ratio as people read it, never rounded up to a pass: 4.497 is "4.49:1". */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}

/** A colour in OKLCH from lightness, chroma and hue, brought into sRGB by lowering its chroma. */
export function fromOklch(l: number, c: number, h: number | undefined): string {
  const colour: Oklch = {
    mode: 'oklch',
    l: Math.min(1, Math.max(0, l)),
    c: Math.max(0, c),
    ...(h === undefined ? {} : { h }),
  };
  return formatHex(clampChroma(colour, 'oklch'));
}

/** The OKLCH lightness, chroma and hue of a colour. */
export function toOklch(colour: string): { l: number; c: number; h: number | undefined } {
  const value = oklch(colour);
  if (!value) throw new Error(`not a colour: ${colour}`);
  return { l: value.l, c: value.c, h: value.h };
}

/**
 * The colour of the same hue and chroma whose lightness is closest to the given one and for
 * which `passes` holds, or undefined if no lightness does. Lightness moves in steps of 0.002
 * (well below what the eye tells apart), both ways at once, so the nearest one wins.
 */
export function nearestPassing(colour: string, passes: (candidate: string) => boolean): string | undefined {
  const { l, c, h } = toOklch(colour);
  for (let step = 0.002; step <= 1; step += 0.002) {
    for (const next of [l - step, l + step]) {
      if (next < 0 || next > 1) continue;
      const candidate = fromOklch(next, c, h);
      if (passes(candidate)) return candidate;
    }
  }
  return undefined;
}
