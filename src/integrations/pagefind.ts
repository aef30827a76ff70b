// Builds the Pagefind index at the end of `astro build`, as Starlight does, so that
// one build gives a searchable site. Pages are indexed from memory after
// prepareHtmlForIndex (src/lib/browser/search-text.ts): đ made foldable to d, and a `lang` filter.
//
// Results link to their pages and the search page loads the bundles at addresses under the site's
// base (href), as every address the site writes.
//
// One bundle per language, /pagefind/<lang>/: a search in the reader's language loads only the
// metadata and word lists of that language's pages (the metadata lists every page of its bundle, so
// it is what grows with the site). The search page merges another language's bundle when the reader
// asks for it. Every bundle is built as the default language, so no stemmer guesses at words.
//
// After indexing, the search pages are told what each bundle's first search needs (its metadata
// file, with its hash, and the wasm), so that they can start loading it before the reader is done
// typing: data-search-index="" on the search page is filled in (src/sections/search/Search.astro).
import type { AstroIntegration } from 'astro';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import * as pagefind from 'pagefind';
import { recordTiming } from '../lib/after-build/timings.ts';
import { prepareHtmlForIndex } from '../lib/browser/search-text.ts';
import { htmlFiles, sitePathOf } from '../lib/after-build/built-files.ts';
import { href, site } from '../config/index.ts';

/** One thing a reader can find: a page, or a part of a page at its own anchor. */
export interface SearchRecord {
  url: string;
  lang: string;
  html: string;
}

/** What the search page needs to know of a language's bundle to start loading it early. */
export interface BundleInfo {
  /** The bundle's folder, under the base: /pagefind/vi/ (or /binh-dang-gioi/pagefind/vi/). */
  path: string;
  /** Pagefind's metaCacheTag: the index's hash, so a new index is never read from an old cache. */
  tag: string;
  /** The files every first search loads, relative to the folder: the entry file as Pagefind asks for it with the tag, the wasm, the metadata. */
  entry: string;
  wasm: string;
  meta: string;
}

/** The attribute of the search page that receives the bundles' BundleInfo, as JSON. */
export const BUNDLES_ATTRIBUTE = 'data-search-index';
const EMPTY_BUNDLES = new RegExp(`\\s${BUNDLES_ATTRIBUTE}(="")?(?=[\\s>])`);
/** Whether a built page is a search page waiting for the bundles. */
export const isSearchPage = (html: string) => EMPTY_BUNDLES.test(html);

