import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unzipSync } from 'fflate';
import { zipFiles } from '../../src/lib/after-build/zip.ts';
import { kitEntries } from '../../src/sections/press/kit-entries.ts';
import { describeDownload } from '../../src/lib/build/format.ts';
import { createTranslator } from '../../src/i18n/t.ts';

test('press kit entries: each file under its folder by its own name, sorted, each once', () => {
  assert.deepEqual(
    kitEntries([
      { path: '/tai-ve/thong-tin-bao-chi-vi.pdf', folder: '' },
      { path: '/tai-ve/chia-se/thong-diep-x-vi-1200x630.png', folder: 'anh-chia-se' },
      { path: '/tai-ve/ap-phich-x-a4-vi.pdf', folder: 'ap-phich' },
      { path: '/data/ke-hoach-58-2020-vi.csv', folder: 'du-lieu' },
      { path: '/tai-ve/ap-phich-x-a4-vi.pdf', folder: 'ap-phich' },
    ]).map((f) => f.name),
    ['anh-chia-se/thong-diep-x-vi-1200x630.png', 'ap-phich/ap-phich-x-a4-vi.pdf', 'du-lieu/ke-hoach-58-2020-vi.csv', 'thong-tin-bao-chi-vi.pdf'],
  );
  assert.throws(
    () =>
      kitEntries([
        { path: '/a/x.pdf', folder: 'f' },
        { path: '/b/x.pdf', folder: 'f' },
      ]),
    /Two files of the press kit would be named f\/x\.pdf/,
  );
});

test('the ZIP is valid, whatever the order files come in, and the same files give the same bytes', () => {
  const a = zipFiles([
    { name: 'b.csv', data: new TextEncoder().encode('x,y\n1,2\n') },
    { name: 'a.pdf', data: new Uint8Array([37, 80, 68, 70]) },
  ]);
  const b = zipFiles([
    { name: 'a.pdf', data: new Uint8Array([37, 80, 68, 70]) },
    { name: 'b.csv', data: new TextEncoder().encode('x,y\n1,2\n') },
  ]);
  assert.ok(Buffer.from(a).equals(Buffer.from(b)));
  const back = unzipSync(a);
  assert.deepEqual(Object.keys(back), ['a.pdf', 'b.csv']);
  assert.equal(new TextDecoder().decode(back['b.csv']), 'x,y\n1,2\n');
});

test('a download’s cost reads the reader’s way', () => {
  const vi = createTranslator({ common: { downloadTime: 'khoảng {time} trên mạng di động chậm', pages: { other: '{count} trang' } } }, 'vi', 'vi-VN');
  const en = createTranslator({ common: { downloadTime: 'about {time}', pages: { one: '{count} page', other: '{count} pages' } } }, 'en', 'en-GB');
  assert.match(
    describeDownload({ format: 'PDF', detail: 'A4', pages: 3, bytes: 1_234_567 }, vi),
    /^\(PDF, A4, 3 trang, 1,2 MB; khoảng .+ trên mạng di động chậm\)$/,
  );
  assert.match(describeDownload({ format: 'PDF', pages: 1, bytes: 2048 }, en), /^\(PDF, 1 page, 2(\.0)? kB; about /);
  assert.match(describeDownload({ format: 'PNG', detail: '1200 × 630 px', bytes: 2048 }, en), /^\(PNG, 1200 × 630 px, 2(\.0)? kB; about /);
});
