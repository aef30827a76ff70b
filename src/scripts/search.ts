// The search page's script (an external module: no inline code, no eval, so it runs under
// `script-src 'self' 'wasm-unsafe-eval'`). The query lives in the URL (?q=&type=&lang=):
// the form submits to this page, and this script answers it with Pagefind.
//
// On a slow network, waiting is mostly round trips: this script, then Pagefind's script, its entry
// file, its WebAssembly and metadata, then the query's word lists, then the pages' text. So what
// every first search needs (Pagefind's script, entry file, wasm, metadata) is asked for at once, as
// soon as a search is certain (a query in the address) or likely (the reader goes to a search
// field), and the query's word lists are fetched while the reader types; after Enter only what
// the last word and the results' pages need remains. Nothing is loaded for a reader who only
// looks at the list of pages.
import { queryTerms, unmark, wordForms, type QueryTerm } from '../lib/browser/search-text.ts';
import { buildExcerpt, rankResults, type Candidate } from '../lib/browser/search-results.ts';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  /** Positions of the matched words on the page. */
  words: number[];
  matchedMetaFields?: string[];
  data: () => Promise<Fragment>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (path: string, o?: Record<string, unknown>) => Promise<void>;
  preload: (q: string, o?: { filters?: Record<string, string> }) => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] }>;
}
interface Strings {
  searching: string;
  resultCount: string;
  noResults: string;
  more: string;
  failed: string;
  /** A page's type in words, by the key of its section or sub-page (laws, agencies…). */
  types: Record<string, string>;
  languages: Record<string, string>;
}
/** A language's index, as the build wrote it into the page (src/integrations/pagefind.ts). */
interface Bundle {
  /** The bundle's folder, under the site's base: the only place this script learns where Pagefind is. */
  path: string;
  tag: string;
  entry: string;
  wasm: string;
  meta: string;
}

// Each result loads its page's text for the excerpt: few at first, for slow networks.
const PAGE_SIZE = 6;
const app = document.getElementById('search-app')!;
const form = document.getElementById('search-form') as HTMLFormElement;
const status = document.getElementById('search-status')!;
const list = document.getElementById('search-results')!;
const strings = JSON.parse(app.dataset.strings!) as Strings;
const pageLang = app.dataset.lang!;
const bundles = JSON.parse(app.dataset.searchIndex || '{}') as Record<string, Bundle>;
/** The index of a language's pages; a language without pages of its own searches the page's. */
const bundleOf = (lang: string): Bundle | undefined => bundles[lang] ?? bundles[pageLang] ?? Object.values(bundles)[0];

interface State {
  query: string;
  type: string;
  lang: string;
}

function readState(): State {
  const params = new URLSearchParams(location.search);
  return { query: (params.get('q') ?? '').trim(), type: params.get('type') ?? '', lang: params.get('lang') ?? pageLang };
}

/** Shows the query and filters of the URL in the form. */
function syncForm({ query, type, lang }: State): void {
  form.querySelector<HTMLInputElement>('[name=q]')!.value = query;
  for (const [name, value] of [
    ['type', type],
    ['lang', lang],
  ] as const) {
    const select = form.querySelector<HTMLSelectElement>(`[name=${name}]`);
    if (select && [...select.options].some((o) => o.value === value)) select.value = value;
  }
}

// Long pages (a whole law) are often the answer here: soften Pagefind's preference for short
// ones. Exact marks are ranked by rankResults, so Pagefind need not weigh them.
const RANKING = { pageLength: 0.5, termFrequency: 0.5, diacriticSimilarity: 0 };

/** Asks for a file now, so that Pagefind's own request for it finds it loaded or on its way. */
function preload(href: string): void {
  if (document.head.querySelector(`link[href="${CSS.escape(href)}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  // Pagefind fetches in CORS mode with same-origin credentials: so must the preload, to be used.
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}

let primary: Bundle | undefined;
let pagefindLoading: Promise<Pagefind> | undefined;
const merged = new Set<string>();

/** Pagefind with the index of `lang` (the first language asked for); files start loading at once. */
function loadPagefind(lang: string): Promise<Pagefind> {
  pagefindLoading ??= (async () => {
    primary = bundleOf(lang);
    if (!primary) throw new Error('The page names no search index (data-search-index)');
    // The entry file, the wasm and the metadata at once, with Pagefind's own script, instead of
    // one after another.
    for (const file of [primary.entry, primary.wasm, primary.meta]) preload(primary.path + file);
    const script = `${primary.path}pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ script)) as Pagefind;
    // The searches below are quick: the main thread spares the download of a worker.
    await pagefind.options({ noWorker: true, excerptLength: 0, metaCacheTag: primary.tag, ranking: RANKING });
    await pagefind.init();
    return pagefind;
  })();
  return pagefindLoading;
}

