import { z } from 'astro/zod';
import { answer, lawRef, sources } from '../../lib/build/schema.ts';
import type { ContentType } from '../../lib/build/schema.ts';

/** A panel of the folded leaflet: a heading and a few short sentences. */
const panel = z.strictObject({
  heading: z.string().min(1),
  points: z.array(z.string().min(1)).min(1).max(5),
});

export const contentTypes = {
  leaflets: {
    folder: 'leaflets',
    files: 'entries' as const,
    schema: z.strictObject({
      /** The cover's headline. */
      title: z.string().min(1),
      /** One sentence under it on the cover. */
      cover: z.string().min(1),
      answer,
      /** The cover's picture: a file of content/pictures/ by name. */
      picture: z.string().min(1),
      /** Exactly four: the three inside panels from left to right, then the flap that folds in. */
      panels: z
        .array(panel)
        .length(4, 'bốn ô: ba ô bên trong từ trái sang phải, rồi ô gấp vào — four panels: the three inside ones left to right, then the flap'),
      /** The back panel: where to ask. */
      ask: panel,
      /** Related messages, by slug. */
      messages: z.array(z.string().min(1)).min(1).max(3),
      legalBasis: z.array(lawRef).min(1),
      sources,
      order: z.number().int().default(100),
    }),
  },
} satisfies Record<string, ContentType>;
