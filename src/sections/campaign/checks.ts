import type { Check } from '../../lib/build/integrity.ts';
import { slugOf } from '../../lib/build/integrity.ts';

/** The collections these checks read. */
export const reads = ['campaign', 'messages', 'training'];

/** Every occasion names messages and modules the site has, and has its own anchor. */
export const checks: Check[] = [
  (ctx) => {
    const known = (collection: string) => new Set((ctx.content[collection] ?? []).map((e) => slugOf(e.id)));
    const messages = known('messages');
    const modules = known('training');
    for (const page of ctx.content.campaign ?? []) {
      const occasions = (page.data as { occasions?: { id: string; date: string; until?: string; messages?: string[]; training?: string[] }[] }).occasions ?? [];
      const ids = new Set<string>();
      occasions.forEach((o, i) => {
        if (ids.has(o.id)) ctx.problem(page, `occasions[${i}].id`, `"${o.id}" is the id of an earlier occasion too`);
        ids.add(o.id);
        if (o.until !== undefined && o.until === o.date)
          ctx.problem(page, `occasions[${i}].until`, 'the same day as date: leave it out for a one-day occasion');
        (o.messages ?? []).forEach(
          (s, j) => messages.has(s) || ctx.problem(page, `occasions[${i}].messages[${j}]`, `unknown message "${s}" (no content/messages/<lang>/${s}.mdx)`),
        );
        (o.training ?? []).forEach(
          (s, j) =>
            modules.has(s) || ctx.problem(page, `occasions[${i}].training[${j}]`, `unknown training module "${s}" (no content/training/<lang>/${s}.mdx)`),
        );
      });
    }
  },
];
