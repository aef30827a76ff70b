import { posterMessages } from '../../lib/build/content.ts';
import { posterSizes } from '../../lib/print/paper.ts';
import { lowInkPosterFile, posterFile } from '../../lib/print/files.ts';
import messages, { ownShareKey } from '../messages/section.ts';
import { defineSection } from '../types.ts';

// Posters are the messages written in the reader's language, one print page per paper size.
export default defineSection({
  key: 'posters',
  order: 30,
  // The posters bear the messages' headlines, listed already under messages.
  listed: false,
  entries: posterMessages,
  describe: messages.describe!,
  subpages: { printShops: { view: 'PrintShops' } },
  // Every size, and a low-ink A4 on white for office printers ("office").
  printPages: async (lang) => (await posterMessages(lang)).flatMap((m) => [...posterSizes, 'office'].map((paper) => ({ slug: m.slug, paper }))),
  shareKeyOf: ownShareKey,
  // The A4 posters: the size an office can print.
  pressKit: async (lang) =>
    (await posterMessages(lang)).flatMap((m) => [
      { path: posterFile(m.slug, 'a4', lang), folder: 'ap-phich' },
      { path: lowInkPosterFile(m.slug, lang), folder: 'ap-phich' },
    ]),
});
