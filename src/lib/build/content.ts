// The one place pages read content from. It runs the sections' integrity checks once per build,
// groups translations by slug, and chooses the fallback for untranslated pages.
import { getCollection, type CollectionEntry } from 'astro:content';
import { contentDir, languageCodes, pick, site } from '../../config/index.ts';
import { ContentError } from './errors.ts';
import { slugify } from './slug.ts';
import { checkIntegrity, formatProblem, langOf, slugOf, type Check, type ContentSet } from './integrity.ts';

export type EntryCollection = 'laws' | 'messages' | 'leaflets' | 'training' | 'plans';
export type AnyEntry = CollectionEntry<EntryCollection>;

const checkModules = import.meta.glob<{ checks: Check[]; reads: string[] }>('../../sections/*/checks.ts', { eager: true });

let checked: Promise<void> | undefined;

/** Fails the build, naming file and field, when content points at something that is not there. */
export function ensureIntegrity(): Promise<void> {
  checked ??= (async () => {
    const content: ContentSet = {};
    const modules = Object.values(checkModules);
    for (const name of new Set(['laws', ...modules.flatMap((m) => m.reads)])) content[name] = await getCollection(name as EntryCollection);
    const problems = checkIntegrity(
      content,
      languageCodes,
      modules.flatMap((m) => m.checks),
      site.defaultLanguage,
    );
    // The content check (src/integrations/content-check.ts) stops the build first; this guards the pages all the same.
    if (problems.length) throw new ContentError(problems.map(formatProblem));
  })();
  return checked;
}

export interface Localized<E> {
  slug: string;
  /** The entry to show: the reader's language if translated, else the original. */
  entry: E;
  /** The language of the entry shown. */
  lang: string;
  /** True when the reader's language has no translation and the original is shown. */
  isFallback: boolean;
}

const localizedCache = new Map<string, Promise<Localized<AnyEntry>[]>>();

/** One item per slug in the reader's language, falling back to the default language. */
export function localizedEntries<C extends EntryCollection>(collection: C, lang: string): Promise<Localized<CollectionEntry<C>>[]> {
  // Every page asks (the layout, lists, the search page): group the collection once per language.
  const key = `${collection} ${lang}`;
  if (!localizedCache.has(key)) localizedCache.set(key, groupEntries(collection, lang));
  return localizedCache.get(key)! as Promise<Localized<CollectionEntry<C>>[]>;
}

/** The messages that have posters (and share images) in a language: those written in it. */
export async function posterMessages(lang: string): Promise<Localized<CollectionEntry<'messages'>>[]> {
  return (await localizedEntries('messages', lang)).filter((m) => !m.isFallback);
}

async function groupEntries<C extends EntryCollection>(collection: C, lang: string): Promise<Localized<CollectionEntry<C>>[]> {
  await ensureIntegrity();
  const all = (await getCollection(collection)) as CollectionEntry<C>[];
  const bySlug = new Map<string, Map<string, CollectionEntry<C>>>();
  for (const entry of all) {
    const slug = slugOf(entry.id);
    if (!bySlug.has(slug)) bySlug.set(slug, new Map());
    bySlug.get(slug)!.set(langOf(entry.id), entry);
  }
  const result: Localized<CollectionEntry<C>>[] = [];
  for (const [slug, versions] of bySlug) {
    const own = versions.get(lang);
    const original = own ?? versions.get(site.defaultLanguage) ?? versions.values().next().value!;
    result.push({ slug, entry: original, lang: langOf(original.id), isFallback: !own });
  }
  return result.sort((a, b) => sortKey(a.entry) - sortKey(b.entry) || a.slug.localeCompare(b.slug));
}

function sortKey(entry: AnyEntry): number {
  const data = entry.data as { order?: number; issued?: Date };
  if (data.order !== undefined) return data.order;
  // Laws and plans: newest first.
  return data.issued ? -data.issued.getTime() : 0;
}

export async function agencies() {
  await ensureIntegrity();
  return getCollection('agencies');
}

/** Short law titles by slug in the reader's language, for legal-basis links. */
export async function lawTitles(lang: string): Promise<Map<string, string>> {
  return new Map((await localizedEntries('laws', lang)).map((l) => [l.slug, l.entry.data.shortTitle]));
}

/** Agency names by id in the reader's language. */
export async function agencyNames(lang: string): Promise<Map<string, string>> {
  return new Map((await agencies()).map((a) => [a.id, pick(a.data.name, lang)]));
}

export interface GlossaryTerm {
  term: string;
  anchor: string;
  definition: string;
  law: string;
  lawTitle: string;
  article: number;
  clause: number;
  /** The language the definition is written in (the original when untranslated). */
  lang: string;
}

/** Terms defined in law clauses (`term:` in a clause), in the reader's language. */
export async function glossaryTerms(lang: string): Promise<GlossaryTerm[]> {
  const terms: GlossaryTerm[] = [];
  for (const { slug, entry, lang: shown } of await localizedEntries('laws', lang)) {
    for (const a of entry.data.articles) {
      for (const c of a.clauses) {
        if (c.term) {
          terms.push({
            term: c.term,
            anchor: slugify(c.term),
            definition: c.summary,
            law: slug,
            lawTitle: entry.data.shortTitle,
            article: a.n,
            clause: c.n,
            lang: shown,
          });
        }
      }
    }
  }
  return terms;
}

/**
 * Where an entry comes from, as content/<collection>/<lang>/<file>, whatever folder the build
 * reads (tests build copies): for messages that name the file, in pages that must not vary.
 */
export function sourceOf(entry: { id: string; filePath?: string | undefined }): string {
  if (!entry.filePath) return entry.id;
  return entry.filePath.startsWith(`${contentDir}/`) ? `content/${entry.filePath.slice(contentDir.length + 1)}` : entry.filePath;
}
