import type { Check, EntryLike, LawRef } from '../../lib/build/integrity.ts';
import { slugOf } from '../../lib/build/integrity.ts';

/** The collections these checks read (law references are looked up in `laws` by every check). */
export const reads = ['candidacy', 'training'];

/** Every legal reference of the steps and the checklist points at a law (and article, clause) the site lists. */
export const checks: Check[] = [
  (ctx) => {
    const modules = new Set((ctx.content.training ?? []).map((m) => slugOf(m.id)));
    for (const page of ctx.content.candidacy ?? []) {
      const d = page.data as { steps?: { basis: LawRef[]; training?: string[] }[]; checklist?: { basis: LawRef[] } };
      const ids = new Set<string>();
      (d.steps ?? []).forEach((step, i) => {
        const id = (step as { id?: string }).id;
        if (id !== undefined && ids.has(id)) ctx.problem(page, `steps[${i}].id`, `"${id}" is the anchor of an earlier step too`);
        if (id !== undefined) ids.add(id);
        step.basis.forEach((ref, j) => ctx.checkLawRef(page, `steps[${i}].basis[${j}]`, ref));
        (step.training ?? []).forEach((slug, j) => checkModule(ctx.problem, page, `steps[${i}].training[${j}]`, slug, modules));
      });
      (d.checklist?.basis ?? []).forEach((ref, j) => ctx.checkLawRef(page, `checklist.basis[${j}]`, ref));
    }
  },
];

function checkModule(problem: (e: EntryLike, field: string, text: string) => void, page: EntryLike, field: string, slug: string, modules: Set<string>) {
  if (!modules.has(slug)) problem(page, field, `unknown training module "${slug}" (no content/training/<lang>/${slug}.mdx)`);
}
