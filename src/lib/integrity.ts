// Checks what zod schemas cannot: ids that point into other collections, article
// references, and stated budget totals. Each problem names the file and the field.
import { budgetMismatch } from './budget.ts';

export interface EntryLike {
  id: string;
  filePath?: string | undefined;
  data: Record<string, unknown>;
}

export interface ContentSet {
  laws: EntryLike[];
  messages: EntryLike[];
  training: EntryLike[];
  plans: EntryLike[];
  agencies: EntryLike[];
}

interface LawRef {
  law: string;
  article?: number;
  clause?: number;
}
interface Article {
  n: number;
  clauses?: { n: number }[];
}

/** `vi/luat-binh-dang-gioi` → `luat-binh-dang-gioi`: references use the language-free slug. */
export const slugOf = (id: string) => id.slice(id.indexOf('/') + 1);
export const langOf = (id: string) => id.slice(0, id.indexOf('/'));

export function checkIntegrity(content: ContentSet, languages: readonly string[]): string[] {
  const problems: string[] = [];
  const where = (e: EntryLike) => e.filePath ?? e.id;

  const laws = new Map<string, Article[]>();
  for (const law of content.laws) {
    const slug = slugOf(law.id);
    // The default language carries the articles; any translation lists the same numbers.
    if (!laws.has(slug)) laws.set(slug, (law.data.articles as Article[] | undefined) ?? []);
  }
  const agencies = new Set(content.agencies.map((a) => a.id));

  for (const [name, entries] of Object.entries(content) as [keyof ContentSet, EntryLike[]][]) {
    if (name === 'agencies') continue;
    for (const e of entries) {
      const lang = langOf(e.id);
      if (!languages.includes(lang)) {
        problems.push(`${where(e)}: language folder "${lang}" is not listed in content/site.yaml languages`);
      }
    }
  }

  const checkLawRef = (e: EntryLike, field: string, ref: LawRef) => {
    const articles = laws.get(ref.law);
    if (!articles) return problems.push(`${where(e)}: ${field}.law: unknown law "${ref.law}"`);
    if (ref.article === undefined) return;
    const article = articles.find((a) => a.n === ref.article);
    if (!article) {
      return problems.push(`${where(e)}: ${field}.article: law "${ref.law}" has no article ${ref.article} on this site`);
    }
    if (ref.clause !== undefined && !(article.clauses ?? []).some((c) => c.n === ref.clause)) {
      problems.push(`${where(e)}: ${field}.clause: article ${ref.article} of "${ref.law}" has no clause ${ref.clause} on this site`);
    }
  };
  const checkAgency = (e: EntryLike, field: string, id: string) => {
    if (!agencies.has(id)) problems.push(`${where(e)}: ${field}: unknown agency "${id}" (no content/agencies/${id}.yaml)`);
  };

  for (const law of content.laws) {
    ((law.data.related as string[] | undefined) ?? []).forEach((id, i) => {
      if (!laws.has(id)) problems.push(`${where(law)}: related[${i}]: unknown law "${id}"`);
    });
  }
  for (const e of [...content.messages, ...content.training]) {
    ((e.data.legalBasis as LawRef[] | undefined) ?? []).forEach((ref, i) => checkLawRef(e, `legalBasis[${i}]`, ref));
  }
  for (const m of content.training) {
    const d = m.data as { durationMinutes?: number; sessionPlan?: { minutes: number }[] };
    const sum = (d.sessionPlan ?? []).reduce((a, s) => a + s.minutes, 0);
    if (d.durationMinutes !== undefined && sum !== d.durationMinutes) {
      problems.push(`${where(m)}: durationMinutes: the session plan adds up to ${sum} minutes, not ${d.durationMinutes}`);
    }
  }
  for (const plan of content.plans) {
    const d = plan.data as {
      number: string;
      legalBasis: { law?: string }[];
      activities: { what: string; lead: string; partners?: string[]; budget?: number }[];
      budgetTotal?: number;
      responsibilities?: { agency: string }[];
      reporting?: { agency?: string }[];
    };
    d.legalBasis.forEach((b, i) => {
      if (b.law !== undefined) checkLawRef(plan, `legalBasis[${i}]`, { law: b.law });
    });
    d.activities.forEach((a, i) => {
      checkAgency(plan, `activities[${i}].lead`, a.lead);
      (a.partners ?? []).forEach((p, j) => checkAgency(plan, `activities[${i}].partners[${j}]`, p));
    });
    (d.responsibilities ?? []).forEach((r, i) => checkAgency(plan, `responsibilities[${i}].agency`, r.agency));
    (d.reporting ?? []).forEach((r, i) => r.agency !== undefined && checkAgency(plan, `reporting[${i}].agency`, r.agency));
    if (d.budgetTotal !== undefined) {
      const mismatch = budgetMismatch(`Plan ${d.number}`, d.activities, d.budgetTotal);
      if (mismatch) problems.push(`${where(plan)}: budgetTotal: ${mismatch}`);
    }
  }
  return problems;
}
