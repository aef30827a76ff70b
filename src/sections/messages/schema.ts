import { z } from 'astro/zod';
import { answer, lawRef, sources } from '../../lib/build/schema.ts';
import type { ContentType } from '../../lib/build/schema.ts';

export const contentTypes = {
  messages: {
    folder: 'messages',
    files: 'entries' as const,
    schema: z.strictObject({
      answer,
      headline: z.string().min(1),
      short: z.string().min(1),
      audience: z.array(z.string().min(1)).min(1),
      legalBasis: z.array(lawRef).min(1),
      order: z.number().int().default(100),
      sources,
    }),
  },
} satisfies Record<string, ContentType>;
