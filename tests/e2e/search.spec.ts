// Search as readers use it: the query in the URL, Vietnamese typed with or without marks,
// document numbers, English, filters, and a strict Content-Security-Policy.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { dist, indexPaths, langOfPath, languages, prefix, root, site, sitemapPaths, ui } from './site.ts';

const searchPath = (lang: string) => `${prefix(lang)}${ui[lang]!.sections.search!.slug}/`;
const vi = searchPath('vi');
const en = searchPath('en');
/** Interface strings the shared test helpers do not type. */
const more = (lang: string) => ui[lang] as unknown as { searchNoScript: string; subpages: Record<string, { slug: string }> };
const results = (page: Page) => page.locator('[data-search-result]');
/** A result's type of page in words (search.types in content/ui/<lang>.yaml). */
const typeWords = (lang: string): Record<string, string> => parse(readFileSync(path.join(root, `content/ui/${lang}.yaml`), 'utf8')).search.types;
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

/** Waits until the search on the page has answered (results or "nothing found"). */
async function answered(page: Page) {
  await expect(page.locator('#search-app')).toHaveAttribute('aria-busy', 'false');
}

async function search(page: Page, path: string, q: string, params = '') {
  await page.goto(`${path}?q=${encodeURIComponent(q)}${params}`);
  await answered(page);
  await expect(page.locator('#search-status')).toContainText(q);
}

