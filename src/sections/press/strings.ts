import { sectionStrings, text } from '../../i18n/schema.ts';

export const strings = sectionStrings({
  attribution: text,
  keyFacts: text,
  allDownloads: text,
  manifestNote: text,
  licencePublic: text,
  factSheet: text,
  pressKit: text,
  pressKitContents: text,
  kitReadme: text, // the name of the text file that opens the press kit
  pictures: text, // heading of the pictures' downloads
  picturesNote: text,
  scriptsNote: text,
  kitPrintNote: text.includes('{pdfx}').includes('{condition}').includes('{ink}').includes('{page}').includes('{manifest}'),
});
