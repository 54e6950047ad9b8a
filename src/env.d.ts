/** The brand's logo, built from content/site.yaml by src/integrations/brand.ts. */
declare module 'virtual:careers/brand' {
  /** The logo's URL in the built site. */
  export const logo: string;
  /** The logo's drawn width and height (from its viewBox), for an img without layout shift. */
  export const logoWidth: number;
  export const logoHeight: number;
  /** The typeface's files (woff2, Latin, regular and bold), to preload. */
  export const fonts: string[];
}
declare module 'virtual:careers/theme.css';
