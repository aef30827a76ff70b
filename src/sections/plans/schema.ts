import { z } from 'astro/zod';
import { answer, isoDate, localized, sources } from '../../lib/build/schema.ts';
import type { ContentType } from '../../lib/build/schema.ts';

export const agencyKinds = ['provincial-department', 'provincial-body', 'mass-organisation', 'media', 'local-government', 'national'] as const;

export const contentTypes = {
  plans: {
    folder: 'plans',
    files: 'entries' as const,
    schema: z.strictObject({
      answer,
      title: z.string().min(1),
      shortTitle: z.string().min(1),
      number: z.string().min(1),
      type: z.string().min(1),
      issuer: z.string().min(1),
      signer: z.strictObject({ name: z.string().min(1), title: z.string().min(1) }),
      issued: isoDate,
      status: z.string().min(1),
      legalBasis: z.array(z.strictObject({ title: z.string().min(1), law: z.string().optional() })).min(1),
      purposes: z.array(z.string().min(1)).min(1),
      requirements: z.array(z.string().min(1)).default([]),
      period: z.string().min(1),
      /** The last day of the period, as the plan states it or as follows from it (say how in `period`): when the plan ended. */
      ends: isoDate.optional(),
      targetGroups: z.array(z.string().min(1)).default([]),
      activities: z
        .array(
          z.strictObject({
            group: z.string().min(1),
            what: z.string().min(1),
            lead: z.string().min(1),
            partners: z.array(z.string()).default([]),
            timing: z.string().optional(),
            /** `request: true`: asked of a body the plan cannot instruct ("Đề nghị…"). */
            request: z.boolean().default(false),
            /** Amount in đồng, as stated in the plan. */
            budget: z.number().int().nonnegative().optional(),
          }),
        )
        .min(1),
      /** Total budget as the plan states it; checked against the sum of the activities. */
      budgetTotal: z.number().int().nonnegative().optional(),
      budgetNote: z.string().optional(),
      /** `request: true`: the plan asks this of a body it cannot instruct ("Đề nghị…"), rather than assigning it. */
      responsibilities: z
        .array(z.strictObject({ agency: z.string().min(1), duties: z.array(z.string().min(1)).min(1), request: z.boolean().default(false) }))
        .default([]),
      reporting: z.array(z.strictObject({ due: isoDate, duty: z.string().min(1), agency: z.string().min(1).optional() })).default([]),
      recipients: z.array(z.string().min(1)).default([]),
      changesSince: z.strictObject({ asOf: isoDate, text: z.string().min(1) }).optional(),
      sources,
    }),
  },
  /** The bodies plans assign tasks to: content/agencies/<id>.yaml. */
  agencies: {
    folder: 'agencies',
    files: 'yaml' as const,
    schema: z.strictObject({
      name: localized,
      short: localized.optional(),
      kind: z.enum(agencyKinds),
      /** What has changed since the plans named this body, with its source. */
      note: localized.optional(),
      /**
       * The groups a plan names that this body belongs to (e.g. cac-so-ban-nganh): a task
       * given to the group is shown on this body's page too, as shared.
       */
      memberOf: z.array(z.string().min(1)).default([]),
    }),
  },
} satisfies Record<string, ContentType>;
