import { posterMessages } from '../../lib/build/content.ts';
import { posterSizes } from '../../lib/print/paper.ts';
import { posterFile } from '../../lib/print/files.ts';
import messages, { ownShareKey } from '../messages/section.ts';
import { defineSection } from '../types.ts';

// Posters are the messages written in the reader's language, one print page per paper size.
export default defineSection({
  key: 'posters',
  order: 30,
  entries: posterMessages,
  describe: messages.describe!,
  subpages: { printShops: { view: 'PrintShops' } },
  printPages: async (lang) => (await posterMessages(lang)).flatMap((m) => posterSizes.map((paper) => ({ slug: m.slug, paper }))),
  shareKeyOf: ownShareKey,
  // The A4 posters: the size an office can print.
  pressKit: async (lang) => (await posterMessages(lang)).map((m) => ({ path: posterFile(m.slug, 'a4', lang), folder: 'ap-phich' })),
});
