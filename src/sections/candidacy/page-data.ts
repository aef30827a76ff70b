// The steps page's content in the reader's language (the default language's where there is no
// translation), after the content's integrity checks, and the helpers its views share.
import { getEntry, type CollectionEntry } from 'astro:content';
import { site } from '../../config/index.ts';
import { ensureIntegrity } from '../../lib/build/content.ts';
import { DOWNLOADS } from '../../lib/print/files.ts';
import { pathOf } from '../../lib/build/pages.ts';
import { articleAnchor } from '../../lib/build/slug.ts';
import type { Translator } from '../../i18n/index.ts';

export type CandidacyEntry = CollectionEntry<'candidacy'>;
export type Basis = CandidacyEntry['data']['steps'][number]['basis'][number];

/** The page's content, or null where the content folder has none (the page then says so). */
export async function candidacyPage(lang: string): Promise<{ entry: CandidacyEntry; lang: string; isFallback: boolean } | null> {
  await ensureIntegrity();
  const own = await getEntry('candidacy', lang);
  const entry = own ?? (await getEntry('candidacy', site.defaultLanguage));
  return entry ? { entry, lang: own ? lang : site.defaultLanguage, isFallback: !own } : null;
}

/** The A4 checklist of the candidacy file, as the print pipeline makes it. */
export const checklistFile = (lang: string) => `${DOWNLOADS}ho-so-ung-cu-a4-${lang}.pdf`;

/** Where a legal reference leads (the law's page, at the article or clause when it lists them) and what it says. */
export function basisLink(ref: Basis, lang: string, t: Translator, titles: ReadonlyMap<string, string>): { href: string; text: string } {
  const title = titles.get(ref.law);
  if (!title) throw new Error(`No law "${ref.law}" to cite`);
  const href =
    pathOf({ kind: 'entry', section: 'laws', slug: ref.law }, lang) + (ref.article === undefined ? '' : `#${articleAnchor(ref.article, ref.clause)}`);
  const where =
    ref.article !== undefined ? `${t('laws.article')} ${ref.article}${ref.clause !== undefined ? `, ${t('laws.clause')} ${ref.clause}` : ''}` : ref.provision;
  return { href, text: where ? `${where} – ${title}` : title };
}
