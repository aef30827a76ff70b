import { z } from 'astro/zod';
import { answer, lawRef, sources } from '../../lib/build/schema.ts';
import type { ContentType } from '../../lib/build/schema.ts';
import { audienceGroups } from './audience-groups.ts';

export const contentTypes = {
  training: {
    folder: 'training',
    files: 'entries' as const,
    schema: z.strictObject({
      answer,
      title: z.string().min(1),
      summary: z.string().min(1),
      audience: z.array(z.string().min(1)).min(1),
      audienceGroups: z.array(z.enum(audienceGroups)).min(1),
      objectives: z.array(z.string().min(1)).min(1),
      durationMinutes: z.number().int().positive(),
      sessionPlan: z
        .array(
          z.strictObject({
            minutes: z.number().int().positive(),
            activity: z.string().min(1),
            method: z.string().min(1),
          }),
        )
        .min(1),
      exercises: z.array(z.string().min(1)).default([]),
      takeaways: z.array(z.string().min(1)).default([]),
      /** Multiple-choice questions that work without JavaScript (answers revealed with <details>). */
      selfCheck: z
        .array(
          z
            .object({
              question: z.string().min(1),
              options: z.array(z.string().min(1)).min(2),
              answer: z.number().int().nonnegative(),
              explanation: z.string().min(1),
            })
            .refine((q) => q.answer < q.options.length, { message: 'answer must be the index of one of the options', path: ['answer'] }),
        )
        .default([]),
      facilitatorNotes: z.array(z.string().min(1)).default([]),
      legalBasis: z.array(lawRef).default([]),
      order: z.number().int().default(100),
      sources,
    }),
  },
} satisfies Record<string, ContentType>;
