import { z } from 'astro/zod';
import { sources } from '../../lib/build/schema.ts';
import type { ContentType } from '../../lib/build/schema.ts';

/** A day of the year, "MM-DD" (e.g. "03-08" for 8 March). */
export const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a day of the year as MM-DD, e.g. 03-08');

export const contentTypes = {
  /** The campaign's yearly calendar per language: content/campaign/<lang>.yaml. */
  campaign: {
    folder: 'campaign',
    files: 'yaml' as const,
    schema: z.strictObject({
      /** Said above the occasions: what the calendar is for and how to use the feed. */
      calendarIntro: z.string().min(1),
      /** Said above the report templates: what they are, and that they are the site's own models. */
      reportsIntro: z.string().min(1),
      occasions: z
        .array(
          z.strictObject({
            /** The occasion's anchor on the page and its calendar UID: ASCII, lower case. */
            id: z.string().regex(/^[a-z0-9-]+$/),
            name: z.string().min(1),
            /** Its first day every year, and its last when it lasts several days. */
            date: monthDay,
            until: monthDay.optional(),
            /** What it is, as its source establishes it. */
            what: z.string().min(1),
            /** Event ideas for a commune or agency: the site's suggestions, not a source's. */
            ideas: z.string().min(1),
            /** Messages (content/messages slugs, whose posters go with them) and training modules that suit it. */
            messages: z.array(z.string().min(1)).default([]),
            training: z.array(z.string().min(1)).default([]),
            sources,
          }),
        )
        .min(1),
    }),
  },
} satisfies Record<string, ContentType>;
