import { say, type Check } from '../../lib/build/integrity.ts';

/** The collections these checks read (law references are looked up in `laws` by every check). */
export const reads = ['laws'];

export const checks: Check[] = [
  (ctx) => {
    for (const law of ctx.content.laws ?? []) {
      ((law.data.related as string[] | undefined) ?? []).forEach((id, i) => {
        if (!ctx.hasLaw(id)) ctx.problem(law, `related[${i}]`, say(`không có văn bản "${id}" (content/laws/)`, `unknown law "${id}"`));
      });
    }
  },
];