/** Pagefind with the indexes a search needs: its language's, or every language's. */
async function pagefindFor(lang: string): Promise<Pagefind> {
  const pagefind = await loadPagefind(lang === 'all' ? pageLang : lang);
  const wanted = lang === 'all' ? Object.values(bundles) : [bundleOf(lang)!];
  for (const b of wanted) {
    if (b.path === primary!.path || merged.has(b.path)) continue;
    merged.add(b.path);
    for (const file of [b.entry, b.meta]) preload(b.path + file);
    await pagefind.mergeIndex(b.path, { metaCacheTag: b.tag, excerptLength: 0, ranking: RANKING });
  }
  return pagefind;
}

/** Filters for Pagefind: the type, and the language once more than one language is loaded. */
function filtersOf({ type, lang }: State): Record<string, string> {
  const filters: Record<string, string> = {};
  if (type) filters.type = type;
  if (lang !== 'all' && (merged.size > 0 || !bundles[lang])) filters.lang = lang;
  return filters;
}

/** The pages that contain every word of the query, best first. */
async function findPages(pagefind: Pagefind, state: State, terms: QueryTerm[]) {
  const { query, lang } = state;
  const ids = async (term: string) => new Set((await pagefind.search(`"${term}"`)).results.map((r) => r.id));
  const union = (sets: Set<string>[]) => new Set(sets.flatMap((s) => [...s]));
  const filters = filtersOf(state);
  // Singular and plural are one word in English; elsewhere extra forms only cost requests.
  const english = lang === 'all' || lang.startsWith('en');
  // A quoted word is a whole-word search; Pagefind's ranking of the query orders the pages.
  const [ranked, ...pagesPerTerm] = await Promise.all([
    pagefind.search(terms.map((t) => t.pagefind).join(' '), { filters }),
    ...terms.map(async (t) => union(await Promise.all((t.accented || !english ? [t.pagefind] : wordForms(t.folded)).map(ids)))),
  ]);
  // Words typed with marks: which pages have exactly that form.
  const accented = terms.filter((t) => t.accented);
  let exactPerTerm: Set<string>[] = [];
  if (accented.length) {
    await pagefind.options({ exactDiacritics: true });
    exactPerTerm = await Promise.all(accented.map((t) => ids(t.pagefind)));
    await pagefind.options({ exactDiacritics: false });
  }
  const results = ranked!.results;
  const candidates: Candidate[] = results.map((r) => ({ id: r.id, metaFields: r.matchedMetaFields ?? [], words: r.words }));
  const numberQuery = /\d/.test(query);
  const byId = new Map(results.map((r) => [r.id, r]));
  const acrossIndexes = lang === 'all' && merged.size > 0;
  return rankResults({ ranked: candidates, pagesPerTerm, exactPerTerm, numberQuery, acrossIndexes }).map((id) => byId.get(id)!);
}

const more = document.createElement('button');
more.type = 'button';
more.className = 'button';
more.textContent = strings.more;
let showMore: () => Promise<void> = async () => {};
// Busy while more results come, like a search.
more.addEventListener('click', () => {
  const run = latest;
  app.setAttribute('aria-busy', 'true');
  void showMore().finally(() => (run === latest ? app.setAttribute('aria-busy', 'false') : undefined));
});

let latest = 0;
let queue = Promise.resolve();

/** Runs the search in the URL; a newer search makes an older one stop. */
function search(): void {
  const run = ++latest;
  const state = readState();
  const current = () => run === latest;
  app.setAttribute('aria-busy', 'true');
  queue = queue
    .then(async () => {
      if (!current()) return;
      list.replaceChildren();
      more.remove();
      const terms = queryTerms(state.query);
      if (terms.length === 0) return void (status.textContent = '');
      status.textContent = strings.searching;
      const pages = await findPages(await pagefindFor(state.lang), state, terms);
      let shown = 0;
      showMore = async () => {
        const next = pages.slice(shown, shown + PAGE_SIZE);
        const first = shown === 0;
        shown += next.length;
        more.remove();
        // Every page's text is asked for at once; each result shows as soon as it and those
        // before it have come, so the first one does not wait for the last.
        const fragments = next.map((r) => r.data());
        for (const [i, fragment] of fragments.entries()) {
          const f = await fragment;
          if (!current()) return;
          const item = renderResult(f, terms);
          list.append(item);
          // After "more results", continue reading where the new results begin.
          if (i === 0 && !first) item.querySelector('a')?.focus();
        }
        if (shown < pages.length) list.after(more);
        else more.remove();
      };
      await showMore();
      // Announced once the first results are on the page.
      const fill = (template: string) => template.replace('{query}', state.query).replace('{count}', String(pages.length));
      if (current()) status.textContent = fill(pages.length ? strings.resultCount : strings.noResults);
    })
    .catch((error: unknown) => {
      console.error(error);
      status.textContent = strings.failed;
    })
    .finally(() => (current() ? app.setAttribute('aria-busy', 'false') : undefined));
}

