import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { readdirSync } from 'node:fs';
import { roleSchema } from './schemas/role.ts';
import { openingSchema } from './schemas/opening.ts';
import { OPENINGS_DIR, ROLES_DIR } from './lib/paths.ts';
import { loadTaxonomy } from './lib/taxonomy.ts';
import { loadSettings } from './lib/settings.ts';
import { payLawFor } from './lib/openings.ts';

const taxonomy = loadTaxonomy();
const skillNames = new Set(taxonomy.skills.map((s) => s.name));
const familyIds = taxonomy.families.map((f) => f.id);

/** The role schema, with skills and family checked against the taxonomy in content/taxonomy/. */
const schema = roleSchema.superRefine((role, ctx) => {
  role.skills.forEach((skill, index) => {
    if (!skillNames.has(skill)) {
      ctx.addIssue({
        code: 'custom',
        path: ['skills', index],
        message: `"${skill}" is not in content/taxonomy/skills.yaml: use a name from there, or add it there first`,
      });
    }
  });
  if (!familyIds.includes(role.family)) {
    ctx.addIssue({
      code: 'custom',
      path: ['family'],
      message: `"${role.family}" is not a family in content/taxonomy/families.yaml (${familyIds.join(', ')})`,
    });
  }
});

const roles = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: ROLES_DIR }),
  schema: schema as unknown as z.ZodType<z.output<typeof roleSchema>>,
});

const roleSlugs = new Set(
  readdirSync(ROLES_DIR)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => name.replace(/\.mdx?$/, '')),
);
const { payTransparency } = loadSettings();

/** The opening schema, with its role and the pay range the law asks for checked (as npm run check does). */
const openingChecked = openingSchema.superRefine((opening, ctx) => {
  if (!roleSlugs.has(opening.role))
    ctx.addIssue({ code: 'custom', path: ['role'], message: `"${opening.role}" is not a role in content/roles/` });
  const law = opening.pay || opening.draft ? undefined : payLawFor(opening, payTransparency);
  if (law)
    ctx.addIssue({
      code: 'custom',
      path: ['pay'],
      message: `the pay range is missing: ${law.because}, where ${law.jurisdiction} asks for it`,
    });
});

const openings = defineCollection({
  // A site with no openings folder has no openings: a pattern that matches nothing is not an error.
  loader: glob({ pattern: ['**/*.{md,mdx}', '!**/README.md'], base: OPENINGS_DIR }),
  schema: openingChecked as unknown as z.ZodType<z.output<typeof openingSchema>>,
});

export const collections = { roles, openings };
