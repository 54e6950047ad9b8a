/**
 * A role in another language than the site's, as the ingest writes one (`lang: fr`): its page
 * says so to browsers and screen readers, and the search page, in English, finds it.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT } from '../site/build.ts';
import { useFixtureSite } from './fixture-site.ts';

const content = join(mkdtempSync(join(tmpdir(), 'content-fr-')), 'content');
cpSync(FIXTURE_CONTENT, content, { recursive: true });
writeFileSync(
  join(content, 'roles/ingenieure-devops-confirmee.md'),
  `---
title: Ingénieure DevOps Confirmée (H/F)
lang: fr
summary: Vous êtes responsable de la plateforme sur laquelle tournent nos services de réservation.
levels: [mid]
family: backend
skills: [Kubernetes, Go]
---

## About the role

Vous administrez nos clusters Kubernetes, écrivez des outils en Go et participez à
l'astreinte à tour de rôle avec le reste de l'équipe.
`,
);
afterAll(() => rmSync(join(content, '..'), { recursive: true, force: true }));

const site = useFixtureSite('/careers/', { content });
const titles = (page: Page) => page.locator('.result h2 a').allTextContents();

describe('a role in French', () => {
  it("declares its page French, and the site's header and footer English", async () => {
    const page = await site.open('/roles/ingenieure-devops-confirmee/');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.locator('header.site-header').getAttribute('lang')).toBe('en');
    expect(await page.locator('footer.site-footer').getAttribute('lang')).toBe('en');
    const english = await site.open('/roles/backend-engineer/');
    expect(await english.locator('html').getAttribute('lang')).toBe('en');
    expect(await english.locator('header.site-header').getAttribute('lang')).toBeNull();
  });

  it('is found from the English search page by its French words and by its skills', async () => {
    const page = await site.open('/search/');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.locator('#search-input').pressSequentially('participez', { delay: 20 });
    await expect.poll(() => titles(page)).toEqual(['Ingénieure DevOps Confirmée (H/F)']);

    const byTitle = await site.open('/search/?q=ing%C3%A9nieure');
    await expect.poll(() => titles(byTitle)).toEqual(['Ingénieure DevOps Confirmée (H/F)']);

    const bySkill = await site.open('/search/?q=kubernetes');
    await expect
      .poll(() => titles(bySkill))
      .toEqual(expect.arrayContaining(['Ingénieure DevOps Confirmée (H/F)', 'Staff Backend Engineer']));
  });
});
