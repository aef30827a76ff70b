// Enumerates every page of the site from the sections' registry. The catch-all routes, the
// sitemap and the tests' page list all come from here, so a page cannot exist in one and not the other.
import { absoluteUrl, href, languageCodes, site } from '../../config/index.ts';
import { useTranslations } from '../../i18n/index.ts';
import { sections, sectionOf } from '../../sections/index.ts';
import { shareFormats } from '../print/files.ts';
import { pathFor, type PageRef, type RouteContext } from './routes.ts';
import { slugify } from './slug.ts';

export const routeContext: RouteContext = { languages: site.languages, slug: (lang, key) => useTranslations(lang)(`${key}.slug`) };
/** A page's site path, without the base (/luat/): its route, and its folder in dist/. */
export const sitePathOfPage = (ref: PageRef, lang: string) => pathFor(ref, lang, routeContext);
/** A page's address as links on the site write it: its site path under the base (href). What views link with. */
export const pathOf = (ref: PageRef, lang: string) => href(sitePathOfPage(ref, lang));
/** A page's absolute URL, base included: canonical and alternate links, QR codes, share links, data files. */
export const urlOf = (ref: PageRef, lang: string) => absoluteUrl(sitePathOfPage(ref, lang));

export interface SitePage {
  /** Site path, without the base. */
  path: string;
  lang: string;
  ref: PageRef;
}

function unique(pages: SitePage[]): SitePage[] {
  // An entry slug equal to a sub-page slug would silently shadow a page.
  const seen = new Set<string>();
  for (const p of pages) {
    if (seen.has(p.path)) throw new Error(`Two pages want the address ${p.path}: rename one of the entries`);
    seen.add(p.path);
  }
  return pages;
}

export async function allPages(): Promise<SitePage[]> {
  const pages: SitePage[] = [];
  for (const lang of languageCodes) {
    const add = (ref: PageRef) => pages.push({ path: sitePathOfPage(ref, lang), lang, ref });
    add({ kind: 'home' });
    for (const s of sections) add({ kind: 'section', section: s.key });
    for (const s of sections) {
      for (const item of (await s.entries?.(lang)) ?? []) add({ kind: 'entry', section: s.key, slug: item.slug });
      for (const [sub, def] of Object.entries(s.subpages ?? {})) {
        add({ kind: 'sub', section: s.key, sub });
        for (const id of (await def.items?.ids()) ?? []) add({ kind: 'sub', section: s.key, sub, slug: id });
      }
    }
  }
  return unique(pages);
}

/** Pages that exist to be printed or rendered to an image, not read: kept out of the sitemap. */
export async function renderPages(): Promise<SitePage[]> {
  const pages: SitePage[] = [];
  for (const lang of languageCodes) {
    const add = (ref: PageRef) => pages.push({ path: sitePathOfPage(ref, lang), lang, ref });
    const share = (key: string, of: PageRef) => {
      for (const format of Object.keys(shareFormats)) add({ kind: 'share', key, of, format });
    };
    for (const s of sections) {
      for (const p of (await s.printPages?.(lang)) ?? [])
        add({ kind: 'print', section: s.key, paper: p.paper, ...(p.slug === undefined ? {} : { slug: p.slug }) });
      for (const image of (await s.shareImages?.(lang)) ?? []) share(image.key, image.of);
    }
    share(homeShareKey(), { kind: 'home' });
    for (const s of sections) share(sectionShareKey(s.key), { kind: 'section', section: s.key });
  }
  return unique(pages);
}

/** Share images are named in the default language, the same in every language: `trang-chu`, `luat`. */
const homeShareKey = () => slugify(useTranslations(site.defaultLanguage)('common.home'));
const sectionShareKey = (section: string) => useTranslations(site.defaultLanguage)(`${section}.slug`);

/** Which share image a page uses: its entry's own where its section has one, else its section's. */
export async function shareKeyOf(ref: PageRef, lang: string): Promise<string> {
  if (ref.kind === 'home') return homeShareKey();
  if (ref.kind === 'share') return ref.key;
  if (ref.kind === 'entry') {
    const own = await sectionOf(ref.section).shareKeyOf?.(ref.slug, lang);
    if (own) return own;
  }
  return sectionShareKey(ref.section);
}
