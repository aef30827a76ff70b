import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir } from '../../config/index.ts';
import { source } from '../../lib/build/schema.ts';

export const collections = {
  /** The press room's words per language: content/press/<lang>.yaml. */
  press: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentDir}/press` }),
    schema: z.object({
      intro: z.string().min(1),
      facts: z.array(z.object({ value: z.string().min(1), label: z.string().min(1), source })).min(1),
    }),
  }),
};
