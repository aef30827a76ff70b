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
  /** How fast a loudspeaker script is read aloud, in words per minute: its reading time is computed from it. */
  wordsPerMinute: z.number().int().min(60).max(250).default(150),
});
export type Language = z.infer<typeof language>;

/** A place on the site a home-page link leads to: a section, one of its sub-pages or one of its entries, and an anchor there. */
export const siteLink = z
  .strictObject({
    section: z.string().min(1),
    sub: z.string().min(1).optional(),
    entry: z.string().min(1).optional(),
    fragment: z
      .string()
      .regex(/^[A-Za-z][\w-]*$/, 'an id on the page, without #')
      .optional(),
  })
  .refine((l) => !(l.sub && l.entry), { message: 'a link leads to a sub-page or to an entry, not both' });
export type SiteLink = z.infer<typeof siteLink>;

/** The home page's choices (their words are in content/ui/<lang>.yaml, namespace home). Each part is shown when set. */
export const homeSettings = z.strictObject({
  /** The campaign's main message (a slug of content/messages/): first on the home page, with its poster. */
  mainMessage: z.string().min(1).optional(),
  /** The message whose figure the home page shows, with the law clause it cites. */
  keyFigure: z.string().min(1).optional(),
  /** A way in for each audience, in order: its words are home.audiences.<key> in content/ui/<lang>.yaml. */
  audiences: z
    .array(z.strictObject({ key: z.string().regex(/^[a-z][a-z0-9-]*$/, 'ASCII lower case, digits and hyphens'), links: z.array(siteLink).min(1) }))
    .default([]),
});

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
  home: homeSettings.default({ audiences: [] }),
});

export type SiteConfig = z.infer<typeof siteSchema>;
