import { say, type Check } from '../../lib/build/integrity.ts';
import { budgetMismatch } from './budget.ts';

/** The collections these checks read (law references are looked up in `laws` by every check). */
export const reads = ['plans', 'agencies'];

export const checks: Check[] = [
  (ctx) => {
    for (const plan of ctx.content.plans ?? []) {
      const d = plan.data as {
        number: string;
        legalBasis: { law?: string }[];
        activities: { what: string; lead: string; partners?: string[]; budget?: number }[];
        budgetTotal?: number;
        responsibilities?: { agency: string }[];
        reporting?: { agency?: string }[];
      };
      d.legalBasis.forEach((b, i) => {
        if (b.law !== undefined) ctx.checkLawRef(plan, `legalBasis[${i}]`, { law: b.law });
      });
      d.activities.forEach((a, i) => {
        ctx.checkAgency(plan, `activities[${i}].lead`, a.lead);
        (a.partners ?? []).forEach((p, j) => ctx.checkAgency(plan, `activities[${i}].partners[${j}]`, p));
      });
      (d.responsibilities ?? []).forEach((r, i) => ctx.checkAgency(plan, `responsibilities[${i}].agency`, r.agency));
      (d.reporting ?? []).forEach((r, i) => r.agency !== undefined && ctx.checkAgency(plan, `reporting[${i}].agency`, r.agency));
      if (d.budgetTotal !== undefined) {
        const mismatch = budgetMismatch(`Plan ${d.number}`, d.activities, d.budgetTotal);
        if (mismatch) ctx.problem(plan, 'budgetTotal', mismatch);
      }
    }
  },
  // Agency names are read in any language, falling back to the default one: it must be there.
  // A body is a member of groups that exist, never of itself.
  (ctx) => {
    for (const a of ctx.content.agencies ?? []) {
      ((a.data.memberOf as string[] | undefined) ?? []).forEach((g, i) => {
        if (g === a.id) ctx.problem(a, `memberOf[${i}]`, say('một cơ quan không thể là thành viên của chính nó', 'a body cannot be a member of itself'));
        else ctx.checkAgency(a, `memberOf[${i}]`, g);
      });
      for (const field of ['name', 'short', 'note'] as const) {
        const v = a.data[field] as Record<string, string> | undefined;
        if (v && v[ctx.defaultLanguage] === undefined)
          ctx.problem(a, field, say(`thiếu chữ bằng ngôn ngữ mặc định "${ctx.defaultLanguage}"`, `no text in the default language "${ctx.defaultLanguage}"`));
      }
    }
  },
];
