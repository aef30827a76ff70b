import type { Check, LawRef } from '../../lib/build/integrity.ts';

/** The collections these checks read (law references are looked up in `laws` by every check). */
export const reads = ['messages'];

export const checks: Check[] = [
  (ctx) => {
    for (const e of ctx.content.messages ?? []) {
      ((e.data.legalBasis as LawRef[] | undefined) ?? []).forEach((ref, i) => ctx.checkLawRef(e, `legalBasis[${i}]`, ref));
    }
  },
];
