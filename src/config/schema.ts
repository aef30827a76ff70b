// The schema of content/site.yaml: the site's address, languages and the words that name
// the province, the campaign and its responsible body. Pure: no file is read here.
import { z } from 'astro/zod';
import { safeUrl } from './urls.ts';

/** A string per language code, e.g. `{ vi: "…", en: "…" }`; the loader requires the default language's. */
export const localized = z.record(z.string().min(2), z.string().min(1));
export type Localized = z.infer<typeof localized>;

/** A BCP 47 locale that this machine's Intl supports, so dates and numbers never fall back to the machine's own. */
const locale = z.string().refine((l) => Intl.DateTimeFormat.supportedLocalesOf(l).length > 0 && Intl.NumberFormat.supportedLocalesOf(l).length > 0, {
  message: 'not a locale that Intl knows (use a BCP 47 tag such as vi-VN or en-GB)',
});

export const language = z.strictObject({
  code: z.string().min(2),
  label: z.string().min(1),
  prefix: z.string(),
  /** The locale Intl formats dates and numbers with: a language Intl does not know (Tày, tyz) names one it does. */
  locale,
  /** The Open Graph locale, e.g. vi_VN. */
  ogLocale: z.string().regex(/^[a-z]{2,3}_[A-Z]{2}$/, 'language_TERRITORY, e.g. vi_VN'),
});
export type Language = z.infer<typeof language>;

export const siteSchema = z.strictObject({
  url: safeUrl,
  /** The date the content was last checked: what "past" and "ended" are measured against (never the build clock). */
  contentDate: z.iso.date({ error: 'a date written yyyy-mm-dd' }).transform((d) => new Date(`${d}T00:00:00Z`)),
  defaultLanguage: z.string().min(2),
  languages: z.array(language).min(1),
  province: localized,
  siteName: localized,
  campaignName: localized,
  responsibleBody: z.strictObject({ name: localized, note: localized.optional() }),
  contacts: z.array(
    z.strictObject({
      label: localized,
      email: z.email().optional(),
      phone: z.string().optional(),
      address: localized.optional(),
    }),
  ),
  /** `url` per language, with the default language's as the fallback. */
  licence: z.strictObject({ id: z.string(), name: z.string(), url: z.record(z.string(), safeUrl) }),
  /** Share links that work without JavaScript: {url} is replaced by the page's encoded address. */
  shareLinks: z.array(
    z.strictObject({
      label: localized,
      template: z
        .string()
        .includes('{url}', { error: 'phải có {url} — must contain {url}' })
        .regex(/^https?:\/\//, { error: 'phải là một địa chỉ bắt đầu bằng http:// hoặc https:// — must be an address starting with http:// or https://' }),
    }),
  ),
});

export type SiteConfig = z.infer<typeof siteSchema>;
