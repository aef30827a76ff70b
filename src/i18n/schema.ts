// What content/ui/<lang>.yaml holds: "common" and "home" here, one namespace per section in
// src/sections/<key>/strings.ts. Each key says what it is for, so a translator knows where it shows.
import { z } from 'astro/zod';

export const text = z.string().min(1);
/** A string chosen by a count, with Intl.PluralRules categories: `{ one: "{count} page", other: "{count} pages" }`. */
export const plural = z.strictObject({
  zero: text.optional(),
  one: text.optional(),
  two: text.optional(),
  few: text.optional(),
  many: text.optional(),
  other: text,
});
/** A page's address segment, heading and introduction. */
export const pageStrings = { slug: z.string().regex(/^[a-z0-9-]+$/, 'ASCII lower case, digits and hyphens only'), title: text, intro: text };
export const page = z.strictObject(pageStrings);

/** A section's namespace: its own page's strings plus the keys it declares. */
export const sectionStrings = <S extends z.ZodRawShape>(shape: S) => z.strictObject({ ...pageStrings, ...shape });

export const common = z.strictObject({
  skipLink: text, // the "skip to content" link, first on every page
  menu: text, // the button that opens the main menu on a phone
  mainNav: text, // the accessible name of the main menu
  searchLabel: text, // the header search field's visible label
  searchButton: text,
  languageSwitch: text, // the accessible name of the language menu
  home: text, // the home page in breadcrumbs and links
  breadcrumb: text, // the accessible name of the breadcrumbs
  untranslatedNotice: text, // shown above an entry that has no translation yet
  comingSoon: text, // a section with no entries yet
  sources: text,
  legalBasis: text,
  audience: text,
  responsibleBody: text,
  contacts: text,
  contactsPending: text,
  licence: text,
  licenceText: text, // followed by the licence's name
  publicDocuments: text,
  notFoundTitle: text,
  notFoundText: text,
  properties: text, // heading of a document's number, issuer, dates
  number: text,
  documentType: text,
  issuer: text,
  signer: text,
  issued: text,
  effective: text,
  status: text,
  sourceAddress: text,
  checked: text, // before the date a source was last checked: "checked on"
  readMore: text,
  summary: text,
  downloads: text,
  downloadTime: text.includes('{time}'), // after a file's size: "about {time} on a slow mobile connection"
  pages: plural, // a PDF's page count: {count}
  qrLabel: text.includes('{url}'), // accessible name of a printed QR code
  shareImages: text,
  shareOg: text,
  shareSquare: text,
  shareStory: text,
  embed: text,
  embedHelp: text,
  embedLabel: text,
});

const audience = z.strictObject({ title: text, text });
export const home = z.strictObject({
  intro: text,
  mainMessage: text, // the label above the campaign's main message
  readMessage: text, // the main message's link to its page
  posterFiles: text, // the main message's link to its poster files
  keyFigure: text, // heading of the figure that matters (the message named in site.yaml home.keyFigure)
  keyFigureLaw: text, // before the law clause the figure is quoted from: "In the words of"
  standing: text.includes('{date}'), // heading of where the plans stand, as of the content's date
  planEnded: text.includes('{date}'), // a plan whose last day is past: "ended on {date}"
  planRunning: text.includes('{date}'), // a plan still running: "runs until {date}"
  planUnknown: text, // a plan without a last day
  openDeadlines: plural, // the deadlines not yet past, {count}
  noOpenDeadlines: text, // when every deadline of every plan is past
  forVisitors: text, // heading of the ways in by audience
  /** One per audience named in content/site.yaml home.audiences (the build checks that each has its words). */
  audiences: z.record(z.string(), audience),
});

/** The whole file: common, home and the namespaces of the sections given. */
export const uiSchema = (sections: Record<string, z.ZodType>) => z.strictObject({ common, home, ...sections });
