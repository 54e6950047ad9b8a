/**
 * Draws share images: the layout (share-card.ts) laid out and turned into outlines by satori,
 * with the brand's typeface, rasterised by resvg and written as a 1200×630 PNG by sharp (in
 * about half the time resvg's own encoder takes, and a third smaller). Text arrives as outlines,
 * so resvg needs no fonts of its own (and does not look for the system's).
 */
import { readFileSync } from 'node:fs';
import satori, { type Font } from 'satori';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { cardTree, SHARE_HEIGHT, SHARE_WIDTH, type ShareCard, type ShareLook } from './share-card.ts';

/** A font file for satori: WOFF or TTF (satori reads no WOFF2). */
export interface FontFile {
  path: string;
  weight: 400 | 700;
}

export interface RenderSetup {
  look: ShareLook;
  fonts: FontFile[];
}

/** A function that draws a card as PNG bytes, with the fonts read once. */
export function cardRenderer({ look, fonts }: RenderSetup): (card: ShareCard) => Promise<Uint8Array> {
  // One image at a time per thread, none kept: the pool decides how many threads draw.
  sharp.concurrency(1);
  sharp.cache(false);
  const loaded: Font[] = fonts.map((font) => ({
    name: look.font,
    data: readFileSync(font.path),
    weight: font.weight,
    style: 'normal',
  }));
  return async (card) => {
    // satori's types want a React element; its element trees are that shape.
    const svg = await satori(cardTree(card, look) as unknown as Parameters<typeof satori>[0], {
      width: SHARE_WIDTH,
      height: SHARE_HEIGHT,
      fonts: loaded,
    });
    const image = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }).render();
    // Opaque: the alpha channel would only make the file larger.
    const png = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
      .removeAlpha()
      .png()
      .toBuffer();
    return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
  };
}
