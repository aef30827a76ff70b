// Enumerates every HTML page of the site. The catch-all route, the sitemap and the
// tests' page list all come from here, so a page cannot exist in one and not the other.
import { agencies, localizedEntries, sectionOf, type EntryCollection } from './content.ts';
import { pathFor, type PageRef, type RouteContext } from './routes.ts';
import { languageCodes, sectionKeys, site, ui } from './site.ts';

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
