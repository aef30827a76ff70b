import { z } from 'astro/zod';
import { page, sectionStrings, text } from '../../i18n/schema.ts';

export const strings = sectionStrings({
  printShops: page, // the print-shop guide
  poster: text,
  posterScan: text, // under the QR code on a poster
  paperSize: text,
  sizeColumn: text, // the short heading of the paper sizes in a poster's table of files
  variantStandard: text,
  variantCrop: text,
  variantCmyk: text,
  variantCmykCrop: text,
  lowInk: text, // the office-printer version's link
  lowInkHelp: text,
  printPage: text,
  posterPreviewAlt: text.includes('{headline}'),
  readMessage: text,
  posterFiles: text,
  viewLarge: text, // under a poster's preview, which opens the largest image
  filesHelp: text, // above the gallery: what the tables of files offer
  trimSize: text,
  pageWithBleed: text,
  safeMargin: text,
  printBleedTitle: text,
  printBleedText: text,
  printCropTitle: text,
  printCropText: text,
  printFilesTitle: text, // heading of the list of file kinds
  printFile: z.strictObject({ standard: text, crop: text, cmyk: text, 'cmyk-crop': text }), // each kind: colour, PDF/X, condition, ink, black
  printColourTitle: text,
  printColourText: text,
  printFontsTitle: text,
  printFontsText: text,
  printPaperTitle: text,
  printPaperText: text,
  printNamesTitle: text,
  printNamesText: text.includes('{example}'),
});
