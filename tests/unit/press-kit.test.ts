import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unzipSync } from 'fflate';
import { pressKitContents, zipFiles } from '../../src/lib/press-kit.ts';
import { describeDownload } from '../../src/lib/format.ts';

test('a language’s press kit takes its fact sheet, A4 posters, share images and data, nothing else', () => {
  const files = [
    '/tai-ve/thong-tin-bao-chi-vi.pdf',
    '/tai-ve/thong-tin-bao-chi-en.pdf',
    '/tai-ve/ap-phich-x-a4-vi.pdf',
    '/tai-ve/ap-phich-x-a2-vi.pdf',
    '/tai-ve/ap-phich-x-a4-vi-crop.pdf',
    '/tai-ve/ap-phich-x-a4-en.pdf',
    '/tai-ve/chia-se/thong-diep-x-vi-1200x630.png',
    '/tai-ve/chia-se/thong-diep-x-en-1200x630.png',
    '/tai-ve/tai-lieu-y-a4-vi.pdf',
    '/data/ke-hoach-58-2020-vi.csv',
    '/data/ke-hoach-58-2020-en.csv',
    '/luat/index.html',
  ];
  assert.deepEqual(
    pressKitContents('vi', files).map((f) => f.name),
    ['anh-chia-se/thong-diep-x-vi-1200x630.png', 'ap-phich/ap-phich-x-a4-vi.pdf', 'du-lieu/ke-hoach-58-2020-vi.csv', 'thong-tin-bao-chi-vi.pdf'],
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
  const t = { downloadTime: 'khoảng {time} trên mạng di động chậm', pagesOne: '1 trang', pagesMany: '{n} trang' };
  assert.match(describeDownload({ format: 'PDF', detail: 'A4', pages: 3, bytes: 1_234_567 }, t, 'vi'), /^\(PDF, A4, 3 trang, 1,2 MB; khoảng .+ trên mạng di động chậm\)$/);
  assert.match(describeDownload({ format: 'PNG', detail: '1200 × 630 px', bytes: 2048 }, { ...t, pagesOne: '1 page', pagesMany: '{n} pages', downloadTime: 'about {time}' }, 'en'), /^\(PNG, 1200 × 630 px, 2(\.0)? kB; about /);
});
