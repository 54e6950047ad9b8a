import { escapeText } from 'entities';
import { groupSkills } from '../compare.ts';
import type { RoleLike } from '../roles.ts';
import type { Taxonomy } from '../taxonomy.ts';
import { searchDataHtml, type SearchData } from './data.ts';
import { SITE_LANGUAGE } from '../language.ts';

/** A page as the search index gets it: its URL and HTML holding what the page gives search. */
export interface SearchRecord {
  url: string;
  html: string;
}

const text = (value: string) => escapeText(value);

/**
 * A role page reduced to what its template puts inside `data-pagefind-body` and does not
 * ignore, in the same order and the same elements (headings weigh more, ids are sub-result
 * anchors): title, summary, the search data, the body as the site renders it, the skills.
 * tests/search/records.test.ts proves it indexes exactly as the built page does.
 */
export function roleRecord(role: RoleLike, data: SearchData, bodyHtml: string, taxonomy: Taxonomy): SearchRecord {
  const skills = skillsHtml(role.data.skills, taxonomy, 'Skills for this role');
  const html =
    `<!doctype html><html lang="${role.data.lang ?? SITE_LANGUAGE}"><head><meta charset="utf-8"><title>${text(role.data.title)}</title></head>` +
    `<body><article data-pagefind-body><h1>${text(role.data.title)}</h1><p>${text(role.data.summary)}</p>` +
    `${searchDataHtml(data)}<div>${bodyHtml}</div>${skills}</article></body></html>`;
  return { url: data.url, html };
}

/** The skills section of a role's or an opening's page, as search indexes it (category names are not). */
export function skillsHtml(skills: string[], taxonomy: Taxonomy, heading: string): string {
  if (skills.length === 0) return '';
  const groups = groupSkills(skills, taxonomy)
    .map(
      (group) =>
        `<section><ul>${group.skills.map((skill, index) => `<li>${text(skill)}${index < group.skills.length - 1 ? ',' : ''}</li>`).join('')}</ul></section>`,
    )
    .join('');
  return `<section><h2 id="skills">${text(heading)}</h2>${groups}</section>`;
}
