// The site's configuration, loaded once per process from the content folder: astro.config.mjs,
// the pages and the after-build steps all read this one validated copy.
import path from 'node:path';
import { loadSite } from './load.ts';
import { sitePaths } from './site-paths.ts';
import type { Language } from './schema.ts';

/** Tests point this at a copy of content/ holding fixtures. */
export const contentDir = process.env.CONTENT_DIR ?? 'content';

export const site = (() => {
  try {
    return loadSite(path.join(contentDir, 'site.yaml'), process.env);
  } catch (error) {
    // The build cannot start without its site file: say what is wrong, without a stack trace.
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
})();
export const languageCodes = site.languages.map((l) => l.code);

/** The base the site is published under (`/` or `/binh-dang-gioi/`), and the one way in and out of it (site-paths.ts). */
export const { base, href, sitePathOfHref, absoluteUrl, address } = sitePaths(site.url);

export function languageOf(code: string): Language {
  const language = site.languages.find((l) => l.code === code);
  if (!language) throw new Error(`Unknown language "${code}": it is not in content/site.yaml languages`);
  return language;
}

/** The locale Intl formats with for a language: named in content/site.yaml, never the machine's. */
export const localeOf = (code: string): string => languageOf(code).locale;

/** A localized field in the reader's language, else the default language. */
export function pick(value: Record<string, string>, lang: string): string {
  return value[lang] ?? value[site.defaultLanguage] ?? Object.values(value)[0] ?? '';
}

export type { Language, SiteConfig, Localized } from './schema.ts';
