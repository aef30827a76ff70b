import { z } from 'astro/zod';
import { page, sectionStrings, text } from '../../i18n/schema.ts';

/** The words of the report templates (DOCX), from the national motto to the signature block. */
const report = z.strictObject({
  motto: text,
  mottoLine: text,
  reporter: text, // a blank line for the reporting body's name
  placeDate: text, // a blank place and date line
  heading: text,
  subject: text.includes('{plan}').includes('{date}').includes('{issuer}'),
  notice: text.includes('{site}').includes('{plan}'), // the template is the site's model, not an official form
  instructions: text,
  addressee: text,
  preparedBy: text,
  deadlines: text,
  duties: text,
  activities: text,
  number: text, // the column of row numbers
  activity: text,
  result: text, // the column to fill in
  difficulties: text,
  proposals: text,
  signPreparer: text,
  signHead: text,
  signNote: text,
  source: text,
  madeBy: text.includes('{site}').includes('{url}').includes('{licence}'),
});

export const strings = sectionStrings({
  calendar: page, // the campaign calendar sub-page
  reports: page, // the report templates sub-page
  seeAlso: text,
  when: text,
  what: text,
  ideas: text,
  messages: text,
  poster: text, // after a message's name: the link to its poster
  training: text,
  feed: text, // the calendar file, as a download
  feedHelp: text,
  planDates: text,
  planDatesText: text, // followed by a link to the deadlines page
  template: text, // a report template, as a download
  templateOf: text.includes('{plan}'), // its name in /downloads.json
  planPage: text,
  report,
});
