import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold, markForIndex, prepareHtmlForIndex, queryTerms, unmark, wordForms } from '../../src/lib/browser/search-text.ts';
import { buildExcerpt, rankResults, type Segment } from '../../src/lib/browser/search-results.ts';

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
    { id: 'a', metaFields: [] },
    { id: 'b', metaFields: [] },
    { id: 'c', metaFields: [] },
  ];
  // "dang" matched "dân" by prefix fallback on page b: b lacks the whole word.
  const pagesPerTerm = [new Set(['a', 'b', 'c']), new Set(['a', 'c'])];
  assert.deepEqual(rankResults({ ranked, pagesPerTerm, exactPerTerm: [], numberQuery: false }), ['a', 'c']);
  assert.deepEqual(rankResults({ ranked, pagesPerTerm: [new Set(['a']), new Set()], exactPerTerm: [], numberQuery: false }), []);
  assert.deepEqual(rankResults({ ranked, pagesPerTerm: [], exactPerTerm: [], numberQuery: false }), []);
});

test('exact forms first, document numbers before all, otherwise Pagefind’s order', () => {
  const ranked = [
    { id: 'a', metaFields: ['title'] },
    { id: 'b', metaFields: [] },
    { id: 'c', metaFields: ['number'] },
  ];
  const all = [new Set(['a', 'b', 'c'])];
  assert.deepEqual(rankResults({ ranked, pagesPerTerm: all, exactPerTerm: [new Set(['b'])], numberQuery: false }), ['b', 'a', 'c']);
  assert.deepEqual(rankResults({ ranked, pagesPerTerm: all, exactPerTerm: [], numberQuery: true }), ['c', 'a', 'b']);
  // A number field matched by a word without digits is no document-number query.
  assert.deepEqual(rankResults({ ranked, pagesPerTerm: all, exactPerTerm: [], numberQuery: false }), ['a', 'b', 'c']);
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
