/**
 * The share images: social/home.png, social/roles/<role>.png and social/jobs/<opening>.png
 * (only the first with brand.shareImages: site), 1200×630 PNGs drawn at build time
 * (src/data/share-images.ts). All of them are started together when the build lists its pages,
 * in worker threads, so that they are drawn while the pages render. Astro writes routes in the
 * order of their paths: "social" comes after the pages ("roles", "skills"), so the build asks for
 * the images once they have had the most time.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRoles } from '../../data/site.ts';
import { openJobs } from '../../data/openings.ts';
import {
  buildShareImages,
  homeCard,
  imagePerPage,
  jobCard,
  roleCard,
  type PlacedCard,
} from '../../data/share-images.ts';
import type { ShareCard } from '../../lib/share-card.ts';

export const getStaticPaths = (async () => {
  const home = homeCard();
  const placed: PlacedCard[] = [
    ...(home ? [home] : []),
    // With brand.shareImages: site, every page shares the home page's image.
    ...(imagePerPage ? [...(await getRoles()).map(roleCard), ...(await openJobs()).map(jobCard)] : []),
  ];
  const images = buildShareImages();
  if (import.meta.env.PROD) {
    images
      .prepare(placed.map((p) => p.card))
      .then(({ drawn, reused, ms }) =>
        console.log(
          `Share images: ${drawn} drawn${drawn > 0 ? ` in ${Math.round(ms)}ms` : ''}, ${reused} reused from the cache.`,
        ),
      )
      // A failure shows where the image is asked for, with the page that needs it.
      .catch(() => undefined);
  }
  return placed.map(({ path, card }) => ({ params: { image: path }, props: { card }, cacheKey: images.key(card) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
  new Response(await buildShareImages().png(props.card), { headers: { 'Content-Type': 'image/png' } });
