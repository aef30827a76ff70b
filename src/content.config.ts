import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir } from './lib/site.ts';

// Entries are `content/<collection>/<lang>/<slug>.mdx`: the id is `<lang>/<slug>`.
// Cross-references use the language-free slug and are checked in src/lib/integrity.ts,
// because zod schemas cannot see other collections.

const isoDate = z.coerce.date();
const source = z.object({
  title: z.string().min(1),
  url: z.url().optional(),
});
const sources = z.array(source).min(1);
const lawRef = z.object({
  law: z.string().min(1),
  article: z.number().int().positive().optional(),
  clause: z.number().int().positive().optional(),
});
/** A string per language code, e.g. `{ vi: "…", en: "…" }`; vi is required. */
const localized = z.object({ vi: z.string().min(1) }).catchall(z.string().min(1));

const clause = z.object({
  n: z.number().int().positive(),
  /** A defined term (Law 73/2006 Art. 5): listed in the glossary and linked where it is used. */
  term: z.string().min(1).optional(),
  summary: z.string().min(1),
  quote: z.string().optional(),
});
const article = z.object({
  n: z.number().int().positive(),
  title: z.string().min(1),
  summary: z.string().min(1),
  clauses: z.array(clause).default([]),
});

const laws = defineCollection({
  loader: glob({ pattern: '*/*.{md,mdx}', base: `${contentDir}/laws` }),
  schema: z.object({
    title: z.string().min(1),
    shortTitle: z.string().min(1),
    number: z.string().min(1),
    type: z.enum(['constitution', 'law', 'resolution', 'decree', 'decision', 'convention', 'circular']),
    issuer: z.string().min(1),
    signer: z.string().optional(),
    issued: isoDate,
    effective: isoDate.optional(),
    status: z.string().min(1),
    related: z.array(z.string()).default([]),
    summary: z.string().min(1),
    chapters: z
      .array(z.object({ n: z.string().min(1), title: z.string().min(1), articles: z.string().optional() }))
      .default([]),
    articles: z.array(article).default([]),
    sources,
  }),
});

const messages = defineCollection({
  loader: glob({ pattern: '*/*.{md,mdx}', base: `${contentDir}/messages` }),
  schema: z.object({
    headline: z.string().min(1),
    short: z.string().min(1),
    audience: z.array(z.string().min(1)).min(1),
    legalBasis: z.array(lawRef).min(1),
    order: z.number().int().default(100),
    sources,
  }),
});

const training = defineCollection({
  loader: glob({ pattern: '*/*.{md,mdx}', base: `${contentDir}/training` }),
  schema: z.object({
    title: z.string().min(1),
    summary: z.string().min(1),
    audience: z.array(z.string().min(1)).min(1),
    /** Who the module is for, to group modules on /tap-huan/. */
    audienceGroups: z.array(z.enum(['leaders', 'women-cadres', 'candidates', 'communicators'])).min(1),
    objectives: z.array(z.string().min(1)).min(1),
    durationMinutes: z.number().int().positive(),
    sessionPlan: z
      .array(
        z.object({
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
        z.object({
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
});

const plans = defineCollection({
  loader: glob({ pattern: '*/*.{md,mdx}', base: `${contentDir}/plans` }),
  schema: z.object({
    title: z.string().min(1),
    shortTitle: z.string().min(1),
    number: z.string().min(1),
    type: z.string().min(1),
    issuer: z.string().min(1),
    signer: z.object({ name: z.string().min(1), title: z.string().min(1) }),
    issued: isoDate,
    status: z.string().min(1),
    legalBasis: z.array(z.object({ title: z.string().min(1), law: z.string().optional() })).min(1),
    purposes: z.array(z.string().min(1)).min(1),
    requirements: z.array(z.string().min(1)).default([]),
    period: z.string().min(1),
    targetGroups: z.array(z.string().min(1)).default([]),
    activities: z
      .array(
        z.object({
          group: z.string().min(1),
          what: z.string().min(1),
          lead: z.string().min(1),
          partners: z.array(z.string()).default([]),
          timing: z.string().optional(),
          /** Amount in đồng, as stated in the plan. */
          budget: z.number().int().nonnegative().optional(),
        }),
      )
      .min(1),
    /** Total budget as the plan states it; checked against the sum of the activities. */
    budgetTotal: z.number().int().nonnegative().optional(),
    budgetNote: z.string().optional(),
    responsibilities: z.array(z.object({ agency: z.string().min(1), duties: z.array(z.string().min(1)).min(1) })).default([]),
    reporting: z
      .array(z.object({ due: isoDate, duty: z.string().min(1), agency: z.string().min(1).optional() }))
      .default([]),
    recipients: z.array(z.string().min(1)).default([]),
    changesSince: z.object({ asOf: isoDate, text: z.string().min(1) }).optional(),
    sources,
  }),
});

const agencies = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/agencies` }),
  schema: z.object({
    name: localized,
    short: localized.optional(),
    kind: z.enum(['provincial-department', 'provincial-body', 'mass-organisation', 'media', 'local-government', 'national']),
    /** What has changed since the plans named this body, with its source. */
    note: localized.optional(),
  }),
});

const press = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/press` }),
  schema: z.object({
    intro: z.string().min(1),
    facts: z.array(z.object({ value: z.string().min(1), label: z.string().min(1), source })).min(1),
  }),
});

export const collections = { laws, messages, training, plans, agencies, press };
