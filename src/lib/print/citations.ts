// The short "legal basis" line printed on posters and handouts:
// "Luật Bình đẳng giới 2006: Điều 5, 6 và 11". Intl joins the list the reader's way.

export interface LawRef {
  law: string;
  article?: number | undefined;
}

export interface CitationStrings {
  /** "Điều {n}" */
  articleOne: string;
  /** "Điều {list}" */
  articleMany: string;
}

export function citeLaws(refs: readonly LawRef[], titles: ReadonlyMap<string, string>, t: CitationStrings, lang: string): string[] {
  const byLaw = new Map<string, number[]>();
  for (const r of refs) {
    const articles = byLaw.get(r.law) ?? [];
    if (r.article !== undefined && !articles.includes(r.article)) articles.push(r.article);
    byLaw.set(r.law, articles);
  }
  const list = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
  return [...byLaw].map(([law, articles]) => {
    const title = titles.get(law);
    if (!title) throw new Error(`No law "${law}" to cite`);
    if (articles.length === 0) return title;
    const sorted = articles.toSorted((a, b) => a - b);
    const words = sorted.length === 1 ? t.articleOne.replace('{n}', String(sorted[0])) : t.articleMany.replace('{list}', list.format(sorted.map(String)));
    return `${title}: ${words}`;
  });
}
