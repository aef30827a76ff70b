import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold, markForIndex, prepareHtmlForIndex, queryTerms, unmark, wordForms } from '../../src/lib/browser/search-text.ts';
import { buildExcerpt, rankResults, type Segment } from '../../src/lib/browser/search-results.ts';
import { bundleInfo, recordsOf, withBundles } from '../../src/integrations/pagefind.ts';

const marked = (segments: Segment[]) => segments.filter((s) => s.mark).map((s) => s.text);
const text = (segments: Segment[]) => segments.map((s) => s.text).join('');

test('folding drops tone and vowel marks, đ as d, lower case, and keeps positions', () => {
  assert.equal(fold('Bình Đẳng GIỚI'), 'binh dang gioi');
  assert.equal(fold('Nghị định 48/2009/NĐ-CP'), 'nghi dinh 48/2009/nd-cp');
  assert.equal(fold('Ủy ban nhân dân'), 'uy ban nhan dan');
  const s = 'Hội đồng nhân dân các cấp';
  assert.equal(fold(s).length, s.length);
});

test('đ is indexed as a foldable d and restored for display', () => {
  assert.equal(markForIndex('Đảng và bình đẳng'), 'D\u0335ảng và bình d\u0335ẳng');
  assert.equal(unmark(markForIndex('Đảng và bình đẳng')), 'Đảng và bình đẳng');
  // Decomposed input is composed first, so marks stay attached to their letters.
  assert.equal(markForIndex('gio\u031B\u0301i'), 'giới');
});

test('pages go to the index with their language as a filter, addresses and words kept apart', () => {
  const html =
    '<html lang="en"><body><dl><dt id="s" class="x">Source</dt><dd><a href="https://x.vn/binh-dang">https://x.vn/binh-dang</a></dd></dl></body></html>';
  const out = prepareHtmlForIndex(html);
  assert.match(out, /<dt class="x">Source/);
  assert.match(out, /<html lang="en" data-pagefind-filter="lang:en">/);
  assert.match(out, /Source<\/dt> <dd>/);
  assert.match(out, /<a href="https:\/\/x.vn\/binh-dang" data-pagefind-ignore>https:\/\/x.vn\/binh-dang<\/a>/);
});

test('query words: as typed, as asked of Pagefind, folded; punctuation dropped; repeats once', () => {
  assert.deepEqual(queryTerms('  Bình  ĐẲNG bình '), [
    { typed: 'bình', pagefind: 'bình', folded: 'binh', accented: true },
    { typed: 'đẳng', pagefind: 'dẳng', folded: 'dang', accented: true },
  ]);
  assert.deepEqual(queryTerms('58/KH-UBND'), [{ typed: '58khubnd', pagefind: '58khubnd', folded: '58khubnd', accented: false }]);
  assert.deepEqual(queryTerms(' ,; '), []);
});

test('English singular and plural are one word; short words and numbers only themselves', () => {
  assert.deepEqual(wordForms('candidate'), ['candidate', 'candidates']);
  assert.deepEqual(wordForms('candidates'), ['candidates', 'candidate']);
  assert.deepEqual(wordForms('policy'), ['policy', 'policies']);
  assert.deepEqual(wordForms('policies'), ['policies', 'policy']);
  assert.deepEqual(wordForms('nu'), ['nu']);
  assert.deepEqual(wordForms('58khubnd'), ['58khubnd']);
});

test('every word must match: pages missing one word are dropped, unknown words find nothing', () => {
  const ranked = [
    { id: 'a', metaFields: [], words: [5] },
    { id: 'b', metaFields: [], words: [5] },
    { id: 'c', metaFields: [], words: [5] },
  ];
  // "dang" matched "dân" by prefix fallback on page b: b lacks the whole word.
  const pagesPerTerm = [new Set(['a', 'b', 'c']), new Set(['a', 'c'])];
  assert.deepEqual(rankResults({ ranked, pagesPerTerm, exactPerTerm: [], numberQuery: false }), ['a', 'c']);
  assert.deepEqual(rankResults({ ranked, pagesPerTerm: [new Set(['a']), new Set()], exactPerTerm: [], numberQuery: false }), []);
  assert.deepEqual(rankResults({ ranked, pagesPerTerm: [], exactPerTerm: [], numberQuery: false }), []);
});

