import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import LevelBadges from '../../src/components/LevelBadges.astro';
import Breadcrumbs from '../../src/components/Breadcrumbs.astro';
import LevelIndex from '../../src/components/LevelIndex.astro';

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

describe('LevelIndex', () => {
  const role = (id: string, title: string, levels: string[]) => ({
    id,
    data: { title, levels, family: 'backend', skills: [] },
  });

  it('lists a role that covers several levels under each of them, as /roles/ does', async () => {
    const html = await render(LevelIndex, {
      roles: [role('a', 'Backend Engineer', ['mid']), role('b', 'Senior and Staff Engineer', ['senior', 'staff'])],
    });
    const levels = html
      .querySelectorAll('section')
      .map((section) => [section.querySelector('h3 a')?.text, section.querySelectorAll('li > a').map((a) => a.text)]);
    expect(levels).toEqual([
      ['Mid-level', ['Backend Engineer']],
      ['Senior', ['Senior and Staff Engineer']],
      ['Staff', ['Senior and Staff Engineer']],
    ]);
  });

  it('names a few roles per level and links to the level for the rest', async () => {
    const roles = Array.from({ length: 8 }, (_, i) => role(`r${i}`, `Role ${i}`, ['senior']));
    const html = await render(LevelIndex, { roles, limit: 6 });
    expect(html.querySelectorAll('li')).toHaveLength(6);
    expect(html.querySelector('section > p a')?.text.trim()).toBe('All 8 senior roles');
    expect(html.querySelector('section > p a')?.getAttribute('href')).toBe('/roles/level/senior/');
  });
});
