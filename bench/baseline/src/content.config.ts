import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const roles = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: process.env.BASELINE_ROLES ?? '../../content/roles' }),
  schema: z.looseObject({ title: z.string(), summary: z.string() }),
});

export const collections = { roles };
