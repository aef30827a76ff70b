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
});
