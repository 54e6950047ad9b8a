/**
 * The brand from content/site.yaml, for the site: the colour themes and the typeface as a
 * stylesheet (self-hosted from its Fontsource package, preloaded, `font-display: swap`, with a
 * metric-matched fallback so the page does not jump when it arrives), the logo as an asset.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createFontStack } from '@capsizecss/core';
import arial from '@capsizecss/metrics/arial';
import { fromFile } from '@capsizecss/unpack/fs';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { fontFiles, socialImageSize, type Settings } from '../lib/settings.ts';
import { deriveTheme, themeCss } from '../lib/theme.ts';
import { CONTENT_DIR } from '../lib/paths.ts';

const THEME = 'virtual:careers/theme.css';
const BRAND = 'virtual:careers/brand';
/** The CSS variable the typeface is known by; src/styles/tokens.css builds `--font-body` on it. */
const FONT_VARIABLE = '--font-brand';
/** The weights the site sets text in: body and headings. */
const WEIGHTS = [400, 700] as const;

/**
 * The typeface as CSS: Fontsource's own @font-face rules for the Latin subset, regular and bold
 * (Vite emits their files), and a fallback face on the system's Arial scaled to the typeface's
 * metrics (Capsize), so text keeps its size and line breaks when the font arrives.
 */
export async function fontCss(settings: Settings): Promise<string> {
  const font = fontFiles(settings.brand.font);
  if (!font) return '';
  const metrics = await fromFile(font.file(400, 'woff2'));
  const { fontFamily, fontFaces } = createFontStack([{ ...metrics, familyName: font.family }, arial], {
    fontFaceProperties: { fontDisplay: 'swap' },
  });
  const generic = font.category === 'serif' ? 'serif' : 'sans-serif';
  return [
    ...WEIGHTS.map((weight) => `@import ${JSON.stringify(`${settings.brand.font}/latin-${weight}.css`)};`),
    fontFaces,
    `:root{${FONT_VARIABLE}:${fontFamily},${generic}}`,
  ].join('\n');
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

/** The home page's own share image (brand.socialImage), as an asset with its size; null when there is none. */
function socialImageExports(settings: Settings, file: (path: string) => string): string[] {
  const image = settings.brand.socialImage;
  if (!image) return ['export const socialImage = null;'];
  // The settings have checked it is a PNG or JPEG large enough.
  const size = socialImageSize(readFileSync(file(image)))!;
  return [
    `import socialImageSrc from ${JSON.stringify(`${file(image)}?url`)};`,
    `export const socialImage = { src: socialImageSrc, width: ${size.width}, height: ${size.height} };`,
  ];
}

function brandPlugin(settings: Settings): Plugin {
  const file = (path: string) => resolve(CONTENT_DIR, path);
  return {
    name: 'careers:brand',
    resolveId(id) {
      if (id === THEME || id === BRAND) return `\0${id}`;
      return undefined;
    },
    async load(id) {
      if (id === `\0${THEME}`) return `${await fontCss(settings)}\n${themeCss(deriveTheme(settings.brand))}`;
      if (id === `\0${BRAND}`) {
        this.addWatchFile(file(settings.brand.logo));
        const { width, height } = svgSize(readFileSync(file(settings.brand.logo), 'utf8'));
        const font = fontFiles(settings.brand.font);
        return [
          `export { default as logo } from ${JSON.stringify(`${file(settings.brand.logo)}?url`)};`,
          ...WEIGHTS.map((weight, i) =>
            font ? `import font${i} from ${JSON.stringify(`${font.file(weight, 'woff2')}?url`)};` : '',
          ),
          `export const fonts = [${font ? WEIGHTS.map((_, i) => `font${i}`).join(', ') : ''}];`,
          `export const logoWidth = ${width};`,
          `export const logoHeight = ${height};`,
          ...socialImageExports(settings, file),
        ].join('\n');
      }
      return undefined;
    },
  };
}

/**
 * Makes `virtual:careers/theme.css` and `virtual:careers/brand` (the logo's and the font files'
 * URLs) importable. The typeface is in the bundled stylesheet rather than a <style> of its own,
 * which would come before the page's Content-Security-Policy and so be outside it.
 */
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
