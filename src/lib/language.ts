/** The site's own language: a page is in it unless its frontmatter's `lang` says otherwise. */
export const SITE_LANGUAGE = 'en';
