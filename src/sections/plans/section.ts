import { agencies, localizedEntries } from '../../lib/build/content.ts';
import { defineSection } from '../types.ts';
import { planFiles } from './plan-files.ts';

export default defineSection({
  key: 'plans',
  order: 50,
  entries: (lang) => localizedEntries('plans', lang),
  describe: (entry) => {
    if (entry.collection !== 'plans') throw new Error(`The plans section cannot describe a ${entry.collection} entry`);
    return { title: entry.data.title, description: entry.data.purposes[0]! };
  },
  subpages: {
    agencies: { view: 'Agencies', items: { ids: async () => (await agencies()).map((a) => a.id), view: 'Agency' } },
    deadlines: { view: 'Deadlines' },
  },
  pressKit: async (lang) => (await planFiles(lang)).map((f) => ({ path: f.path, folder: 'du-lieu' })),
});
