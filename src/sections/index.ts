// The registry of sections, in their order: what routes, the menu, search types, the print pages,
// the share images and the sitemap read. Every folder src/sections/<key>/ with a section.ts is one.
import type { SectionDef } from './types.ts';

const modules = import.meta.glob<{ default: SectionDef }>('./*/section.ts', { eager: true });

export const sections: readonly SectionDef[] = Object.entries(modules)
  .map(([file, m]) => {
    const folder = file.split('/')[1];
    if (m.default.key !== folder) throw new Error(`src/sections/${folder}/section.ts: key "${m.default.key}" should be the folder's name, "${folder}"`);
    return m.default;
  })
  .sort((a, b) => a.order - b.order || a.key.localeCompare(b.key));

export const sectionKeys = sections.map((s) => s.key);

export function sectionOf(key: string): SectionDef {
  const section = sections.find((s) => s.key === key);
  if (!section) throw new Error(`No section "${key}" (no src/sections/${key}/section.ts)`);
  return section;
}

/** The entries of a section in a language, or none for a page-only section. */
export const entriesOf = (key: string, lang: string) => sectionOf(key).entries?.(lang) ?? Promise.resolve([]);

/** An entry's title and description, as its section describes it. */
export function describe(key: string, entry: Parameters<NonNullable<SectionDef['describe']>>[0]) {
  const d = sectionOf(key).describe;
  if (!d) throw new Error(`Section "${key}" has entries but no describe()`);
  return d(entry);
}

/** One entry of a section in a language (its translation, else the original). */
export async function entryOf(key: string, lang: string, slug: string) {
  const item = (await entriesOf(key, lang)).find((i) => i.slug === slug);
  if (!item) throw new Error(`Section "${key}" has no entry "${slug}"`);
  return item;
}

/** The section that is the search page, if the site has one. */
export const searchSection = () => sections.find((s) => s.isSearchPage);
