// Loads the site configuration (content/site.yaml) and the interface strings
// (content/ui/<lang>.yaml). Both are read synchronously so that astro.config.mjs,
// pages and scripts share one validated source of site-specific words.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { formatIssues } from './errors.ts';

/** Tests point this at a copy of content/ holding broken fixtures. */
export const contentDir = process.env.CONTENT_DIR ?? 'content';

const localized = z.object({ vi: z.string().min(1) }).catchall(z.string().min(1));

export const siteSchema = z.strictObject({
  url: z.url(),
  defaultLanguage: z.string().min(2),
  languages: z
    .array(z.strictObject({ code: z.string().min(2), label: z.string().min(1), prefix: z.string() }))
    .min(1),
  province: localized,
  siteName: localized,
  campaignName: localized,
  responsibleBody: z.strictObject({ name: localized, note: localized.optional() }),
  contacts: z.array(
    z.strictObject({
      label: localized,
      email: z.email().optional(),
      phone: z.string().optional(),
      address: localized.optional(),
    }),
  ),
  licence: z.strictObject({ id: z.string(), name: z.string(), url: z.url(), urlEn: z.url().optional() }),
  /** Share links that work without JavaScript: {url} is replaced by the page's encoded address. */
  shareLinks: z.array(z.strictObject({ label: localized, template: z.string().includes('{url}') })),
});

export const sectionKeys = ['laws', 'messages', 'posters', 'training', 'plans', 'press', 'search'] as const;
export type SectionKey = (typeof sectionKeys)[number];
export const subpageKeys = ['agencies', 'deadlines', 'glossary', 'printShops'] as const;
export type SubpageKey = (typeof subpageKeys)[number];

const section = z.strictObject({
  slug: z.string().regex(/^[a-z0-9-]+$/, 'ASCII lower case, digits and hyphens only'),
  title: z.string().min(1),
  intro: z.string().min(1),
});
const visitor = z.strictObject({ title: z.string().min(1), text: z.string().min(1) });

