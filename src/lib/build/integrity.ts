// Checks what zod schemas cannot: ids that point into other collections, article references,
// stated totals. The checks live with their sections (src/sections/<key>/checks.ts); this runs
// them over all the content and gives them shared look-ups. Each problem names file and field.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../../config/index.ts';

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

/** A problem of one file: "content/…: field: Vietnamese — English". */
export interface Problem {
  file: string;
  field: string;
  text: string;
}
export const formatProblem = (p: Problem) => `${p.file}: ${p.field}: ${p.text}`;
/** A message in both languages of the people who edit content. */
export const say = (vi: string, en: string) => `${vi} — ${en}`;

export interface CheckContext {
  content: ContentSet;
  defaultLanguage: string;
  /** `text` in both languages: say(vi, en). */
  problem(entry: EntryLike, field: string, text: string): void;
  /** A law reference points at a law, article and clause the site lists (in the original language). */
  checkLawRef(entry: EntryLike, field: string, ref: LawRef): void;
  checkAgency(entry: EntryLike, field: string, id: string): void;
  hasLaw(slug: string): boolean;
  /** A file of the content folder is there (a picture, a recording): `pictures/x.svg`. */
  hasFile(pathInContent: string): boolean;
}
export type Check = (ctx: CheckContext) => void;

/** `vi/luat-binh-dang-gioi` → `luat-binh-dang-gioi`: references use the language-free slug. */
export const slugOf = (id: string) => id.slice(id.indexOf('/') + 1);
export const langOf = (id: string) => id.slice(0, id.indexOf('/'));
const where = (e: EntryLike) => e.filePath ?? e.id;

/** Collections whose entries sit in a language folder (`<lang>/<slug>`). */
const byLanguage = (entries: EntryLike[]) => entries.every((e) => e.id.includes('/'));

export function checkIntegrity(
  content: ContentSet,
  languages: readonly string[],
  checks: readonly Check[],
  defaultLanguage = languages[0]!,
  hasFile: (pathInContent: string) => boolean = (p) => existsSync(path.join(contentDir, p)),
): Problem[] {
  const problems: Problem[] = [];
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
      if (!languages.includes(lang)) {
        problems.push({
          file: where(e),
          field: '(file)',
          text: say(
            `thư mục ngôn ngữ "${lang}" chưa có trong languages của content/site.yaml`,
            `language folder "${lang}" is not listed in content/site.yaml languages`,
          ),
        });
      }
    }
  }

  const ctx: CheckContext = {
    content,
    defaultLanguage,
    problem: (e, field, text) => problems.push({ file: where(e), field, text }),
    hasLaw: (slug) => laws.has(slug),
    hasFile,
    checkLawRef(e, field, ref) {
      const articles = laws.get(ref.law);
      if (!articles) return ctx.problem(e, `${field}.law`, say(`không có văn bản "${ref.law}" (content/laws/)`, `unknown law "${ref.law}"`));
      if (ref.article === undefined) return;
      const article = articles.find((a) => a.n === ref.article);
      if (!article)
        return ctx.problem(
          e,
          `${field}.article`,
          say(`văn bản "${ref.law}" trên trang này không có Điều ${ref.article}`, `law "${ref.law}" has no article ${ref.article} on this site`),
        );
      if (ref.clause !== undefined && !(article.clauses ?? []).some((c) => c.n === ref.clause)) {
        ctx.problem(
          e,
          `${field}.clause`,
          say(
            `Điều ${ref.article} của "${ref.law}" trên trang này không có khoản ${ref.clause}`,
            `article ${ref.article} of "${ref.law}" has no clause ${ref.clause} on this site`,
          ),
        );
      }
    },
    checkAgency(e, field, id) {
      if (!agencies.has(id))
        ctx.problem(e, field, say(`không có cơ quan "${id}" (thiếu content/agencies/${id}.yaml)`, `unknown agency "${id}" (no content/agencies/${id}.yaml)`));
    },
  };
  for (const check of checks) check(ctx);
  return problems;
}
