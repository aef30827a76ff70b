import { z } from 'astro/zod';
import { lawRef, sources } from '../../lib/build/schema.ts';
import type { ContentType } from '../../lib/build/schema.ts';

/**
 * A step's legal basis: a law the site lists, with an article and clause only where the law's page
 * lists them (the build checks it). `provision` names the article in words where the law page does
 * not list it yet, e.g. "Điều 35, khoản 1": the link then leads to the law's page.
 */
export const basis = lawRef.extend({ provision: z.string().min(1).optional() });

const paragraphs = z.array(z.string().min(1)).min(1);

export const contentTypes = {
  /** Standing for election, step by step, per language: content/candidacy/<lang>.yaml. */
  candidacy: {
    folder: 'candidacy',
    files: 'yaml' as const,
    schema: z.strictObject({
      intro: z.string().min(1),
      /** Which text of the law the page follows (the amended one), said at the top. */
      lawVersion: z.string().min(1),
      /** For a language other than the law's: this is the site's own wording, not an official translation. */
      translationNote: z.string().min(1).optional(),
      /** The most recent election, with its date and source; the steps themselves count from any election day. */
      lastElection: z.strictObject({ text: z.string().min(1), sources }),
      steps: z
        .array(
          z.strictObject({
            /** The step's anchor on the page: ASCII, lower case. */
            id: z.string().regex(/^[a-z0-9-]+$/),
            title: z.string().min(1),
            /** The deadline as the law states it, counted from election day. */
            deadline: z.string().min(1).optional(),
            body: paragraphs,
            basis: z.array(basis).min(1),
            /** Training modules (slugs of content/training) that prepare for this step. */
            training: z.array(z.string().min(1)).default([]),
          }),
        )
        .min(1),
      /** The A4 checklist of the candidacy file. */
      checklist: z.strictObject({
        title: z.string().min(1),
        intro: z.string().min(1),
        items: z.array(z.strictObject({ text: z.string().min(1), note: z.string().min(1).optional() })).min(1),
        facts: z.array(z.strictObject({ label: z.string().min(1), value: z.string().min(1) })).default([]),
        notes: z.array(z.string().min(1)).default([]),
        basis: z.array(basis).min(1),
      }),
      sources,
    }),
  },
} satisfies Record<string, ContentType>;
