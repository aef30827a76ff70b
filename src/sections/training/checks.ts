import { say, type Check, type LawRef } from '../../lib/build/integrity.ts';

/** The collections these checks read (law references are looked up in `laws` by every check). */
export const reads = ['training'];

export const checks: Check[] = [
  (ctx) => {
    for (const m of ctx.content.training ?? []) {
      ((m.data.legalBasis as LawRef[] | undefined) ?? []).forEach((ref, i) => ctx.checkLawRef(m, `legalBasis[${i}]`, ref));
      const d = m.data as { durationMinutes?: number; sessionPlan?: { minutes: number }[] };
      const sum = (d.sessionPlan ?? []).reduce((a, s) => a + s.minutes, 0);
      if (d.durationMinutes !== undefined && sum !== d.durationMinutes) {
        ctx.problem(
          m,
          'durationMinutes',
          say(
            `kế hoạch buổi học cộng lại ${sum} phút, không phải ${d.durationMinutes}`,
            `the session plan adds up to ${sum} minutes, not ${d.durationMinutes}`,
          ),
        );
      }
    }
  },
];
