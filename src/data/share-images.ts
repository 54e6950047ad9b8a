/**
 * What each page's share image says, where it is, and the one set of images a build draws
 * (src/lib/share-images.ts): the home page, every role and every open position get one.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { logoHeight, logoWidth, socialImage } from 'virtual:careers/brand';
import { cacheDir, code, worker } from 'virtual:careers/share-images';
import { familyName, settings, url, type RoleEntry } from './site.ts';
import type { Job } from './openings.ts';
import { LEVEL_LABELS } from '../lib/levels.ts';
import { payLabel, whereLabel } from '../lib/openings.ts';
import { CONTENT_DIR } from '../lib/paths.ts';
import { fontFiles } from '../lib/settings.ts';
import { deriveTheme } from '../lib/theme.ts';
import { SHARE_HEIGHT, SHARE_WIDTH, type ShareCard, type ShareLook } from '../lib/share-card.ts';
import { shareImages } from '../lib/share-images.ts';
import type { FontFile } from '../lib/share-render.ts';

/** A page's share image, for its meta tags. */
export interface ShareImage {
  /** The image's path in the site. */
  src: string;
  width: number;
  height: number;
  /** What the image shows, in words. */
  alt: string;
}

/** A card and the path of its image inside the site's social/ folder, without ".png". */
export interface PlacedCard {
  path: string;
  card: ShareCard;
}

export const roleCard = (role: RoleEntry): PlacedCard => ({
  path: `roles/${role.id}`,
  card: {
    eyebrow: familyName(role.data.family),
    title: role.data.title,
    chips: role.data.levels.map((level) => LEVEL_LABELS[level]),
    lines: [],
  },
});

export const jobCard = (job: Job): PlacedCard => ({
  path: `jobs/${job.id}`,
  card: {
    eyebrow: `Open position · ${familyName(job.role.data.family)}`,
    title: job.title,
    chips: job.levels.map((level) => LEVEL_LABELS[level]),
    lines: [whereLabel(job.entry.data), ...(job.entry.data.pay ? [payLabel(job.entry.data.pay)] : [])],
  },
});

/** The home page's, unless the brand gives an image of its own (brand.socialImage). */
export const homeCard = (): PlacedCard | undefined =>
  settings.brand.socialImage
    ? undefined
    : {
        path: 'home',
        card: {
          eyebrow: `Careers at ${settings.company}`,
          title: settings.headline ?? `Careers at ${settings.company}`,
          chips: [],
          lines: [settings.pitch],
        },
      };

/** The image's text as one sentence, for its alt text. */
export function cardAlt(card: ShareCard): string {
  const chips = card.chips.length > 0 ? ` (${card.chips.join(', ')})` : '';
  return [`${settings.company}: ${card.title}${chips}`, ...card.lines].join('. ').replace(/([.!?])\./g, '$1');
}

/** The image for a placed card, for the page's meta tags. */
export const shareImage = ({ path, card }: PlacedCard): ShareImage => ({
  src: url(`/social/${path}.png`),
  width: SHARE_WIDTH,
  height: SHARE_HEIGHT,
  alt: cardAlt(card),
});

/** The home page's image: the brand's own (brand.socialImage), else the drawn one. */
export function homeShareImage(): ShareImage {
  const home = homeCard();
  if (home) return shareImage(home);
  return { ...socialImage!, alt: settings.headline ?? `Careers at ${settings.company}` };
}

/** Whether every role and open position gets an image of its own (brand.shareImages: pages). */
export const imagePerPage = settings.brand.shareImages === 'pages';

/** A role's or an open position's image: its own, or the home page's when the site shares one (brand.shareImages: site). */
export const pageShareImage = (placed: PlacedCard): ShareImage =>
  imagePerPage ? shareImage(placed) : homeShareImage();

/** "careers.example.com", or "example.com/careers" for a site under a sub-path. */
function host(): string {
  const site = new URL(settings.url);
  return `${site.host}${settings.base.replace(/\/$/, '')}`;
}

function setup(): { look: ShareLook; fonts: FontFile[] } {
  const font = fontFiles(settings.brand.font);
  if (!font) throw new Error(`the font package ${settings.brand.font} is not installed`);
  const logo = readFileSync(resolve(CONTENT_DIR, settings.brand.logo));
  return {
    look: {
      company: settings.company,
      host: host(),
      // Drawn on the light theme's colours, which a logo is made for.
      colours: deriveTheme(settings.brand).light,
      logo: { src: `data:image/svg+xml;base64,${logo.toString('base64')}`, width: logoWidth, height: logoHeight },
      font: font.family,
    },
    fonts: ([400, 700] as const).map((weight) => ({ path: font.file(weight, 'woff'), weight })),
  };
}

let images: ReturnType<typeof shareImages> | undefined;

/** The build's share images: one set, shared by every image's page. */
export function buildShareImages(): ReturnType<typeof shareImages> {
  images ??= shareImages({ cacheDir, worker, code, setup: setup() });
  return images;
}
