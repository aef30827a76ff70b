import { localizedEntries, posterMessages } from '../../lib/build/content.ts';
import { site } from '../../config/index.ts';
import { useTranslations } from '../../i18n/index.ts';
import { defineSection } from '../types.ts';
import { pictureFile, scriptFile } from '../../lib/print/files.ts';

/** A message's share images, named after it in the default language: thong-diep-<slug>. */
export const messageShareKey = (slug: string) => `${useTranslations(site.defaultLanguage)('messages.slug')}-${slug}`;

/** A message written in the reader's language has share images of its own. */
export async function ownShareKey(slug: string, lang: string): Promise<string | undefined> {
  return (await posterMessages(lang)).some((m) => m.slug === slug) ? messageShareKey(slug) : undefined;
}

export default defineSection({
  key: 'messages',
  order: 20,
  entries: (lang) => localizedEntries('messages', lang),
  describe: (entry) => {
    if (entry.collection !== 'messages') throw new Error(`The messages section cannot describe a ${entry.collection} entry`);
    return { title: entry.data.headline, description: entry.data.short };
  },
  shareImages: async (lang) =>
    (await posterMessages(lang)).map((m) => ({ key: messageShareKey(m.slug), of: { kind: 'entry', section: 'messages', slug: m.slug } as const })),
  shareKeyOf: ownShareKey,
  // The loudspeaker script of each message written in the language, on an A4 sheet.
  printPages: async (lang) => (await posterMessages(lang)).map((m) => ({ slug: m.slug, paper: 'a4' })),
  // The scripts' sheets, and the pictures (the same in every language).
  pressKit: async (lang) =>
    (await posterMessages(lang)).flatMap((m) => [
      { path: scriptFile(m.slug, lang), folder: 'bai-doc-loa' },
      { path: pictureFile(m.entry.data.picture ?? m.slug), folder: 'hinh-ve' },
    ]),
});
