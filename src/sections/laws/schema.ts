import { z } from 'astro/zod';
import { answer, isoDate, sources } from '../../lib/build/schema.ts';
import type { ContentType } from '../../lib/build/schema.ts';

import { documentTypes } from './document-types.ts';

const clause = z.strictObject({
  n: z.number().int().positive(),
  /** A defined term (Law 73/2006 Art. 5): listed in the glossary and linked where it is used. */
  term: z.string().min(1).optional(),
  summary: z.string().min(1),
  quote: z.string().optional(),
});
const article = z.strictObject({
  n: z.number().int().positive(),
  title: z.string().min(1),
  summary: z.string().min(1),
  clauses: z.array(clause).default([]),
});

export const contentTypes = {
  laws: {
    folder: 'laws',
    files: 'entries' as const,
    schema: z.strictObject({
      answer,
      title: z.string().min(1),
      shortTitle: z.string().min(1),
      number: z.string().min(1),
      type: z.enum(documentTypes),
      issuer: z.string().min(1),
      signer: z.string().optional(),
      issued: isoDate,
      effective: isoDate.optional(),
      status: z.string().min(1),
      related: z.array(z.string()).default([]),
      summary: z.string().min(1),
      chapters: z.array(z.strictObject({ n: z.string().min(1), title: z.string().min(1), articles: z.string().optional() })).default([]),
      articles: z.array(article).default([]),
      sources,
    }),
  },
} satisfies Record<string, ContentType>;
