import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir } from '../../config/index.ts';
import { entryPattern, lawRef, sources } from '../../lib/build/schema.ts';

export const collections = {
  messages: defineCollection({
    loader: glob({ pattern: entryPattern, base: `${contentDir}/messages` }),
    schema: z.object({
      headline: z.string().min(1),
      short: z.string().min(1),
      audience: z.array(z.string().min(1)).min(1),
      legalBasis: z.array(lawRef).min(1),
      order: z.number().int().default(100),
      sources,
    }),
  }),
};
