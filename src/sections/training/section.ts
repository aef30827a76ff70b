import { localizedEntries } from '../../lib/build/content.ts';
import { defineSection } from '../types.ts';

export default defineSection({
  key: 'training',
  order: 40,
  entries: (lang) => localizedEntries('training', lang),
  describe: (entry) => {
    if (entry.collection !== 'training') throw new Error(`The training section cannot describe a ${entry.collection} entry`);
    return { title: entry.data.title, description: entry.data.summary };
  },
  // An A4 handout of every module written in the language.
  printPages: async (lang) => (await localizedEntries('training', lang)).filter((m) => !m.isFallback).map((m) => ({ slug: m.slug, paper: 'a4' })),
});
