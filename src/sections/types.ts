// What a section is: one folder, src/sections/<key>/, holding
//   section.ts     this definition (default export): its place, entries, sub-pages, print pages;
//   strings.ts     the keys of its namespace in content/ui/<lang>.yaml (a zod schema, `strings`);
//   collection.ts  the content collections it shows (optional, `collections`);
//   checks.ts      integrity checks across collections (optional, `checks`);
//   *.astro        its views: Index (the section page), Entry (an entry's page), Print (a page
//                  to print), and one per sub-page, named below.
// src/sections/index.ts reads every folder, so adding one needs no change elsewhere.
import type { AnyEntry, Localized } from '../lib/build/content.ts';
import type { PageRef } from '../lib/build/routes.ts';

export interface Subpage {
  /** The view of the sub-page, a file of the section's folder without `.astro`. */
  view: string;
  /** One page per item (e.g. an agency), with this view. */
  items?: { ids: () => Promise<string[]>; view: string };
}

export interface SectionDef {
  /** The section's key: its folder's name and its namespace in content/ui/<lang>.yaml. */
  key: string;
  /** Place in the menu and in every list of sections, smallest first. */
  order: number;
  /** The entries that get a page each, in the reader's language (none: a page-only section). */
  entries?: (lang: string) => Promise<Localized<AnyEntry>[]>;
  /** The heading and one-line description of an entry, for lists, titles and meta tags. */
  describe?: (entry: AnyEntry) => { title: string; description: string };
  /** Views, when not the default names (Index, Entry): a view's name also names its script files. */
  views?: { index?: string; entry?: string };
  /** Pages under the section that are not entries, by key: their strings are `<key>.<sub>.slug/title/intro`. */
  subpages?: Record<string, Subpage>;
  /** Pages made to be printed (view Print), per language. */
  printPages?: (lang: string) => Promise<{ slug?: string; paper: string }[]>;
  /** Share images of the section's own (beyond the section's), each with the page it stands for. */
  shareImages?: (lang: string) => Promise<{ key: string; of: PageRef }[]>;
  /** Which share image an entry's pages use, if not the section's. */
  shareKeyOf?: (slug: string, lang: string) => Promise<string | undefined>;
  /** Files of the section's that go into the press kit of a language, and the kit's folder for them. */
  pressKit?: (lang: string) => Promise<{ path: string; folder: string }[]>;
  /**
   * Search: pages of the section that are not entries are indexed (its own page, as the press
   * room's, or sub-pages, as the campaign calendar), so the search page offers it as a type.
   */
  indexed?: boolean;
  /** The search page lists the section's entries in its index without JavaScript (not when they repeat another section's, as posters do the messages'). */
  listed?: boolean;
  /** The search page: the header's search form leads to it, and it is not a type of page to search for. */
  isSearchPage?: boolean;
}

export const defineSection = (def: SectionDef): SectionDef => def;
