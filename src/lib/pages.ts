// Enumerates every HTML page of the site. The catch-all route, the sitemap and the
// tests' page list all come from here, so a page cannot exist in one and not the other.
import { agencies, localizedEntries, sectionOf, type EntryCollection } from './content.ts';
import { pathFor, type PageRef, type RouteContext } from './routes.ts';
import { languageCodes, sectionKeys, site, ui, type SectionKey } from './site.ts';
import { posterSizes } from './print/paper.ts';
import { shareFormats, type ShareFormat } from './print/files.ts';

export const routeContext: RouteContext = { site, ui };
export const pathOf = (ref: PageRef, lang: string) => pathFor(ref, lang, routeContext);

export interface SitePage {
  path: string;
  lang: string;
  ref: PageRef;
}

const entryCollections: EntryCollection[] = ['laws', 'messages', 'training', 'plans'];

export async function allPages(): Promise<SitePage[]> {
  const pages: SitePage[] = [];
  for (const lang of languageCodes) {
    const add = (ref: PageRef) => pages.push({ path: pathOf(ref, lang), lang, ref });
    add({ kind: 'home' });
    for (const section of sectionKeys) add({ kind: 'section', section });
    for (const collection of entryCollections) {
      for (const item of await localizedEntries(collection, lang)) {
        add({ kind: 'entry', section: sectionOf[collection], slug: item.slug });
      }
    }
    // Every message that has its own text in this language has a poster page.
    for (const item of await localizedEntries('messages', lang)) {
      if (!item.isFallback) add({ kind: 'entry', section: 'posters', slug: item.slug });
    }
    add({ kind: 'sub', section: 'posters', sub: 'printShops' });
    add({ kind: 'sub', section: 'laws', sub: 'glossary' });
    add({ kind: 'sub', section: 'plans', sub: 'agencies' });
    for (const agency of await agencies()) add({ kind: 'sub', section: 'plans', sub: 'agencies', slug: agency.id });
    add({ kind: 'sub', section: 'plans', sub: 'deadlines' });
  }
  // An entry slug equal to a sub-page slug would silently shadow a page.
  const seen = new Set<string>();
  for (const p of pages) {
    if (seen.has(p.path)) throw new Error(`Two pages want the address ${p.path}: rename one of the entries`);
    seen.add(p.path);
  }
  return pages;
}

/** Pages that exist to be printed or rendered to an image, not read: kept out of the sitemap. */
export async function renderPages(): Promise<SitePage[]> {
  const pages: SitePage[] = [];
  for (const lang of languageCodes) {
    const add = (ref: PageRef) => pages.push({ path: pathOf(ref, lang), lang, ref });
    for (const item of await localizedEntries('messages', lang)) {
      if (item.isFallback) continue;
      for (const paper of posterSizes) add({ kind: 'print', section: 'posters', slug: item.slug, paper });
      for (const format of Object.keys(shareFormats)) add({ kind: 'share', key: messageShareKey(item.slug), format });
    }
    for (const item of await localizedEntries('training', lang)) {
      if (!item.isFallback) add({ kind: 'print', section: 'training', slug: item.slug, paper: 'a4' });
    }
    add({ kind: 'print', section: 'press', paper: 'a4' });
    for (const key of [homeShareKey, ...sectionKeys.map(sectionShareKey)]) {
      for (const format of Object.keys(shareFormats)) add({ kind: 'share', key, format });
    }
  }
  return pages;
}

const homeShareKey = 'trang-chu';
const messageShareKey = (slug: string) => `thong-diep-${slug}`;
/** Language-independent: the Vietnamese slug of the section. */
const sectionShareKey = (section: SectionKey) => ui[site.defaultLanguage]!.sections[section].slug;

/** Which share image a page uses: its message's for messages and posters, else its section's. */
export function shareKeyOf(ref: PageRef): string {
  if (ref.kind === 'home') return homeShareKey;
  if (ref.kind === 'share') return ref.key;
  if (ref.kind === 'entry' && (ref.section === 'messages' || ref.section === 'posters')) return messageShareKey(ref.slug);
  return sectionShareKey(ref.section);
}

export type { ShareFormat };
