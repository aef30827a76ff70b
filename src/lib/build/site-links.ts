// Links that content/site.yaml makes (the home page's ways in by audience): each leads to a section,
// one of its sub-pages or one of its entries, found in the sections' registry, and is named by that
// page's own title. A link to nothing fails the build, naming the field.
import type { SiteLink } from '../../config/schema.ts';
import { useTranslations } from '../../i18n/index.ts';
import { describe, entriesOf, sections } from '../../sections/index.ts';
import { pathOf } from './pages.ts';

export interface ResolvedLink {
  href: string;
  label: string;
  /** The label's language, when the entry is shown in its original for want of a translation. */
  lang?: string | undefined;
}

export async function resolveLink(link: SiteLink, lang: string, field: string): Promise<ResolvedLink> {
  const fail = (text: string) => new Error(`content/site.yaml ${field}: ${text}`);
  const section = sections.find((s) => s.key === link.section);
  if (!section) throw fail(`no section "${link.section}" (the sections are ${sections.map((s) => s.key).join(', ')})`);
  const t = useTranslations(lang);
  const hash = link.fragment ? `#${link.fragment}` : '';
  if (link.sub) {
    if (!section.subpages?.[link.sub])
      throw fail(`section "${section.key}" has no sub-page "${link.sub}" (it has: ${Object.keys(section.subpages ?? {}).join(', ') || 'none'})`);
    return { href: pathOf({ kind: 'sub', section: section.key, sub: link.sub }, lang) + hash, label: t(`${section.key}.${link.sub}.title`) };
  }
  if (link.entry) {
    const item = (await entriesOf(section.key, lang)).find((i) => i.slug === link.entry);
    if (!item) throw fail(`section "${section.key}" has no entry "${link.entry}"`);
    return {
      href: pathOf({ kind: 'entry', section: section.key, slug: item.slug }, lang) + hash,
      label: describe(section.key, item.entry).title,
      lang: item.isFallback ? item.lang : undefined,
    };
  }
  return { href: pathOf({ kind: 'section', section: section.key }, lang) + hash, label: t(`${section.key}.title`) };
}
