import { z } from 'astro/zod';
import { sectionStrings, text } from '../../i18n/schema.ts';

export const strings = sectionStrings({
  easyRead: text, // the heading of the easy-read version
  script: z.strictObject({
    title: text,
    intro: text,
    readingTime: text.includes('{duration}').includes('{count}').includes('{rate}'),
    sheet: text, // the A4 sheet's link
    sheetTitle: text, // the A4 sheet's heading
    source: text,
  }),
  audio: z.strictObject({ title: text, readBy: text.includes('{name}').includes('{duration}'), file: text }),
});
