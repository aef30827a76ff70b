// Standing for election, step by step: one page per language (/ung-cu/), made from
// content/candidacy/<lang>.yaml, and an A4 checklist of the candidacy file as a PDF.
import { getCollection } from 'astro:content';
import { defineSection } from '../types.ts';
import { checklistFile } from './page-data.ts';

/** The languages with their own content/candidacy/<lang>.yaml: each gets its checklist. */
const written = async (lang: string) => (await getCollection('candidacy')).some((e) => e.id === lang);

export default defineSection({
  key: 'candidacy',
  order: 42,
  indexed: true,
  // The checklist of every language that has its own content file.
  printPages: async (lang) => ((await written(lang)) ? [{ paper: 'a4' }] : []),
  pressKit: async (lang) => ((await written(lang)) ? [{ path: checklistFile(lang), folder: 'ung-cu' }] : []),
});
