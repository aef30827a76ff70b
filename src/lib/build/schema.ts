// Building blocks of the content schemas (src/sections/*/schema.ts). Strict: a key the schema
// does not know is an error (a misspelt `effectve:` must not silently lose its value), and
// messages are written for the civil servants who edit content, in Vietnamese and English.
import { z } from 'astro/zod';
import { safeUrl } from '../../config/urls.ts';

/** yyyy-mm-dd that names a real day (2020-02-31 does not). */
export function isRealDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/**
 * A calendar date. The content check reads front matter with dates as text and requires a real
 * yyyy-mm-dd; Astro's own reader hands over a Date, which the check has already seen as text.
 */
export const isoDate = z
  .custom<Date | string>((v) => (v instanceof Date ? !Number.isNaN(v.getTime()) : typeof v === 'string' && isRealDate(v)), {
    message:
      'phải là một ngày có thật, viết năm-tháng-ngày, ví dụ 2006-11-29 (một năm đứng riêng không phải là ngày) — must be a real date written yyyy-mm-dd, e.g. 2006-11-29 (a year alone is not a date)',
  })
  .transform((v) => (v instanceof Date ? v : new Date(`${v}T00:00:00Z`)));

export const source = z.strictObject({
  title: z.string().min(1),
  url: safeUrl.optional(),
  /** The source is a copy of the document's own full text (an official gazette, a legal database): what a law page is "the same as". */
  fullText: z.boolean().default(false),
  /** The day the entry was last checked against this source. */
  checked: isoDate.optional(),
});
export const sources = z.array(source).min(1);
/** A law by its language-free slug, optionally one article and clause: checked against the law's page. */
export const lawRef = z.strictObject({
  law: z.string().min(1),
  article: z.number().int().positive().optional(),
  clause: z.number().int().positive().optional(),
});
/**
 * The answer first: one or two plain sentences (at most about 50 words) that answer "what does this
 * mean for me?", shown before anything else on the entry's page. Its facts come from the entry's sources.
 */
export const answer = z
  .string()
  .min(1)
  .refine((s) => s.split(/\s+/).length <= 60, 'tối đa khoảng 50 từ: một hai câu ngắn — at most about 50 words: one or two short sentences');

/** A string per language code, e.g. `{ vi: "…", en: "…" }`; the default language is checked by the sections' checks. */
export const localized = z
  .record(z.string().min(2), z.string().min(1))
  .refine((v) => Object.keys(v).length > 0, 'ghi ít nhất một ngôn ngữ — give the text in at least one language');

/** Entries are `content/<collection>/<lang>/<slug>.mdx`: the id is `<lang>/<slug>`. */
export const entryPattern = '*/*.{md,mdx}';

/**
 * A kind of content: where its files are and what they hold. `entries`: `<lang>/<slug>.md(x)` with
 * front matter and a body; `yaml`: `<name>.yaml` files of data.
 */
export interface ContentType {
  folder: string;
  files: 'entries' | 'yaml';
  schema: z.ZodType;
}
