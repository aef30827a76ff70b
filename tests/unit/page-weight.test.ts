import { test } from 'node:test';
import assert from 'node:assert/strict';
import { budgets, gzipBytes, imageProblems, isCounted, type ImageFacts } from '../../src/lib/checks/page-weight.ts';

const img = (over: Partial<ImageFacts>): ImageFacts => ({
  src: '/_astro/poster.jpg',
  width: '800',
  height: '1131',
  loading: 'lazy',
  top: 900,
  sources: [
    { type: 'image/avif', srcset: '/_astro/poster-400.avif 400w, /_astro/poster-800.avif 800w' },
    { type: 'image/webp', srcset: '/_astro/poster-400.webp 400w, /_astro/poster-800.webp 800w' },
  ],
  ...over,
});

test('budgets: one round trip for index pages, a little more for the rest', () => {
  assert.equal(budgets.index, 14_600);
  assert.equal(budgets.other, 30_000);
});

test('bytes are counted compressed, images and media apart', () => {
  const text = new TextEncoder().encode('<p>bình đẳng giới</p>'.repeat(500));
  assert.ok(gzipBytes(text) < text.length / 20);
  assert.equal(gzipBytes(text), gzipBytes(text));
  for (const t of ['text/html; charset=utf-8', 'text/css', 'text/javascript', 'font/woff2', 'application/wasm']) assert.ok(isCounted(t), t);
  for (const t of ['image/avif', 'image/svg+xml', 'video/mp4']) assert.ok(!isCounted(t), t);
});

test('a responsive, sized, lazy picture below the fold passes, as does an eager one above it and an SVG', () => {
  assert.deepEqual(imageProblems([img({}), img({ top: 100, loading: null }), img({ src: '/logo.svg', sources: null, top: 10, loading: null })], 640), []);
});

test('images without size, eager below the fold, or without modern formats fail', () => {
  assert.deepEqual(imageProblems([img({ width: null })], 640), ['<img src="/_astro/poster.jpg"> has no width and height: the text jumps as it loads']);
  assert.deepEqual(imageProblems([img({ loading: 'eager' })], 640), ['<img src="/_astro/poster.jpg"> is below the fold (900 px) without loading="lazy"']);
  assert.deepEqual(imageProblems([img({ sources: null })], 640), ['<img src="/_astro/poster.jpg"> is not in a <picture> with AVIF and WebP sources']);
  assert.deepEqual(imageProblems([img({ sources: [{ type: 'image/webp', srcset: 'a.webp' }] })], 640), [
    '<img src="/_astro/poster.jpg"> is not in a <picture> with AVIF and WebP sources',
  ]);
  assert.deepEqual(
    imageProblems(
      [
        img({
          sources: [
            { type: 'image/avif', srcset: null },
            { type: 'image/webp', srcset: 'a.webp' },
          ],
        }),
      ],
      640,
    ),
    ['<img src="/_astro/poster.jpg"> has a <source> without srcset'],
  );
});
