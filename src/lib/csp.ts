/**
 * The Content-Security-Policy directives every page carries in its `<meta>` tag, beside the
 * `script-src` and `style-src` that Astro writes with the hashes of the page's inline code.
 * Only directives a meta tag can carry belong here: browsers ignore `frame-ancestors`,
 * `report-uri` and `sandbox` in a meta policy, so those stay in public/_headers.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  // Pagefind's worker is a file of its own: no blob: needed.
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const satisfies readonly `${string}-${string} ${string}`[];
