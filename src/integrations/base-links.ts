import { defineMdastPlugin } from 'satteri';

/**
 * Editors link inside the site from its root ("/roles/x/", "/team.jpg"). When the site lives
 * under a sub-path, this Markdown plugin puts the base path in front, so those links keep working.
 */
export function baseLinks(base: string) {
  const prefix = base.replace(/\/+$/, '');
  const withBase = (url: string) =>
    prefix && url.startsWith('/') && !url.startsWith('//') && !url.startsWith(`${prefix}/`) ? `${prefix}${url}` : url;
  return defineMdastPlugin({
    name: 'careers:base-links',
    link(node, ctx) {
      const url = withBase(node.url);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
    },
    image(node, ctx) {
      const url = withBase(node.url);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
    },
  });
}
