// Every URL on the site comes from here, so the language switch, the sitemap and the links
// inside pages agree. The default language sits at the root, others under their prefix (e.g.
// /en/), and slugs come from content/ui/<lang>.yaml (`<section>.slug`, `<section>.<sub>.slug`).
import type { Language } from '../../config/schema.ts';

export type PageRef =
  | { kind: 'home' }
  | { kind: 'section'; section: string }
  | { kind: 'entry'; section: string; slug: string }
  /** A page of a section that is not an entry, e.g. /ke-hoach/co-quan/ or /ke-hoach/co-quan/<id>/. */
  | { kind: 'sub'; section: string; sub: string; slug?: string }
  /** A print page (poster, handout, fact sheet) of one paper size, e.g. /in/vi/ap-phich/<slug>/a2/. */
  | { kind: 'print'; section: string; slug?: string; paper: string }
  /** The page a share image is made from; removed from the site once rendered. */
  | { kind: 'share'; key: string; of: PageRef; format: string };

export interface RouteContext {
  languages: readonly Pick<Language, 'code' | 'label' | 'prefix'>[];
  /** The slug of a section (`laws`) or a sub-page (`plans.agencies`) in a language. */
  slug(lang: string, key: string): string;
}

export function prefixFor(lang: string, ctx: RouteContext): string {
  const language = ctx.languages.find((l) => l.code === lang);
  if (!language) throw new Error(`Unknown language "${lang}"`);
  return language.prefix ? `/${language.prefix}/` : '/';
}

export function pathFor(ref: PageRef, lang: string, ctx: RouteContext): string {
  const prefix = prefixFor(lang, ctx);
  if (ref.kind === 'home') return prefix;
  // Pages made for printing and rendering live apart, under /in/<lang>/, so that their route
  // (src/pages/in/[...path].astro) and its print styles stay out of the site's pages.
  if (ref.kind === 'share') return `/in/${lang}/chia-se/${ref.key}/${ref.format}/`;
  const sectionSlug = ctx.slug(lang, ref.section);
  const section = `${prefix}${sectionSlug}/`;
  if (ref.kind === 'section') return section;
  if (ref.kind === 'entry') return `${section}${ref.slug}/`;
  if (ref.kind === 'print') return `/in/${lang}/${sectionSlug}/${ref.slug === undefined ? '' : `${ref.slug}/`}${ref.paper}/`;
  const sub = `${section}${ctx.slug(lang, `${ref.section}.${ref.sub}`)}/`;
  return ref.slug === undefined ? sub : `${sub}${ref.slug}/`;
}

/** The same page in every language: what the language switch and hreflang links use. */
export function alternates(ref: PageRef, ctx: RouteContext): { lang: string; label: string; path: string }[] {
  return ctx.languages.map((l) => ({ lang: l.code, label: l.label, path: pathFor(ref, l.code, ctx) }));
}

/** `/luat/` → `luat`, the form Astro's rest parameter takes (undefined for the root). */
export function toParam(path: string): string | undefined {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? undefined : trimmed;
}
