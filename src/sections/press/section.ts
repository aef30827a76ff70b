import { factSheetFile } from '../../lib/print/files.ts';
import { defineSection } from '../types.ts';

export default defineSection({
  key: 'press',
  order: 60,
  // The press room is one page, indexed for search, with an A4 fact sheet.
  indexed: true,
  printPages: async () => [{ paper: 'a4' }],
  pressKit: async (lang) => [{ path: factSheetFile(lang), folder: '' }],
});
