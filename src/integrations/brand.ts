/**
 * The brand from content/site.yaml, for the site: the colour themes as a stylesheet, the logo as
 * an asset of the build, and the typeface through Astro's Fonts API (self-hosted, preloaded,
 * `font-display: swap`, with a metric-matched fallback so the page does not jump when it arrives).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fontProviders } from 'astro/config';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { fontFiles, type Settings } from '../lib/settings.ts';
import { deriveTheme, themeCss } from '../lib/theme.ts';
import { CONTENT_DIR } from '../lib/paths.ts';

const THEME = 'virtual:careers/theme.css';
const BRAND = 'virtual:careers/brand';

type LocalVariant = { src: [string]; weight: number; style: 'normal' };

/** The CSS variable the typeface is known by; src/styles/tokens.css builds `--font-body` on it. */
export const FONT_VARIABLE = '--font-brand';

/** Astro's `fonts` setting for the brand's typeface: Latin, regular and bold. */
export function brandFonts(settings: Settings) {
  const font = fontFiles(settings.brand.font);
  if (!font) return [];
  return [
    {
      provider: fontProviders.local(),
      name: font.family,
      cssVariable: FONT_VARIABLE,
      fallbacks: [font.category === 'serif' ? 'serif' : 'sans-serif'],
      options: {
        variants: [
          { src: [font.file(400, 'woff2')] as [string], weight: 400, style: 'normal' as const },
          { src: [font.file(700, 'woff2')] as [string], weight: 700, style: 'normal' as const },
        ] as [LocalVariant, ...LocalVariant[]],
      },
    },
  ];
}

/** An SVG's drawn size from its viewBox (else width and height), for the img tag's width and height. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const box = /viewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(root);
  const attr = (name: string) => Number(new RegExp(`\\b${name}\\s*=\\s*["']([\\d.]+)`).exec(root)?.[1]);
  const width = box ? Number(box[1]) : attr('width');
  const height = box ? Number(box[2]) : attr('height');
  return width > 0 && height > 0 ? { width: Math.round(width), height: Math.round(height) } : { width: 1, height: 1 };
}

function brandPlugin(settings: Settings): Plugin {
  const file = (path: string) => resolve(CONTENT_DIR, path);
  return {
    name: 'careers:brand',
    resolveId(id) {
      if (id === THEME || id === BRAND) return `\0${id}`;
      return undefined;
    },
    load(id) {
      if (id === `\0${THEME}`) return themeCss(deriveTheme(settings.brand));
      if (id === `\0${BRAND}`) {
        this.addWatchFile(file(settings.brand.logo));
        const { width, height } = svgSize(readFileSync(file(settings.brand.logo), 'utf8'));
        return [
          `export { default as logo } from ${JSON.stringify(`${file(settings.brand.logo)}?url`)};`,
          `export const logoWidth = ${width};`,
          `export const logoHeight = ${height};`,
        ].join('\n');
      }
      return undefined;
    },
  };
}

/** Makes `virtual:careers/theme.css` and `virtual:careers/brand` (the logo's URL) importable. */
export function brand(settings: Settings): AstroIntegration {
  return {
    name: 'careers:brand',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [brandPlugin(settings)] } });
      },
    },
  };
}
