import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** Prose of one activation page in one language: `content/{lang}/{slug}.md`. */
const pages = defineCollection({
  loader: glob({ pattern: '*/*.md', base: './content' }),
  schema: z.strictObject({
    title: z.string().min(3),
    description: z.string().min(50).max(170),
    summary: z.string().min(80),
    reviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    references: z
      .array(z.strictObject({ label: z.string().min(5), url: z.url() }))
      .min(2),
  }),
});

export const collections = { pages };