test('exact forms first, document numbers before all, otherwise Pagefind’s order', () => {
  const ranked = [
    { id: 'a', metaFields: ['title'], words: [3] },
    { id: 'b', metaFields: [], words: [3] },
    { id: 'c', metaFields: ['number'], words: [3] },
  ];
  const all = [new Set(['a', 'b', 'c'])];
  assert.deepEqual(rankResults({ ranked, pagesPerTerm: all, exactPerTerm: [new Set(['b'])], numberQuery: false }), ['b', 'a', 'c']);
  assert.deepEqual(rankResults({ ranked, pagesPerTerm: all, exactPerTerm: [], numberQuery: true }), ['c', 'a', 'b']);
  // A number field matched by a word without digits is no document-number query.
  assert.deepEqual(rankResults({ ranked, pagesPerTerm: all, exactPerTerm: [], numberQuery: false }), ['a', 'b', 'c']);
});

test('a page that begins with the words of the query (a body, a term named so) comes first, after numbers and exact forms', () => {
  // "so tu phap": the agency's page begins "Sở Tư pháp…" (words 0, 1, 2); a plan has them further on.
  const ranked = [
    { id: 'plan', metaFields: ['title'], words: [40, 41, 42, 90] },
    { id: 'agency', metaFields: ['title'], words: [0, 1, 2, 17] },
    { id: 'other', metaFields: [], words: [0, 1, 7] },
  ];
  const all = [new Set(['plan', 'agency', 'other']), new Set(['plan', 'agency', 'other']), new Set(['plan', 'agency', 'other'])];
  assert.deepEqual(rankResults({ ranked, pagesPerTerm: all, exactPerTerm: [], numberQuery: false }), ['agency', 'plan', 'other']);
  // Typed with marks, the exact form still comes before the name.
  assert.deepEqual(rankResults({ ranked, pagesPerTerm: all, exactPerTerm: [new Set(['plan'])], numberQuery: false }), ['plan', 'agency', 'other']);
  // One word: the page that begins with it.
  assert.deepEqual(rankResults({ ranked, pagesPerTerm: [all[0]!], exactPerTerm: [], numberQuery: false }), ['agency', 'other', 'plan']);
});

test('across several languages’ indexes, pages with more matched words come first within a group', () => {
  const ranked = [
    { id: 'en-rare', metaFields: [], words: [50, 90] },
    { id: 'vi-full', metaFields: [], words: [10, 20, 30, 40, 60] },
  ];
  const all = [new Set(['en-rare', 'vi-full'])];
  assert.deepEqual(rankResults({ ranked, pagesPerTerm: all, exactPerTerm: [], numberQuery: false }), ['en-rare', 'vi-full']);
  assert.deepEqual(rankResults({ ranked, pagesPerTerm: all, exactPerTerm: [], numberQuery: false, acrossIndexes: true }), ['vi-full', 'en-rare']);
});

const glossary = (terms: string) =>
  `<!doctype html><html lang="vi"><head><title>Thuật ngữ</title></head><body><main><nav>Trang chủ</nav><div data-no-glossary data-pagefind-body data-pagefind-filter="type:laws" data-pagefind-meta="type:glossary"><h1>Thuật ngữ</h1><p>Các khái niệm.</p><dl>${terms}</dl></div></main></body></html>`;

test('index records: a page with data-pagefind-body is one, pages without are none', () => {
  assert.deepEqual(recordsOf('<html lang="vi"><body><main><h1>Luật</h1></main></body></html>', '/luat/'), []);
  const page = '<html lang="en"><body><article data-pagefind-body><h1>Law</h1></article></body></html>';
  assert.deepEqual(recordsOf(page, '/en/laws/x/'), [{ url: '/en/laws/x/', lang: 'en', html: page }]);
});