const isElement = (n: { type: string }): n is Element => n.type === 'element';
const attr = (el: Element, name: string): string | undefined => {
  const v = el.properties[name];
  return v === undefined || v === null || v === false ? undefined : Array.isArray(v) ? v.join(' ') : String(v);
};
function* walk(node: Root | Element, ancestors: Element[] = []): Generator<[Element, Element[]]> {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    yield [child, ancestors];
    yield* walk(child, [...ancestors, child]);
  }
}
const textOf = (el: Element): string =>
  el.children
    .map((c) => (c.type === 'text' ? c.value : isElement(c) ? textOf(c) : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A built page as the records of the index. A page opts in with data-pagefind-body. Within it, an
 * element with an id and `data-search-record` (a glossary term) is a record of its own, at
 * `page#id`, titled by its first <dt> or heading, with the filters and metadata of the page's body;
 * the page's own record leaves it out. A part in another language than the page (an untranslated
 * term, shown in the original) is left out altogether: the original's page has it.
 */
export function recordsOf(html: string, url: string): SearchRecord[] {
  if (!html.includes('data-pagefind-body')) return [];
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? site.defaultLanguage;
  if (!html.includes('data-search-record')) return [{ url, lang, html }];
  const tree = fromHtml(html);
  const parts: { el: Element; body: Element | undefined }[] = [];
  for (const [el, ancestors] of walk(tree)) {
    if (attr(el, 'dataSearchRecord') === undefined) continue;
    const body = ancestors.findLast((a) => attr(a, 'dataPagefindBody') !== undefined);
    parts.push({ el, body });
  }
  const records: SearchRecord[] = [];
  // Later parts first, so that the offsets of earlier ones stay right as the page's text changes.
  let page = html;
  for (const { el, body } of parts.toReversed()) {
    const start = el.position?.start.offset;
    const end = el.position?.end.offset;
    const id = attr(el, 'id');
    if (start === undefined || end === undefined) throw new Error(`${url}: a data-search-record element without its place in the page`);
    // The page leaves the part out of its own record.
    const tagEnd = start + 1 + el.tagName.length;
    page = `${page.slice(0, tagEnd)} data-pagefind-ignore="all"${page.slice(tagEnd)}`;
    const partLang = attr(el, 'lang');
    if (partLang && partLang !== lang) continue;
    if (!id) throw new Error(`${url}: a data-search-record element needs an id, for its address`);
    const heading = [...walk(el)].map(([e]) => e).find((e) => /^(dt|h[1-6])$/.test(e.tagName));
    if (!heading?.position) throw new Error(`${url}#${id}: a data-search-record element needs a <dt> or heading, for its title`);
    const title = textOf(heading);
    const source = html.slice(start, end);
    const hs = heading.position.start.offset! - start;
    const he = heading.position.end.offset! - start;
    const inner = `<h1>${escapeHtml(title)}</h1>${source.slice(0, hs).replace(/^<[^>]*>/, '')}${source.slice(he).replace(/<\/[a-z0-9]+>\s*$/i, '')}`;
    const keep = (name: string) =>
      body && attr(body, name) ? ` ${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}="${escapeHtml(attr(body, name)!)}"` : '';
    records.push({
      url: `${url}#${id}`,
      lang,
      html: `<!doctype html><html lang="${lang}"><head><title>${escapeHtml(title)}</title></head><body><div data-pagefind-body${keep('dataPagefindFilter')}${keep('dataPagefindMeta')}>${inner}</div></body></html>`,
    });
  }
  return [{ url, lang, html: page }, ...records.toReversed()];
}

/** The files a first search in a bundle loads, from its pagefind-entry.json. */
export function bundleInfo(folder: string, entry: { languages: Record<string, { hash: string; wasm: string | null }> }): BundleInfo {
  // Every bundle has one index, built as the default language (forceLanguage).
  const [index] = Object.values(entry.languages);
  if (!index) throw new Error(`Pagefind wrote no index into ${folder}`);
  return {
    path: folder,
    tag: index.hash,
    entry: `pagefind-entry.json?ts=${index.hash}`,
    wasm: `wasm.${index.wasm ?? 'unknown'}.pagefind`,
    meta: `pagefind.${index.hash}.pf_meta`,
  };
}

/** A search page with the bundles written in (the attribute's value as HTML-escaped JSON). */
export function withBundles(html: string, bundles: Record<string, BundleInfo>): string {
  if (!isSearchPage(html)) throw new Error(`a search page without an empty ${BUNDLES_ATTRIBUTE}`);
  return html.replace(EMPTY_BUNDLES, ` ${BUNDLES_ATTRIBUTE}="${escapeHtml(JSON.stringify(bundles))}"`);
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'site-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        const outDir = fileURLToPath(dir);
        // Smaller index chunks than Pagefind's default (20000 word positions): a first search
        // loads a few kB of index instead of ~80 kB on this site (see npm run bench). The
        // variable is read by the Pagefind binary, which the service below inherits.
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '1500';
        const byLang = new Map<string, SearchRecord[]>();
        const searchPages: string[] = [];
        for (const file of htmlFiles(outDir)) {
          const html = readFileSync(file, 'utf8');
          if (isSearchPage(html)) searchPages.push(file);
          // Pages opt in with data-pagefind-body; the rest (lists, search, 404, print pages) stay out.
          for (const record of recordsOf(html, href(sitePathOf(outDir, file)))) byLang.set(record.lang, [...(byLang.get(record.lang) ?? []), record]);
        }
        rmSync(path.join(outDir, 'pagefind'), { recursive: true, force: true });
        const bundles: Record<string, BundleInfo> = {};
        let records = 0;
        for (const { code } of site.languages) {
          const list = byLang.get(code) ?? [];
          if (list.length === 0) continue;
          // Built as the default language: one wasm without a stemmer for every bundle.
          const { index, errors } = await pagefind.createIndex({ forceLanguage: site.defaultLanguage });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          for (const record of list) {
            const added = await index.addHTMLFile({ url: record.url, content: prepareHtmlForIndex(record.html) });
            if (added.errors.length) throw new Error(`Pagefind: ${record.url}: ${added.errors.join('; ')}`);
          }
          const folder = path.join(outDir, 'pagefind', code);
          const written = await index.writeFiles({ outputPath: folder });
          if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          bundles[code] = bundleInfo(href(`/pagefind/${code}/`), JSON.parse(readFileSync(path.join(folder, 'pagefind-entry.json'), 'utf8')));
          records += list.length;
        }
        await pagefind.close();
        for (const file of searchPages) writeFileSync(file, withBundles(readFileSync(file, 'utf8'), bundles));
        logger.info(
          `Indexed ${records} pages and parts of pages in ${Object.keys(bundles).length} bundles (${Object.keys(bundles).join(', ')}); ${searchPages.length} search pages told`,
        );
        recordTiming('pagefind', { ms: Math.round(performance.now() - start), count: records });
      },
    },
  };
}
