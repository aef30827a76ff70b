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
});