export const uiSchema = z.strictObject({
  skipLink: z.string(),
  mainNav: z.string(),
  searchLabel: z.string(),
  searchButton: z.string(),
  languageSwitch: z.string(),
  home: z.string(),
  breadcrumb: z.string(),
  untranslatedNotice: z.string(),
  comingSoon: z.string(),
  sources: z.string(),
  legalBasis: z.string(),
  audience: z.string(),
  responsibleBody: z.string(),
  contacts: z.string(),
  contactsPending: z.string(),
  licence: z.string(),
  licenceText: z.string(),
  publicDocuments: z.string(),
  notFoundTitle: z.string(),
  notFoundText: z.string(),
  properties: z.string(),
  number: z.string(),
  documentType: z.string(),
  issuer: z.string(),
  signer: z.string(),
  issued: z.string(),
  effective: z.string(),
  status: z.string(),
  sourceAddress: z.string(),
  articles: z.string(),
  readMore: z.string(),
  searchNoScript: z.string(),
  allPages: z.string(),
  forVisitors: z.string(),
  subpages: z.strictObject(Object.fromEntries(subpageKeys.map((k) => [k, section])) as Record<SubpageKey, typeof section>),
  sections: z.strictObject(Object.fromEntries(sectionKeys.map((k) => [k, section])) as Record<SectionKey, typeof section>),
  article: z.string(),
  clause: z.string(),
  citeThis: z.string(),
  summary: z.string(),
  objectives: z.string(),
  duration: z.string(),
  minutes: z.string(),
  sessionPlan: z.string(),
  method: z.string(),
  activity: z.string(),
  purposes: z.string(),
  requirements: z.string(),
  period: z.string(),
  targetGroups: z.string(),
  activities: z.string(),
  lead: z.string(),
  partners: z.string(),
  timing: z.string(),
  budget: z.string(),
  total: z.string(),
  responsibilities: z.string(),
  reporting: z.string(),
  due: z.string(),
  recipients: z.string(),
  changesSince: z.string(),
  asOf: z.string(),
  related: z.string(),
  documentTypes: z.record(z.enum(['constitution', 'law', 'resolution', 'decree', 'decision', 'convention', 'circular']), z.string()),
  exercises: z.string(),
  takeaways: z.string(),
  selfCheck: z.string(),
  showAnswer: z.string(),
  correctAnswer: z.string(),
  facilitatorNotes: z.string(),
  chapters: z.string(),
  downloads: z.string(),
  calendarHelp: z.string(),
  allDeadlinesCalendar: z.string(),
  planCalendar: z.string(),
  planData: z.string(),
  roleLead: z.string(),
  rolePartner: z.string(),
  roleResponsible: z.string(),
  roleReporting: z.string(),
  share: z.string(),
  plan: z.string(),
  agency: z.string(),
  matrixCaption: z.string(),
  tasksCount: z.string(),
  dataColumns: z.strictObject({ group: z.string(), activity: z.string(), lead: z.string(), partners: z.string(), timing: z.string(), budget: z.string() }),
  citedBy: z.string(),
  definedIn: z.string(),
  downloadTime: z.string().includes('{time}'),
  attribution: z.string(),
  keyFacts: z.string(),
  allDownloads: z.string(),
  manifestNote: z.string(),
  licencePublic: z.string(),
  audienceGroups: z.strictObject({ leaders: z.string(), 'women-cadres': z.string(), candidates: z.string(), communicators: z.string() }),
  searchType: z.string(),
  searchAllTypes: z.string(),
  searchLanguage: z.string(),
  searchAllLanguages: z.string(),
  searchSearching: z.string(),
  searchResultCount: z.string(),
  searchNoResults: z.string(),
  searchMore: z.string(),
  searchFailed: z.string(),
  poster: z.string(),
  qrLabel: z.string(),
  posterScan: z.string(),
  articleOne: z.string(),
  articleMany: z.string(),
  paperSize: z.string(),
  variantStandard: z.string(),
  variantCrop: z.string(),
  variantCmyk: z.string(),
  printPage: z.string(),
  posterPreviewAlt: z.string(),
  readMessage: z.string(),
  pagesOne: z.string(),
  pagesMany: z.string(),
  posterFiles: z.string(),
  shareImages: z.string(),
  shareOg: z.string(),
  shareSquare: z.string(),
  shareStory: z.string(),
  embed: z.string(),
  embedHelp: z.string(),
  embedLabel: z.string(),
  handout: z.string(),
  factSheet: z.string(),
  pressKit: z.string(),
  pressKitContents: z.string(),
  trimSize: z.string(),
  pageWithBleed: z.string(),
  safeMargin: z.string(),
  printBleedTitle: z.string(),
  printBleedText: z.string(),
  printCropTitle: z.string(),
  printCropText: z.string(),
  printColourTitle: z.string(),
  printColourText: z.string(),
  printFontsTitle: z.string(),
  printFontsText: z.string(),
  printPaperTitle: z.string(),
  printPaperText: z.string(),
  printNamesTitle: z.string(),
  printNamesText: z.string(),
  searchSectionAll: z.string().includes('{count}'),
  homeIntro: z.string(),
  homeRunBy: z.string(),
  visitors: z.strictObject({ citizens: visitor, journalists: visitor, printers: visitor }),
});

export type SiteConfig = z.infer<typeof siteSchema>;
export type UiStrings = z.infer<typeof uiSchema>;

function loadYaml<T>(file: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file}: invalid content\n${formatIssues(parsed.error.issues)}`);
  return parsed.data;
}

export function loadSite(dir = contentDir): SiteConfig {
  const file = path.join(dir, 'site.yaml');
  const site = loadYaml(file, siteSchema);
  if (!site.languages.some((l) => l.code === site.defaultLanguage)) {
    throw new Error(`${file}: defaultLanguage: "${site.defaultLanguage}" is not in languages`);
  }
  if (process.env.SITE_URL) site.url = process.env.SITE_URL;
  return site;
}

export function loadUi(lang: string, dir = contentDir): UiStrings {
  return loadYaml(path.join(dir, 'ui', `${lang}.yaml`), uiSchema);
}

export const site = loadSite();
export const ui: Record<string, UiStrings> = Object.fromEntries(site.languages.map((l) => [l.code, loadUi(l.code)]));
export const languageCodes = site.languages.map((l) => l.code);

/** A localized field in the reader's language, else the default language. */
export function pick(value: Record<string, string>, lang: string): string {
  return value[lang] ?? value[site.defaultLanguage] ?? Object.values(value)[0] ?? '';
}
