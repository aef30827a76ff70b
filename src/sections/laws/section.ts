import { localizedEntries } from '../../lib/build/content.ts';
import { defineSection } from '../types.ts';

export default defineSection({
  key: 'laws',
  order: 10,
  entries: (lang) => localizedEntries('laws', lang),
  describe: (entry) => {
    if (entry.collection !== 'laws') throw new Error(`The laws section cannot describe a ${entry.collection} entry`);
    return { title: entry.data.title, description: entry.data.summary };
  },
  subpages: { glossary: { view: 'Glossary' } },
  // The glossary as data (src/pages/data/thuat-ngu-[lang].json.ts).
  pressKit: async (lang) => [{ path: `/data/thuat-ngu-${lang}.json`, folder: 'du-lieu' }],
});
