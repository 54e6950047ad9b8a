import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { roleSchema } from './schemas/role.ts';
import { ROLES_DIR } from './lib/paths.ts';
import { loadTaxonomy } from './lib/taxonomy.ts';

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

export const collections = { roles };
