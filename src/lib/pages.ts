// Enumerates every HTML page of the site. The catch-all route, the sitemap and the
// tests' page list all come from here, so a page cannot exist in one and not the other.
import { agencies, localizedEntries, posterMessages, sectionEntries } from './content.ts';
import { pathFor, type PageRef, type RouteContext } from './routes.ts';
import { languageCodes, sectionKeys, site, ui } from './site.ts';
import { posterSizes } from './print/paper.ts';
import { shareFormats } from './print/files.ts';

export const routeContext: RouteContext = { site, ui };
export const pathOf = (ref: PageRef, lang: string) => pathFor(ref, lang, routeContext);

export interface SitePage {
  path: string;
  lang: string;
  ref: PageRef;
}

export async function allPages(): Promise<SitePage[]> {
  const pages: SitePage[] = [];
  for (const lang of languageCodes) {
    const add = (ref: PageRef) => pages.push({ path: pathOf(ref, lang), lang, ref });
    add({ kind: 'home' });
    for (const section of sectionKeys) add({ kind: 'section', section });
    for (const section of sectionKeys) {
      for (const item of await sectionEntries(section, lang)) add({ kind: 'entry', section, slug: item.slug });
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
    const share = (of: PageRef) => {
      for (const format of Object.keys(shareFormats)) add({ kind: 'share', key: shareKeyOf(of), of, format });
    };
    for (const item of await posterMessages(lang)) {
      for (const paper of posterSizes) add({ kind: 'print', section: 'posters', slug: item.slug, paper });
      share({ kind: 'entry', section: 'messages', slug: item.slug });
    }
    for (const item of await localizedEntries('training', lang)) {
      if (!item.isFallback) add({ kind: 'print', section: 'training', slug: item.slug, paper: 'a4' });
    }
    add({ kind: 'print', section: 'press', paper: 'a4' });
    share({ kind: 'home' });
    for (const section of sectionKeys) share({ kind: 'section', section });
  }
  return pages;
}

/**
 * Which share image a page uses: its message's for messages and their posters, else its
 * section's (named by the section's Vietnamese slug, the same in every language).
 */
export function shareKeyOf(ref: PageRef): string {
  if (ref.kind === 'home') return 'trang-chu';
  if (ref.kind === 'share') return ref.key;
  if (ref.kind === 'entry' && (ref.section === 'messages' || ref.section === 'posters')) return `thong-diep-${ref.slug}`;
  return ui[site.defaultLanguage]!.sections[ref.section].slug;
}
