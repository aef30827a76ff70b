import { z } from 'astro/zod';
import { source } from '../../lib/build/schema.ts';
import type { ContentType } from '../../lib/build/schema.ts';

export const contentTypes = {
  /** The press room's words per language: content/press/<lang>.yaml. */
  press: {
    folder: 'press',
    files: 'yaml' as const,
    schema: z.strictObject({
      intro: z.string().min(1),
      facts: z.array(z.strictObject({ value: z.string().min(1), label: z.string().min(1), source })).min(1),
    }),
  },
} satisfies Record<string, ContentType>;
