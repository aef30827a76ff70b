// Checks what zod schemas cannot: ids that point into other collections, article references,
// stated totals. The checks live with their sections (src/sections/<key>/checks.ts); this runs
// them over all the content and gives them shared look-ups. Each problem names file and field.

export interface EntryLike {
  id: string;
  filePath?: string | undefined;
  data: Record<string, unknown>;
}

/** Entries by collection name. */
export type ContentSet = Record<string, EntryLike[]>;

export interface LawRef {
  law: string;
  article?: number | undefined;
  clause?: number | undefined;
}
interface Article {
  n: number;
  clauses?: { n: number }[];
}

export interface CheckContext {
  content: ContentSet;
  defaultLanguage: string;
  problem(entry: EntryLike, field: string, text: string): void;
  /** A law reference points at a law, article and clause the site lists (in the original language). */
  checkLawRef(entry: EntryLike, field: string, ref: LawRef): void;
  checkAgency(entry: EntryLike, field: string, id: string): void;
  hasLaw(slug: string): boolean;
}
export type Check = (ctx: CheckContext) => void;

/** `vi/luat-binh-dang-gioi` → `luat-binh-dang-gioi`: references use the language-free slug. */
export const slugOf = (id: string) => id.slice(id.indexOf('/') + 1);
export const langOf = (id: string) => id.slice(0, id.indexOf('/'));
const where = (e: EntryLike) => e.filePath ?? e.id;

/** Collections whose entries sit in a language folder (`<lang>/<slug>`). */
const byLanguage = (entries: EntryLike[]) => entries.every((e) => e.id.includes('/'));

export function checkIntegrity(content: ContentSet, languages: readonly string[], checks: readonly Check[], defaultLanguage = languages[0]!): string[] {
  const problems: string[] = [];
  const laws = new Map<string, Article[]>();
  // The original language carries the articles that anchors are made from; translations follow it.
  const lawEntries = [...(content.laws ?? [])].sort((a, b) => Number(langOf(b.id) === defaultLanguage) - Number(langOf(a.id) === defaultLanguage));
  for (const law of lawEntries) {
    const slug = slugOf(law.id);
    if (!laws.has(slug)) laws.set(slug, (law.data.articles as Article[] | undefined) ?? []);
  }
  const agencies = new Set((content.agencies ?? []).map((a) => a.id));

  for (const entries of Object.values(content)) {
    if (!byLanguage(entries)) continue;
    for (const e of entries) {
      const lang = langOf(e.id);
      if (!languages.includes(lang)) problems.push(`${where(e)}: language folder "${lang}" is not listed in content/site.yaml languages`);
    }
  }

  const ctx: CheckContext = {
    content,
    defaultLanguage,
    problem: (e, field, text) => problems.push(`${where(e)}: ${field}: ${text}`),
    hasLaw: (slug) => laws.has(slug),
    checkLawRef(e, field, ref) {
      const articles = laws.get(ref.law);
      if (!articles) return ctx.problem(e, `${field}.law`, `unknown law "${ref.law}"`);
      if (ref.article === undefined) return;
      const article = articles.find((a) => a.n === ref.article);
      if (!article) return ctx.problem(e, `${field}.article`, `law "${ref.law}" has no article ${ref.article} on this site`);
      if (ref.clause !== undefined && !(article.clauses ?? []).some((c) => c.n === ref.clause)) {
        ctx.problem(e, `${field}.clause`, `article ${ref.article} of "${ref.law}" has no clause ${ref.clause} on this site`);
      }
    },
    checkAgency(e, field, id) {
      if (!agencies.has(id)) ctx.problem(e, field, `unknown agency "${id}" (no content/agencies/${id}.yaml)`);
    },
  };
  for (const check of checks) check(ctx);
  return problems;
}
