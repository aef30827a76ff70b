import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { findFirst, linkFirstUses } from '../../src/lib/after-build/glossary-links.ts';

const vi = [
  { term: 'Bình đẳng giới', href: '/luat/thuat-ngu/#binh-dang-gioi' },
  { term: 'Định kiến giới', href: '/luat/thuat-ngu/#dinh-kien-gioi' },
  { term: 'Giới', href: '/luat/thuat-ngu/#gioi' },
];
const en = [{ term: 'Gender stereotype', href: '/en/laws/glossary/#gender-stereotype' }];
const termsFor = (lang: string) => (lang === 'en' ? en : vi);

test('matches whole words, any case, with diacritics', () => {
  assert.equal(findFirst('Xóa bỏ định kiến giới trong bầu cử', vi)?.index, 7);
  assert.equal(findFirst('bất bình đẳng giớitính', vi), null);
});

test('links the first use of each multi-word term inside main, skipping headings and links', () => {
  const tree = fromHtml(
    '<html lang="vi"><body><header>bình đẳng giới</header><main><h1>Bình đẳng giới</h1><p>Thúc đẩy bình đẳng giới, chống định kiến giới. Lại bình đẳng giới.</p><p><a href="/x">định kiến giới</a></p><p lang="en">No gender stereotype here.</p></main></body></html>',
  );
  assert.equal(linkFirstUses(tree, termsFor, 'vi'), 3);
  const html = toHtml(tree);
  assert.match(html, /<header>bình đẳng giới<\/header>/);
  assert.match(html, /<h1>Bình đẳng giới<\/h1>/);
  assert.match(
    html,
    /Thúc đẩy <a href="\/luat\/thuat-ngu\/#binh-dang-gioi" class="term">bình đẳng giới<\/a>, chống <a href="\/luat\/thuat-ngu\/#dinh-kien-gioi" class="term">định kiến giới<\/a>\. Lại bình đẳng giới\./,
  );
  assert.match(html, /No <a href="\/en\/laws\/glossary\/#gender-stereotype" class="term">gender stereotype<\/a> here/);
  assert.doesNotMatch(html, /#gioi"/, 'single-word terms are not linked');
});

test('a page marked data-no-glossary is left alone', () => {
  const tree = fromHtml('<main data-no-glossary><p>định kiến giới</p></main>');
  assert.equal(linkFirstUses(tree, termsFor, 'vi'), 0);
});
