/** The brand's logo, built from content/site.yaml by src/integrations/brand.ts. */
declare module 'virtual:careers/brand' {
  /** The logo's URL in the built site. */
  export const logo: string;
  /** The logo's drawn width and height (from its viewBox), for an img without layout shift. */
  export const logoWidth: number;
  export const logoHeight: number;
  /** The typeface's files (woff2, Latin, regular and bold), to preload. */
  export const fonts: string[];
  /** The home page's share image when the brand has one (brand.socialImage): its URL and size. */
  export const socialImage: { src: string; width: number; height: number } | null;
}
declare module 'virtual:careers/theme.css';
/** Where share images are kept and drawn, from src/integrations/share-images.ts. */
declare module 'virtual:careers/share-images' {
  /** The build's cache folder. */
  export const cacheDir: string;
  /** The worker thread that draws them. */
  export const worker: string;
  /** The files that decide how an image looks. */
  export const code: string[];
}