/** Every result's address, loading further pages of results. */
async function allHrefs(page: Page): Promise<string[]> {
  const more = page.locator('#search-results + button');
  while (await more.isVisible()) {
    const n = await results(page).count();
    await more.click();
    await expect(results(page)).not.toHaveCount(n);
    await answered(page);
  }
  return results(page)
    .locator('a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

async function firstHrefs(page: Page, n: number): Promise<string[]> {
  return (
    await results(page)
      .locator('a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!))
  ).slice(0, n);
}

test('the header search leads to results on the search page', async ({ page }) => {
  await page.goto('/');
  await page.locator('header input[name="q"]').fill('bình đẳng giới');
  await page.locator('header form[role="search"] button').click();
  await expect(page).toHaveURL(new RegExp(`${vi}\\?q=`));
  await expect(results(page).first()).toBeVisible();
  await expect(results(page).first().locator('mark').first()).toBeVisible();
  // The query stays in the search page's own field, to be changed.
  await expect(page.locator('#search-q')).toHaveValue('bình đẳng giới');
});

test('each result links to its page, with its title, type and an excerpt marking the words in real Vietnamese', async ({ page }) => {
  await search(page, vi, 'binh dang gioi');
  const first = results(page).first();
  // A page, or a part of one at its anchor (a glossary term).
  await expect(first.locator('a')).toHaveAttribute('href', /^\/.+\/(#[\w-]+)?$/);
  await expect(first.locator('a')).not.toBeEmpty();
  const types = Object.keys(ui.vi!.sections).filter((k) => k !== 'search');
  for (const type of await results(page)
    .locator('[data-result-type]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-result-type')))) {
    expect(types).toContain(type);
  }
  // Marks show the page's own words: every one is a query word with its marks, and the
  // correctly written forms are among them ("dang" may also mark "đáng" elsewhere).
  const marks = new Set((await results(page).locator('mark').allTextContents()).map((m) => m.toLowerCase()));
  for (const m of marks) expect(['binh', 'dang', 'gioi'], m).toContain(fold(m));
  for (const w of ['bình', 'đẳng', 'giới']) expect(marks, w).toContain(w);
  // The stroke the index uses to fold đ never reaches the reader.
  expect(await page.locator('#search-results').textContent()).not.toContain('\u0335');
});

test('without marks, with đ as d, in any case: the same pages as the query typed correctly', async ({ page }) => {
  await search(page, vi, 'bình đẳng giới');
  const correct = await allHrefs(page);
  expect(correct.slice(0, 5)).toContain('/luat/luat-binh-dang-gioi-2006/');
  for (const q of ['binh dang gioi', 'BINH DANG GIOI', 'Bình Đẳng Giới', 'binh đang gioi']) {
    await search(page, vi, q);
    expect((await allHrefs(page)).toSorted(), q).toEqual(correct.toSorted());
  }
});

test('a query typed with marks ranks the exact form first', async ({ page }) => {
  // "Đảng" (the Party) and "đẳng" (equal) fold alike; "dang" finds both.
  await search(page, vi, 'Đảng');
  const marks = await results(page).first().locator('mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  for (const m of marks) expect(m.toLowerCase()).toBe('đảng');
  await search(page, vi, 'dang');
  await allHrefs(page);
  const folded = await results(page).locator('mark').allTextContents();
  for (const m of folded) expect(fold(m)).toBe('dang');
  expect(new Set(folded.map((m) => m.toLowerCase())).size).toBeGreaterThan(1);
});

test('every word must match as a whole word: no prefix noise, no dropped words', async ({ page }) => {
  // Pagefind alone would let "dan" match "dang…" and fall back from an unknown word to a prefix.
  await search(page, vi, 'dan');
  const marks = await results(page).locator('mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  for (const m of marks) expect(fold(m)).toBe('dan');
  await search(page, vi, 'binh dang xyzzy');
  await expect(results(page)).toHaveCount(0);
});

test('a nonsense query finds nothing and says so', async ({ page }) => {
  await search(page, vi, 'xyzzy qwertz');
  await expect(results(page)).toHaveCount(0);
  await expect(page.locator('#search-status')).toHaveText(ui.vi!.searchNoResults.replace('{query}', 'xyzzy qwertz'));
});

// The query set: what readers type, and the page that must come back. `first`: it must be
// the first result; otherwise among the first three.
const querySet: { path: string; q: string; href: string; first?: boolean }[] = [
  // Vietnamese, typed correctly, without marks, đ as d, in capitals.
  { path: vi, q: 'luật bình đẳng giới', href: '/luat/luat-binh-dang-gioi-2006/' },
  { path: vi, q: 'luat binh dang gioi', href: '/luat/luat-binh-dang-gioi-2006/' },
  { path: vi, q: 'LUẬT BÌNH ĐẲNG GIỚI', href: '/luat/luat-binh-dang-gioi-2006/' },
  { path: vi, q: 'LUAT BINH DANG GIOI', href: '/luat/luat-binh-dang-gioi-2006/' },
  { path: vi, q: 'nghi dinh 48', href: '/luat/nghi-dinh-48-2009/' },
  { path: vi, q: 'chia se viec nha', href: '/thong-diep/chia-se-viec-nha/' },
  // Document numbers: their document first, however they are typed.
  { path: vi, q: '58/KH-UBND', href: '/ke-hoach/ke-hoach-58-2020/', first: true },
  { path: vi, q: '58/kh-ubnd', href: '/ke-hoach/ke-hoach-58-2020/', first: true },
  { path: vi, q: '87/KH-UBND', href: '/ke-hoach/ke-hoach-87-2011/', first: true },
  { path: vi, q: '73/2006/QH11', href: '/luat/luat-binh-dang-gioi-2006/', first: true },
  { path: vi, q: '48/2009/NĐ-CP', href: '/luat/nghi-dinh-48-2009/', first: true },
  { path: vi, q: '48/2009/ND-CP', href: '/luat/nghi-dinh-48-2009/', first: true },
  { path: vi, q: '2282/QD-TTG', href: '/luat/quyet-dinh-2282-2020/', first: true },
  // English, on the English search page.
  { path: en, q: 'gender equality law', href: '/en/laws/luat-binh-dang-gioi-2006/' },
  { path: en, q: 'GENDER EQUALITY LAW', href: '/en/laws/luat-binh-dang-gioi-2006/' },
  { path: en, q: '58/KH-UBND', href: '/en/plans/ke-hoach-58-2020/', first: true },
  { path: en, q: '73/2006/QH11', href: '/en/laws/luat-binh-dang-gioi-2006/', first: true },
  // Pages that are not entries: a body's name finds its page first, a term its glossary entry,
  // the print words the print-shop guide; the deadlines, a poster and the press room.
  { path: vi, q: 'so tu phap', href: '/ke-hoach/co-quan/so-tu-phap/', first: true },
  { path: vi, q: 'Sở Tư pháp', href: '/ke-hoach/co-quan/so-tu-phap/', first: true },
  { path: vi, q: 'hoi lien hiep phu nu', href: '/ke-hoach/co-quan/hoi-lien-hiep-phu-nu/', first: true },
  { path: vi, q: 'dinh kien gioi', href: '/luat/thuat-ngu/#dinh-kien-gioi', first: true },
  { path: vi, q: 'Định kiến giới', href: '/luat/thuat-ngu/#dinh-kien-gioi', first: true },
  { path: vi, q: 'long ghep gioi', href: '/luat/thuat-ngu/#long-ghep-van-de-binh-dang-gioi' },
  { path: vi, q: 'le xen', href: '/ap-phich/nha-in/', first: true },
  { path: vi, q: 'bleed', href: '/ap-phich/nha-in/', first: true },
  { path: vi, q: 'thoi han bao cao', href: '/ke-hoach/thoi-han/' },
  { path: vi, q: 'ap phich chia se viec nha', href: '/ap-phich/chia-se-viec-nha/' },
  { path: vi, q: 'bao chi', href: '/bao-chi/' },
  { path: en, q: 'Department of Justice', href: '/en/plans/agencies/so-tu-phap/', first: true },
  { path: en, q: "women's union", href: '/en/plans/agencies/hoi-lien-hiep-phu-nu/', first: true },
  { path: en, q: 'gender stereotype', href: '/en/laws/glossary/#gender-stereotype', first: true },
  { path: en, q: 'bleed', href: '/en/posters/print-shops/', first: true },
  { path: en, q: 'deadlines', href: '/en/plans/deadlines/' },
];

test('the query set: each query finds its page among the first results', async ({ page }) => {
  const misses: string[] = [];
  for (const { path, q, href, first } of querySet) {
    await search(page, path, q);
    const top = await firstHrefs(page, first ? 1 : 3);
    if (!top.includes(href)) misses.push(`${path}?q=${q}: wanted ${href} ${first ? 'first' : 'in the first 3'}, got ${top.join(' ') || 'nothing'}`);
  }
  expect(misses).toEqual([]);
});

/** Every address in the built search index (each bundle's page fragments). */
function indexedAddresses(): Set<string> {
  const urls = new Set<string>();
  const bundles = path.join(dist, 'pagefind');
  for (const file of readdirSync(bundles, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.pf_fragment'))) {
    // Pagefind's files: gzip, then a 12-byte signature, then JSON.
    const fragment = JSON.parse(
      gunzipSync(readFileSync(path.join(bundles, file)))
        .subarray(12)
        .toString('utf8'),
    ) as { url: string };
    urls.add(fragment.url);
  }
  return urls;
}

test('the index holds every page a reader may look for, each glossary term at its anchor, and no list or print page', () => {
  const indexed = indexedAddresses();
  const paths = sitemapPaths();
  const html = (p: string) => readFileSync(path.join(dist, p, 'index.html'), 'utf8');
  // Lists (the home page, section pages, the list of agencies: pages with pages under them) are
  // ways in, not answers; an untranslated page repeats the original, which is indexed.
  // The press room is one page, indexed itself.
  const pressRooms = languages.map((l) => `${prefix(l)}${ui[l]!.sections.press!.slug}/`);
  const lists = new Set([...indexPaths(), ...paths.filter((p) => paths.some((q) => q !== p && q.startsWith(p)))].filter((p) => !pressRooms.includes(p)));
  const untranslated = (p: string) => html(p).includes(ui[langOfPath(p)]!.untranslatedNotice);
  const wanted = paths.filter((p) => !lists.has(p) && !untranslated(p));
  expect(
    wanted.filter((p) => !indexed.has(p)),
    'pages missing from the index',
  ).toEqual([]);
  const extra = [...indexed].filter((u) => !u.includes('#') && !wanted.includes(u));
  expect(extra, 'pages that should not be in the index').toEqual([]);
  expect(
    [...indexed].filter((u) => u.startsWith('/in/') || u.includes('/in/')),
    'print pages',
  ).toEqual([]);
  // The glossary of each language: every term written in that language is a result of its own.
  for (const lang of languages) {
    const glossary = `${prefix(lang)}${ui[lang]!.sections.laws!.slug}/${more(lang).subpages.glossary!.slug}/`;
    const terms = [...html(glossary).matchAll(/<div id="([^"]+)" data-search-record(?![^>]*\slang=)/g)].map((m) => `${glossary}#${m[1]}`);
    expect(terms.length, glossary).toBeGreaterThan(5);
    expect(
      terms.filter((t) => !indexed.has(t)),
      `${glossary}: terms missing from the index`,
    ).toEqual([]);
  }
});

test('results say the type of page in words, not as a key', async ({ page }) => {
  const words = typeWords('vi');
  const cases: [string, string][] = [
    ['so tu phap', words.agencies!],
    ['dinh kien gioi', words.glossary!],
    ['le xen', words.printShops!],
    ['73/2006/QH11', words.laws!],
    ['thoi han', words.deadlines!],
    ['mau bao cao', words.reports!],
  ];
  for (const [q, word] of cases) {
    await search(page, vi, q);
    await expect(results(page).first().locator('[data-result-type]'), q).toHaveText(word);
  }
  // No label is a bare key.
  const keys = [...Object.keys(ui.vi!.sections), ...Object.keys(words)];
  for (const label of await results(page).locator('[data-result-type]').allTextContents()) expect(keys).not.toContain(label);
  await search(page, en, 'Department of Justice');
  await expect(results(page).first().locator('[data-result-type]')).toHaveText(typeWords('en').agencies!);
});

/** The search files a page asks for, in order: path and query of each request under /pagefind/. */
function searchRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/pagefind/')) seen.push(url.pathname + url.search);
  });
  return seen;
}
const firstFiles = (seen: string[]) => seen.filter((u) => !/\/(index|fragment|filter)\//.test(u));

test('nothing is loaded for search until a search field is used; then what a first search needs, at once and once each', async ({ page }) => {
  const seen = searchRequests(page);
  const unused: string[] = [];
  page.on('console', (m) => (/preloaded .* not used/i.test(m.text()) ? unused.push(m.text()) : undefined));
  await page.goto(vi, { waitUntil: 'networkidle' });
  expect(seen, 'a reader who only reads the list of pages downloads no search files').toEqual([]);
  await page.locator('#search-q').focus();
  // Pagefind's script, its entry file, its wasm and the metadata: all four before the reader types.
  await expect.poll(() => firstFiles(seen).length).toBe(4);
  expect(firstFiles(seen).some((u) => u.endsWith('/pagefind.js'))).toBe(true);
  expect(firstFiles(seen).some((u) => /pagefind-entry\.json\?ts=/.test(u))).toBe(true);
  expect(firstFiles(seen).some((u) => u.endsWith('.pagefind'))).toBe(true);
  expect(firstFiles(seen).some((u) => u.endsWith('.pf_meta'))).toBe(true);
  // The word lists come as the words are typed, before Enter.
  await page.locator('#search-q').pressSequentially('so tu phap', { delay: 50 });
  await expect.poll(() => seen.filter((u) => u.includes('/index/')).length).toBeGreaterThan(0);
  await page.locator('#search-q').press('Enter');
  await answered(page);
  await expect(results(page).first().locator('a')).toHaveAttribute('href', '/ke-hoach/co-quan/so-tu-phap/');
  // Each file once: what was fetched ahead is what Pagefind used.
  expect(
    seen.filter((u, i) => seen.indexOf(u) !== i),
    'files fetched twice',
  ).toEqual([]);
  expect(unused).toEqual([]);
});

test('arriving with a query, the first files are all asked for together, not one after another', async ({ page }) => {
  const order: string[] = [];
  page.on('request', (r) => (new URL(r.url()).pathname.startsWith('/pagefind/') ? order.push(`ask ${new URL(r.url()).pathname}`) : undefined));
  page.on('requestfinished', (r) => (new URL(r.url()).pathname.startsWith('/pagefind/') ? order.push(`got ${new URL(r.url()).pathname}`) : undefined));
  await page.goto(`${vi}?q=${encodeURIComponent('binh dang gioi')}`);
  await answered(page);
  await expect(results(page).first()).toBeVisible();
  const asked = order.filter((e) => e.startsWith('ask'));
  // The wasm and the metadata are asked for before Pagefind's script or entry file has come.
  const firstGot = order.findIndex((e) => e.startsWith('got'));
  for (const file of [/\.pagefind$/, /\.pf_meta$/, /pagefind-entry\.json$/, /pagefind\.js$/]) {
    const i = order.findIndex((e) => e.startsWith('ask') && file.test(e));
    expect(i, `${file}: ${order.join(', ')}`).toBeGreaterThanOrEqual(0);
    expect(i, `${file} asked for before anything came: ${order.join(', ')}`).toBeLessThan(firstGot);
  }
  expect(
    asked.filter((e, i) => asked.indexOf(e) !== i),
    'files fetched twice',
  ).toEqual([]);
});

test('English: singular or plural, on the English search page', async ({ page }) => {
  for (const q of ['women candidates', 'Women candidate']) {
    await search(page, en, q);
    expect(await firstHrefs(page, 5), q).toContain('/en/messages/it-nhat-35-phan-tram-ung-vien-nu/');
  }
  await search(page, en, 'gender equality law');
  expect(await firstHrefs(page, 5)).toContain('/en/laws/luat-binh-dang-gioi-2006/');
});

/**
 * The types the filter must offer: the sections with pages in the built index (entries, or pages
 * indexed themselves as the press room and the campaign calendar), in the menu's order.
 */
const typesWithPages = () => {
  const indexed = [...indexedAddresses()];
  return Object.keys(ui.vi!.sections).filter(
    (k) => k !== 'search' && languages.some((l) => indexed.some((u) => u.startsWith(`${prefix(l)}${ui[l]!.sections[k]!.slug}/`))),
  );
};

test('the type filter offers the sections that have pages, by their names; a type finds only its pages', async ({ page }) => {
  for (const lang of languages) {
    await page.goto(searchPath(lang));
    const options = await page.locator('select[name="type"] option').evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
    expect(options.slice(1), lang).toEqual(typesWithPages().map((k) => [k, ui[lang]!.sections[k]!.title]));
  }
  // The press page is found by its facts, and is the only page of type press.
  await search(page, vi, 'nu dai bieu quoc hoi', '&type=press');
  expect(await allHrefs(page)).toEqual(['/bao-chi/']);
  await expect(results(page).locator('[data-result-type]')).toHaveText([typeWords('vi').press!]);
  await search(page, vi, 'chia se viec nha', '&type=messages');
  const messages = await allHrefs(page);
  expect(messages).toContain('/thong-diep/chia-se-viec-nha/');
  for (const href of messages) expect(href.startsWith(`/${ui.vi!.sections.messages!.slug}/`), href).toBe(true);
});

test('filters by type and by language, kept in the URL', async ({ page }) => {
  await search(page, vi, 'binh dang gioi');
  const all = await allHrefs(page);
  await page.locator('select[name="type"]').selectOption('laws');
  await expect(page).toHaveURL(/[?&]type=laws/);
  await answered(page);
  const laws = await allHrefs(page);
  expect(laws.length).toBeGreaterThan(0);
  expect(laws.length).toBeLessThan(all.length);
  for (const t of await results(page)
    .locator('[data-result-type]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-result-type')))) {
    expect(t).toBe('laws');
  }
  // Back returns to the unfiltered search.
  await page.goBack();
  await expect(page.locator('select[name="type"]')).toHaveValue('');
  await answered(page);
  expect((await allHrefs(page)).length).toBe(all.length);

  // The English page searches English pages; all languages adds the Vietnamese ones, marked as such.
  await search(page, en, 'gender');
  for (const href of await allHrefs(page)) expect(href.startsWith(prefix('en'))).toBe(true);
  await search(page, en, 'binh dang gioi', '&lang=all');
  await expect(results(page).first()).toHaveAttribute('lang', site.defaultLanguage);
  await expect(page.locator('select[name="lang"]')).toHaveValue('all');
  // A page that exists in both languages is found in the one asked for.
  await search(page, vi, '73/2006/QH11', '&lang=en');
  expect(await firstHrefs(page, 1)).toEqual(['/en/laws/luat-binh-dang-gioi-2006/']);
  await search(page, vi, '73/2006/QH11');
  expect(await allHrefs(page)).not.toContain('/en/laws/luat-binh-dang-gioi-2006/');
});

test('Vietnamese words on the Vietnamese search page, English on the English one', async ({ page }) => {
  for (const lang of languages) {
    await search(page, searchPath(lang), 'xyzzy');
    await expect(page.locator('#search-status')).toHaveText(ui[lang]!.searchNoResults.replace('{query}', 'xyzzy'));
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('h1')).toHaveText(ui[lang]!.sections.search!.title);
  }
});

test('searching again on the search page updates the URL without reloading', async ({ page }) => {
  await search(page, vi, 'bau cu');
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await page.locator('#search-q').fill('ứng cử');
  await page.locator('#search-q').press('Enter');
  await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent('ứng cử').replace(/%20/g, '\\+')}`));
  await answered(page);
  await expect(page.locator('#search-status')).toContainText('ứng cử');
  await expect(results(page).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
});

test("search works under script-src 'self' 'wasm-unsafe-eval' with no inline script", async ({ page, baseURL }) => {
  const html = await (await page.request.get(`${baseURL}${vi}`)).text();
  for (const tag of html.match(/<script(?![^>]*type="application\/ld\+json")[^>]*>/g) ?? []) expect(tag).toMatch(/\ssrc="/);
  const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'";
  await page.route(`**${vi}?*`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
  });
  const violations: string[] = [];
  page.on('console', (m) => (/Content Security Policy/i.test(m.text()) ? violations.push(m.text()) : undefined));
  const response = await page.goto(`${vi}?q=binh+dang+gioi`);
  expect(response?.headers()['content-security-policy']).toBe(csp);
  await expect(results(page).first()).toBeVisible();
  await expect(results(page).first().locator('mark').first()).toBeVisible();
  expect(violations).toEqual([]);
});

test('results meet WCAG 2.2 AA', async ({ page }) => {
  await search(page, vi, 'binh dang gioi');
  await expect(results(page).first()).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('the search script loads on the search page only', async ({ page, baseURL }) => {
  const scripts = async (p: string) =>
    ((await (await page.request.get(`${baseURL}${p}`)).text()).match(/<script\b(?![^>]*application\/ld\+json)[^>]*>/g) ?? []).length;
  for (const p of ['/', '/luat/luat-binh-dang-gioi-2006/', `/${ui.vi!.sections.laws!.slug}/`, '/bao-chi/', '/en/', '/en/laws/luat-binh-dang-gioi-2006/']) {
    expect(await scripts(p), p).toBe(0);
  }
  for (const p of [vi, en]) expect(await scripts(p), p).toBe(1);
});

test('without JavaScript: the header search is a plain form, and the search page offers the full index by section', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  await page.goto('/luat/luat-binh-dang-gioi-2006/');
  await page.locator('header input[name="q"]').fill('bình đẳng');
  await page.locator('header form[role="search"] button').click();
  await expect(page).toHaveURL(new RegExp(`${vi}\\?q=${encodeURIComponent('bình đẳng').replace(/%20/g, '\\+')}$`));
  // (Playwright turns scripts off but still parses <noscript> as text: its words are checked, not shown.)
  expect(await page.locator('section[aria-labelledby="all-pages"] noscript').textContent()).toContain(more('vi').searchNoScript);

  const entryPaths = sitemapPaths();
  for (const lang of languages) {
    await page.goto(searchPath(lang));
    const t = ui[lang]!;
    const sections = Object.entries(t.sections).filter(([k]) => k !== 'search');
    const index = page.locator('section[aria-labelledby="all-pages"]');
    // A form that cannot search is not shown: the list of pages comes right after the introduction.
    await expect(page.locator('#search-form')).toBeHidden();
    const intro = (await page.locator('main h1 + p').boundingBox())!;
    const heading = (await index.locator('h2').boundingBox())!;
    expect(heading.y - (intro.y + intro.height), `${lang}: the list of pages right after the introduction`).toBeLessThan(80);
    await expect(index.locator('h3 a')).toHaveText(sections.map(([, s]) => s.title));
    const subSlugs = Object.values(more(lang).subpages).map((s) => s.slug);
    for (const [, s] of sections) {
      // Every entry page of the section, from the sitemap: listed here, or all behind one link.
      const base = `${prefix(lang)}${s.slug}/`;
      const entries = entryPaths.filter((p) => p.startsWith(base) && /^[^/]+\/$/.test(p.slice(base.length)) && !subSlugs.includes(p.slice(base.length, -1)));
      const heading = index.locator('h3', { hasText: s.title });
      await expect(heading.locator('a')).toHaveAttribute('href', base);
      const listed = await heading.locator('xpath=following-sibling::*[1][self::ul]//a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      // Listed (while few, and when they are not the titles of another section's pages again), or all behind one link.
      if (entries.length > 20) expect(listed, base).toEqual([]);
      if (listed.length > 0 || entries.length === 0) expect(listed.toSorted(), base).toEqual(entries.toSorted());
      else await expect(heading.locator('xpath=following-sibling::*[1]//a')).toHaveAttribute('href', base);
    }
  }
  await context.close();
});
