import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { roleSchema } from './schemas/role.ts';

const roles = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './content/roles' }),
  schema: roleSchema,
});

export const collections = { roles };
