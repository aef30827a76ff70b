// Building blocks of the content schemas that several sections share (src/sections/*/collection.ts).
import { z } from 'astro/zod';
import { safeUrl } from '../../config/urls.ts';

export const isoDate = z.coerce.date();
export const source = z.object({
  title: z.string().min(1),
  url: safeUrl.optional(),
  /** The source is a copy of the document's own full text (an official gazette, a legal database): what a law page is "the same as". */
  fullText: z.boolean().default(false),
  /** The day the entry was last checked against this source. */
  checked: isoDate.optional(),
});
export const sources = z.array(source).min(1);
/** A law by its language-free slug, optionally one article and clause: checked against the law's page. */
export const lawRef = z.object({
  law: z.string().min(1),
  article: z.number().int().positive().optional(),
  clause: z.number().int().positive().optional(),
});
/** A string per language code, e.g. `{ vi: "…", en: "…" }`; the default language is checked by the sections' checks. */
export const localized = z.record(z.string().min(2), z.string().min(1)).refine((v) => Object.keys(v).length > 0, 'give the text in at least one language');

/** Entries are `content/<collection>/<lang>/<slug>.mdx`: the id is `<lang>/<slug>`. */
export const entryPattern = '*/*.{md,mdx}';
