import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleAnchor, slugify } from '../../src/lib/build/slug.ts';

test('slugs are ASCII without diacritics, đ as d', () => {
  assert.equal(slugify('Bình đẳng giới'), 'binh-dang-gioi');
  assert.equal(slugify('ĐẠI BIỂU Quốc hội khóa XV'), 'dai-bieu-quoc-hoi-khoa-xv');
  assert.equal(slugify('  58/KH-UBND  '), '58-kh-ubnd');
  assert.equal(slugify('Nùng, Tày, Dao'), 'nung-tay-dao');
});

test('article anchors are stable', () => {
  assert.equal(articleAnchor(11), 'dieu-11');
  assert.equal(articleAnchor(11, 5), 'dieu-11-khoan-5');
});
