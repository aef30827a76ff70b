// The search page's script (an external module: no inline code, no eval, so it runs under
// `script-src 'self' 'wasm-unsafe-eval'`). The query lives in the URL (?q=&type=&lang=):
// the form submits to this page, and this script answers it with Pagefind.
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
  matchedMetaFields?: string[];
  data: () => Promise<Fragment>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] }>;
}
interface Strings {
  searching: string;
  resultCount: string;
  noResults: string;
  more: string;
  failed: string;
  types: Record<string, string>;
  languages: Record<string, string>;
}

// Each result loads its page's text for the excerpt: few at first, for slow networks.
const PAGE_SIZE = 6;
const app = document.getElementById('search-app')!;
const form = document.getElementById('search-form') as HTMLFormElement;
const status = document.getElementById('search-status')!;
const list = document.getElementById('search-results')!;
const strings = JSON.parse(app.dataset.strings!) as Strings;
const pageLang = app.dataset.lang!;

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

let pagefindLoading: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefindLoading ??= (async () => {
    const bundle = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
    // The searches below are quick: the main thread spares the download of a worker.
    // Long pages (a whole law) are often the answer here: soften Pagefind's preference for
    // short ones. Exact marks are ranked by rankResults, so Pagefind need not weigh them.
    await pagefind.options({
      noWorker: true,
      excerptLength: 0,
      ranking: { pageLength: 0.5, termFrequency: 0.5, diacriticSimilarity: 0 },
    });
    return pagefind;
  })();
  return pagefindLoading;
}

/** The pages that contain every word of the query, best first. */
async function findPages(pagefind: Pagefind, { query, type, lang }: State, terms: QueryTerm[]) {
  const ids = async (term: string) => new Set((await pagefind.search(`"${term}"`)).results.map((r) => r.id));
  const union = (sets: Set<string>[]) => new Set(sets.flatMap((s) => [...s]));
  const filters: Record<string, string> = {};
  if (type) filters.type = type;
  if (lang !== 'all') filters.lang = lang;
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
  const candidates: Candidate[] = results.map((r) => ({ id: r.id, metaFields: r.matchedMetaFields ?? [] }));
  const numberQuery = /\d/.test(query);
  const byId = new Map(results.map((r) => [r.id, r]));
  return rankResults({ ranked: candidates, pagesPerTerm, exactPerTerm, numberQuery }).map((id) => byId.get(id)!);
}

const more = document.createElement('button');
more.type = 'button';
more.className = 'button';
more.textContent = strings.more;
let showMore = () => {};
more.addEventListener('click', () => showMore());

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
      const pages = await findPages(await loadPagefind(), state, terms);
      let shown = 0;
      showMore = async () => {
        const next = pages.slice(shown, shown + PAGE_SIZE);
        shown += next.length;
        const fragments = await Promise.all(next.map((r) => r.data()));
        if (!current()) return;
        const items = fragments.map((f) => renderResult(f, terms));
        list.append(...items);
        // After "more results", continue reading where the new results begin.
        if (shown > PAGE_SIZE) items[0]?.querySelector('a')?.focus();
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
search();

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
  typeLabel.textContent = strings.types[resultType] ?? resultType;
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
