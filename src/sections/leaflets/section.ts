// Leaflets (tờ rơi): a two-sided A4 tri-fold per topic, with its own page. The PDF is made from
// the Print view by the print pipeline (bleed, boxes, fold marks beside the crop marks), with a
// low-ink version on white for office printers ("office").
import { localizedEntries } from '../../lib/build/content.ts';
import { leafletFile } from '../../lib/print/files.ts';
import { defineSection } from '../types.ts';

const written = async (lang: string) => (await localizedEntries('leaflets', lang)).filter((l) => !l.isFallback);

export default defineSection({
  key: 'leaflets',
  order: 35,
  entries: (lang) => localizedEntries('leaflets', lang),
  describe: (entry) => {
    if (entry.collection !== 'leaflets') throw new Error(`The leaflets section cannot describe a ${entry.collection} entry`);
    return { title: entry.data.title, description: entry.data.answer };
  },
  printPages: async (lang) => (await written(lang)).flatMap((l) => ['a4', 'office'].map((paper) => ({ slug: l.slug, paper }))),
  pressKit: async (lang) =>
    (await written(lang)).flatMap((l) => [
      { path: leafletFile(l.slug, lang), folder: 'to-roi' },
      { path: leafletFile(l.slug, lang, 'low-ink'), folder: 'to-roi' },
    ]),
});
