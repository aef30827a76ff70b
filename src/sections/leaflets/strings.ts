import { z } from 'astro/zod';
import { sectionStrings, text } from '../../i18n/schema.ts';

export const strings = sectionStrings({
  leaflet: text, // one leaflet, as a type of file
  files: text, // heading of a leaflet's downloads
  filesHelp: text, // how to print and fold
  variant: z.strictObject({ standard: text, crop: text, cmyk: text, 'cmyk-crop': text, 'low-ink': text }),
  ask: text, // the back panel, on the page
  related: text, // the related messages
  scan: text, // under the QR code
  preview: text.includes('{title}'), // the preview's alternative text
});
