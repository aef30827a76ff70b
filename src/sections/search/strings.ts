import { z } from 'astro/zod';
import { sectionStrings, text } from '../../i18n/schema.ts';

export const strings = sectionStrings({
  noScript: text, // shown without JavaScript, above the index of pages
  allPages: text,
  type: text, // the filter by type of page
  allTypes: text,
  language: text, // the filter by language
  allLanguages: text,
  searching: text,
  resultCount: text.includes('{query}').includes('{count}'),
  noResults: text.includes('{query}'),
  more: text,
  failed: text,
  sectionAll: text.includes('{count}'),
  // A result's type of page in a word or two, by the key of its section (laws) or sub-page
  // (agencies); a key left out is named by that section's or sub-page's title.
  types: z.record(z.string(), text).optional(),
});
