// Links the first use of each defined term on a page to its glossary entry, in the
// built HTML, so that terms are linked wherever they are used (prose, tables, lists),
// not only in MDX bodies. Single-word terms ("Giới", "Sex") are too common to link.
import type { Element, ElementContent, Root } from 'hast';

export interface LinkTerm {
  term: string;
  href: string;
}

const SKIP = new Set([
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'script',
  'style',
  'code',
  'pre',
  'summary',
  'button',
  'label',
  'textarea',
  'select',
  'dt',
  'title',
  'svg',
]);
const letter = /[\p{L}\p{M}\p{N}]/u;

export const isLinkable = (term: string) => term.trim().split(/\s+/).length >= 2;

/** The first whole-word, case-insensitive occurrence of any term in text. */
export function findFirst(text: string, terms: readonly LinkTerm[]): { index: number; length: number; term: LinkTerm } | null {
  // Unicode's default lower-casing: the same for every language the site has (only Turkish,
  // Azeri and Lithuanian differ), and the same on every machine.
  const lower = text.toLowerCase();
  let best: { index: number; length: number; term: LinkTerm } | null = null;
  for (const term of terms) {
    const needle = term.term.toLowerCase();
    let from = 0;
    while (from <= lower.length) {
      const i = lower.indexOf(needle, from);
      if (i < 0) break;
      const before = i === 0 ? '' : text[i - 1]!;
      const after = text[i + needle.length] ?? '';
      if (!letter.test(before) && !letter.test(after)) {
        if (!best || i < best.index || (i === best.index && needle.length > best.length)) best = { index: i, length: needle.length, term };
        break;
      }
      from = i + 1;
    }
  }
  return best;
}

/**
 * Walks `main`, linking each term's first use. `termsFor` gives the terms of the text's
 * language (the nearest `lang` attribute). Returns how many links were added.
 */
export function linkFirstUses(tree: Root, termsFor: (lang: string) => LinkTerm[], pageLang: string): number {
  const used = new Set<string>();
  let added = 0;

  const visit = (node: Element, lang: string) => {
    const own = node.properties?.lang;
    const here = typeof own === 'string' ? own : lang;
    const out: ElementContent[] = [];
    for (const child of node.children) {
      if (child.type === 'element') {
        if (!SKIP.has(child.tagName) && child.properties?.dataNoGlossary === undefined) visit(child, here);
        out.push(child);
      } else if (child.type === 'text') {
        let rest = child.value;
        for (;;) {
          const open = termsFor(here).filter((t) => !used.has(`${here}:${t.href}`) && isLinkable(t.term));
          const hit = open.length ? findFirst(rest, open) : null;
          if (!hit) break;
          if (hit.index > 0) out.push({ type: 'text', value: rest.slice(0, hit.index) });
          out.push({
            type: 'element',
            tagName: 'a',
            properties: { href: hit.term.href, className: ['term'] },
            children: [{ type: 'text', value: rest.slice(hit.index, hit.index + hit.length) }],
          });
          used.add(`${here}:${hit.term.href}`);
          added++;
          rest = rest.slice(hit.index + hit.length);
        }
        if (rest) out.push({ type: 'text', value: rest });
      } else out.push(child);
    }
    node.children = out;
  };

  const find = (node: Root | Element): Element | undefined => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'main') return child;
      const inner = find(child);
      if (inner) return inner;
    }
    return undefined;
  };
  const main = find(tree);
  if (main && main.properties?.dataNoGlossary === undefined) visit(main, pageLang);
  return added;
}
