import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import LevelBadges from '../../src/components/LevelBadges.astro';
import Breadcrumbs from '../../src/components/Breadcrumbs.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

async function render(component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>) {
  return parse(await container.renderToString(component, { props }));
}

describe('LevelBadges', () => {
  it('names the levels in the order given, as plain badges by default', async () => {
    const html = await render(LevelBadges, { levels: ['senior', 'staff'] });
    expect(html.querySelectorAll('li.chip').map((li) => li.text)).toEqual(['Senior', 'Staff']);
    expect(html.querySelectorAll('a')).toHaveLength(0);
  });

  it('links each level to its list of roles when asked to', async () => {
    const html = await render(LevelBadges, { levels: ['mid'], link: true });
    const link = html.querySelector('a.chip');
    expect(link?.getAttribute('href')).toBe('/roles/level/mid/');
    expect(link?.text.trim()).toBe('Mid-level');
  });
});

describe('Breadcrumbs', () => {
  it('links every step but the current page, which is marked as current', async () => {
    const html = await render(Breadcrumbs, {
      trail: [{ label: 'Home', href: '/' }, { label: 'Roles', href: '/roles/' }, { label: 'Staff Engineer' }],
    });
    expect(html.querySelectorAll('li a').map((a) => [a.text, a.getAttribute('href')])).toEqual([
      ['Home', '/'],
      ['Roles', '/roles/'],
    ]);
    expect(html.querySelector('[aria-current=page]')?.text).toBe('Staff Engineer');
    expect(html.querySelector('[aria-current=page]')?.tagName).toBe('SPAN');
  });
});