// The query lives in the URL, so a search can be shared; searching again on this page
// updates the URL without reloading, and Back returns to the previous search.
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const params = new URLSearchParams();
  params.set('q', String(data.get('q') ?? '').trim());
  if (data.get('type')) params.set('type', String(data.get('type')));
  if (data.get('lang') && data.get('lang') !== pageLang) params.set('lang', String(data.get('lang')));
  history.pushState(null, '', `?${params}`);
  search();
});
for (const select of form.querySelectorAll('select')) {
  select.addEventListener('change', () => (form.querySelector<HTMLInputElement>('[name=q]')!.value.trim() ? form.requestSubmit() : undefined));
}
window.addEventListener('popstate', () => {
  syncForm(readState());
  search();
});
syncForm(readState());
if (readState().query) search();
// Before a search: get ready when the reader goes to a search field (this page's, or the
// header's), and fetch the word lists of the query as it is typed.
const formValue = (name: string) => form.querySelector<HTMLSelectElement>(`[name=${name}]`)?.value;
const ready = (event: Event) => {
  const lang = formValue('lang') ?? pageLang;
  if ((event.target as Element).matches?.('input[name=q]')) void loadPagefind(lang === 'all' ? pageLang : lang).catch(() => {});
};
document.addEventListener('focusin', ready);
document.addEventListener('pointerdown', ready);
const field = form.querySelector<HTMLInputElement>('[name=q]')!;
let typing: ReturnType<typeof setTimeout> | undefined;
field.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => void preloadWords(field.value).catch(() => {}), 200);
});

/**
 * While the reader types: the word lists of the words typed so far (a word being typed only from
 * its third letter, as its beginning may load lists the whole word does not need).
 */
async function preloadWords(value: string): Promise<void> {
  const words = queryTerms(value);
  const last = words.at(-1);
  if (last && !/\s$/.test(value) && last.folded.length < 3) words.pop();
  if (words.length === 0) return;
  const state: State = { query: value, type: formValue('type') ?? '', lang: formValue('lang') ?? pageLang };
  const pagefind = await pagefindFor(state.lang);
  await pagefind.preload(words.map((t) => t.pagefind).join(' '), { filters: filtersOf(state) });
}

function renderResult(f: Fragment, terms: QueryTerm[]): HTMLLIElement {
  const li = document.createElement('li');
  li.setAttribute('data-search-result', '');
  const resultLang = f.filters.lang?.[0];
  const resultType = f.filters.type?.[0] ?? '';
  if (resultLang && resultLang !== pageLang) li.lang = resultLang;
  const link = document.createElement('a');
  link.href = f.url;
  link.className = 'result-title';
  link.textContent = unmark(f.meta.title ?? f.url);
  const meta = document.createElement('p');
  meta.className = 'result-meta';
  const typeLabel = document.createElement('span');
  typeLabel.setAttribute('data-result-type', resultType);
  // The page's own type where it has one (an agency page in the plans section), else its section's.
  typeLabel.textContent = strings.types[f.meta.type ?? ''] ?? strings.types[resultType] ?? '';
  if (resultLang && resultLang !== pageLang) typeLabel.lang = pageLang;
  meta.append(typeLabel);
  if (resultLang && resultLang !== pageLang) {
    const langLabel = document.createElement('span');
    langLabel.lang = resultLang;
    langLabel.textContent = ` · ${strings.languages[resultLang] ?? resultLang}`;
    meta.append(langLabel);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  for (const seg of buildExcerpt(unmark(f.content), terms)) {
    if (seg.mark) {
      const mark = document.createElement('mark');
      mark.textContent = seg.text;
      excerpt.append(mark);
    } else excerpt.append(seg.text);
  }
  li.append(link, meta, excerpt);
  return li;
}
