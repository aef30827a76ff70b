// Interface strings for the pages: content/ui/<lang>.yaml for every language of the site, validated
// against common, home and every section's namespace (src/sections/<key>/strings.ts).
import type { z } from 'astro/zod';
import { contentDir, languageCodes, localeOf } from '../config/index.ts';
import { loadStrings } from './load.ts';
import type { Translator } from './t.ts';

const modules = import.meta.glob<{ strings: z.ZodType }>('../sections/*/strings.ts', { eager: true });
const namespaces = Object.fromEntries(Object.entries(modules).map(([file, m]) => [file.split('/')[2]!, m.strings]));

const translators = new Map<string, Translator>(languageCodes.map((lang) => [lang, loadStrings(contentDir, lang, localeOf(lang), namespaces)]));

/** The interface strings of a language of the site. */
export function useTranslations(lang: string): Translator {
  const t = translators.get(lang);
  if (!t) throw new Error(`No interface strings for language "${lang}" (content/ui/${lang}.yaml)`);
  return t;
}

export type { Translator } from './t.ts';
