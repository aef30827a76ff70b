// What the tests know about the site comes from the built output and the content
// config, so they follow the content instead of hard-coding it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export const root = path.resolve(import.meta.dirname, '../..');
export const dist = path.join(root, 'dist');

interface Ui {
  sections: Record<string, { slug: string; title: string }>;
  subpages: Record<string, { slug: string; title: string }>;
  untranslatedNotice: string;
  searchNoResults: string;
  searchNoScript: string;
}
interface Site {
  url: string;
  defaultLanguage: string;
  languages: { code: string; prefix: string }[];
  responsibleBody: { name: Record<string, string> };
}

export const site: Site = parse(readFileSync(path.join(root, 'content/site.yaml'), 'utf8'));
type Page = { slug: string; title: string };
const isPage = (v: unknown): v is Page => typeof v === 'object' && v !== null && typeof (v as Page).slug === 'string';
/** content/ui/<lang>.yaml as the tests use it: sections (namespaces with a slug) and their sub-pages. */
function readUi(lang: string): Ui {
  const raw = parse(readFileSync(path.join(root, `content/ui/${lang}.yaml`), 'utf8')) as Record<string, Record<string, unknown>>;
  const sections: Record<string, Page> = {};
  const subpages: Record<string, Page> = {};
  for (const [key, ns] of Object.entries(raw)) {
    if (!isPage(ns)) continue;
    sections[key] = ns;
    for (const [sub, v] of Object.entries(ns)) if (isPage(v)) subpages[sub] = v;
  }
  const text = (ns: string, key: string) => String(raw[ns]![key]);
  return {
    sections,
    subpages,
    untranslatedNotice: text('common', 'untranslatedNotice'),
    searchNoResults: text('search', 'noResults'),
    searchNoScript: text('search', 'noScript'),
  };
}
export const ui: Record<string, Ui> = Object.fromEntries(site.languages.map((l) => [l.code, readUi(l.code)]));
export const languages = site.languages.map((l) => l.code);
export const prefix = (lang: string) => {
  const p = site.languages.find((l) => l.code === lang)!.prefix;
  return p ? `/${p}/` : '/';
};

/** Every page path the sitemap lists. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(path.join(dist, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

export function langOfPath(p: string): string {
  const other = site.languages.find((l) => l.prefix && p.startsWith(`/${l.prefix}/`));
  return other?.code ?? site.defaultLanguage;
}

export const entryCollections: Record<string, string> = { laws: 'laws', messages: 'messages', leaflets: 'leaflets', training: 'training', plans: 'plans' };

export function hasTranslation(collection: string, lang: string, slug: string): boolean {
  return ['mdx', 'md'].some((ext) => existsSync(path.join(root, 'content', collection, lang, `${slug}.${ext}`)));
}

/** The home page and the section index pages of every language: the pages with the smallest budget. */
/**
 * Sections whose own page is a document to read rather than a way in to other pages (the steps of
 * standing for election): they have an ordinary page's budget.
 */
const documentSections = new Set(['candidacy']);

export function indexPaths(): string[] {
  return languages.flatMap((lang) => [
    prefix(lang),
    ...Object.entries(ui[lang]!.sections)
      .filter(([key]) => !documentSections.has(key))
      .map(([, s]) => `${prefix(lang)}${s.slug}/`),
  ]);
}

/** The search page of every language: the only pages that may load JavaScript. */
export function searchPaths(): string[] {
  return languages.map((lang) => `${prefix(lang)}${ui[lang]!.sections.search!.slug}/`);
}
