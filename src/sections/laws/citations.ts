// Everything on the site that rests on a law: the "cited by" lists of the law pages. Any
// section whose own entries carry a `legalBasis` list takes part, without being named here.
import type { LawRef } from '../../lib/build/integrity.ts';
import { sections } from '../index.ts';

export interface Citation {
  section: string;
  slug: string;
  title: string;
  article?: number | undefined;
  clause?: number | undefined;
}

const cache = new Map<string, Promise<Map<string, Citation[]>>>();

/** Citations by law slug, in the reader's language. */
export function citations(lang: string): Promise<Map<string, Citation[]>> {
  if (!cache.has(lang)) cache.set(lang, collect(lang));
  return cache.get(lang)!;
}

async function collect(lang: string): Promise<Map<string, Citation[]>> {
  const byLaw = new Map<string, Citation[]>();
  for (const section of sections) {
    for (const { slug, entry } of (await section.entries?.(lang)) ?? []) {
      // A section that shows another section's entries (posters show messages) cites nothing of its own.
      if (entry.collection !== section.key || !section.describe) continue;
      const { title } = section.describe(entry);
      for (const ref of (entry.data as { legalBasis?: Partial<LawRef>[] }).legalBasis ?? []) {
        if (!ref.law) continue;
        if (!byLaw.has(ref.law)) byLaw.set(ref.law, []);
        byLaw.get(ref.law)!.push({ section: section.key, slug, title, article: ref.article, clause: ref.clause });
      }
    }
  }
  return byLaw;
}