test('index records: each glossary term is a record of its own at its anchor, titled by its term, typed like its page', () => {
  const html = glossary(
    '<div id="gioi" data-search-record class="mb-4"><dt class="x">Giới</dt><dd><p>Đặc điểm, vị trí, vai trò.</p></dd></div>' +
      '<div id="dinh-kien-gioi" data-search-record><dt>Định kiến giới</dt><dd><p>Nhận thức thiên lệch.</p></dd></div>' +
      '<div id="gender" data-search-record lang="en"><dt>Gender</dt><dd>Shown untranslated.</dd></div>',
  );
  const [page, ...terms] = recordsOf(html, '/luat/thuat-ngu/');
  assert.equal(page!.url, '/luat/thuat-ngu/');
  // The page's own record keeps its heading and introduction and leaves the terms out.
  assert.equal((page!.html.match(/data-pagefind-ignore="all"/g) ?? []).length, 3);
  assert.match(page!.html, /<h1>Thuật ngữ<\/h1><p>Các khái niệm.<\/p>/);
  // A term in another language than the page is the original's, indexed on its own page.
  assert.deepEqual(
    terms.map((t) => [t.url, t.lang]),
    [
      ['/luat/thuat-ngu/#gioi', 'vi'],
      ['/luat/thuat-ngu/#dinh-kien-gioi', 'vi'],
    ],
  );
  assert.match(terms[1]!.html, /^<!doctype html><html lang="vi">/);
  assert.match(
    terms[1]!.html,
    /<div data-pagefind-body data-pagefind-filter="type:laws" data-pagefind-meta="type:glossary"><h1>Định kiến giới<\/h1><dd><p>Nhận thức thiên lệch.<\/p><\/dd><\/div>/,
  );
  assert.doesNotMatch(terms[1]!.html, /Giới<\/dt>|Thuật ngữ<\/h1>/);
});

test('index records: a record without an id or a title fails with the page named', () => {
  assert.throws(() => recordsOf(glossary('<div data-search-record><dt>Giới</dt></div>'), '/luat/thuat-ngu/'), /\/luat\/thuat-ngu\/: .*needs an id/);
  assert.throws(() => recordsOf(glossary('<div id="x" data-search-record><p>Giới</p></div>'), '/luat/thuat-ngu/'), /\/luat\/thuat-ngu\/#x: .*<dt> or heading/);
});

test('the search page is told the files of each language’s first search', () => {
  const vi = bundleInfo('/pagefind/vi/', { languages: { vi: { hash: 'vi_abc', wasm: null } } });
  assert.deepEqual(vi, {
    path: '/pagefind/vi/',
    tag: 'vi_abc',
    entry: 'pagefind-entry.json?ts=vi_abc',
    wasm: 'wasm.unknown.pagefind',
    meta: 'pagefind.vi_abc.pf_meta',
  });
  const page = '<div id="search-app" data-lang="vi" data-search-index=""><p>';
  const out = withBundles(page, { vi });
  assert.match(out, /data-search-index="\{&quot;vi&quot;:\{&quot;path&quot;:&quot;\/pagefind\/vi\/&quot;/);
  assert.equal(
    JSON.parse(
      out
        .match(/data-search-index="([^"]*)"/)![1]!
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    ).vi.meta,
    'pagefind.vi_abc.pf_meta',
  );
  assert.throws(() => withBundles('<div id="search-app">', { vi }), /without an empty data-search-index/);
});

test('excerpts keep the real Vietnamese text and mark the words typed without marks', () => {
  const content = 'Điều 5. Giải thích từ ngữ. Bình đẳng giới là việc nam, nữ có vị trí, vai trò ngang nhau.';
  const ex = buildExcerpt(content, queryTerms('binh dang gioi'));
  assert.deepEqual(marked(ex), ['Bình', 'đẳng', 'giới']);
  assert.equal(text(ex), content);
});

test('a word typed with marks marks that exact form where the page has it', () => {
  const content = 'Đại hội Đảng bộ các cấp và bình đẳng giới';
  assert.deepEqual(marked(buildExcerpt(content, queryTerms('Đảng'))), ['Đảng']);
  assert.deepEqual(marked(buildExcerpt(content, queryTerms('dang'))), ['Đảng', 'đẳng']);
  // Not on the page in that form: the folded matches are shown.
  assert.deepEqual(marked(buildExcerpt('bình đẳng giới', queryTerms('Đảng'))), ['đẳng']);
});

test('excerpts centre on the best cluster, mark words not punctuation, and show cuts', () => {
  const filler = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');
  const content = `giới ${filler} (Kế hoạch 58/KH-UBND), bình đẳng giới. ${filler}`;
  const ex = buildExcerpt(content, queryTerms('binh dang gioi 58/kh-ubnd'), 20);
  assert.deepEqual(marked(ex), ['58/KH-UBND', 'bình', 'đẳng', 'giới']);
  assert.match(text(ex), /^… .*\(Kế hoạch 58\/KH-UBND\), bình đẳng giới\. .* …$/);
  assert.deepEqual(marked(buildExcerpt('Kế hoạch 58/KH-UBND.', queryTerms('ubnd'))), ['58/KH-UBND']);
  assert.deepEqual(buildExcerpt('', queryTerms('x')), []);
});
