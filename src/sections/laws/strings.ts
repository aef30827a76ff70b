import { z } from 'astro/zod';
import { page, sectionStrings, text } from '../../i18n/schema.ts';
import { documentTypes } from './document-types.ts';

export const strings = sectionStrings({
  glossary: page, // the glossary sub-page
  articles: text, // heading of a law's articles
  article: text, // "Article" before a number
  clause: text, // "clause" before a number
  citeThis: text,
  related: text,
  chapters: text,
  citedBy: text, // heading of the pages that rest on a law
  definedIn: text, // glossary: where a term is defined
  documentTypes: z.strictObject(Object.fromEntries(documentTypes.map((k) => [k, text])) as Record<(typeof documentTypes)[number], typeof text>),
  articleOne: text.includes('{n}'), // one article cited on a poster: "Article {n}"
  articleMany: text.includes('{list}'), // several: "Articles {list}"
});
