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
      /** The message in easy-read form: one idea per sentence, each of at most about 15 words. */
      easyRead: z.array(z.string().min(1)).min(3).max(8),
      /**
       * What the commune officer reads out on the loudspeaker: 60–90 seconds, numbers and
       * abbreviations written as they are spoken, paragraphs separated by blank lines.
       */
      script: z.string().min(1),
      /** A recording of the script made by a person: a file in content/audio/, its length, who reads it. */
      audio: z
        .strictObject({
          file: z.string().regex(/^[a-z0-9-]+\.(mp3|ogg|m4a|opus)$/, 'a file name in content/audio/ such as chon-nguoi-co-nang-luc-vi.mp3'),
          seconds: z.number().int().positive(),
          readBy: z.string().min(1),
        })
        .optional(),
      /** The picture (content/pictures/<name>.svg) that carries the idea without words: the slug when left out. */
      picture: z.string().min(1).optional(),
      /** What the picture shows, for readers who cannot see it. */
      pictureAlt: z.string().min(1),
      audience: z.array(z.string().min(1)).min(1),
      legalBasis: z.array(lawRef).min(1),
      order: z.number().int().default(100),
      sources,
    }),
  },
} satisfies Record<string, ContentType>;
