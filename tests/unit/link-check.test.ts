import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkLinks, pageFacts, urlPathOf } from '../../src/lib/checks/link-check.ts';

const origin = 'https://example.org';

test('page facts: ids, and addresses from links, images, sources, scripts, forms and Open Graph', () => {
  const facts = pageFacts(`<!doctype html><html><head>
    <link rel="canonical" href="https://example.org/a/"><meta property="og:url" content="https://example.org/a/">
    <script type="module" src="/_astro/s.js"></script></head><body>
    <h2 id="dieu-1">x</h2><a name="old">y</a>
    <a href="/b/#dieu-2">b</a><picture><source srcset="/i/p-400.avif 400w, /i/p-800.avif 800w" type="image/avif"><img src="/i/p.jpg" alt=""></picture>
    <form action="/tim-kiem/"></form><template><a href="/in-template/">t</a></template></body></html>`);
  assert.deepEqual([...facts.ids].sort(), ['dieu-1', 'old']);
  assert.deepEqual(
    facts.refs.map((r) => `${r.what} ${r.url}`),
    [
      'link href https://example.org/a/',
      'meta og:url https://example.org/a/',
      'script src /_astro/s.js',
      'a href /b/#dieu-2',
      'source srcset /i/p-400.avif',
      'source srcset /i/p-800.avif',
      'img src /i/p.jpg',
      'form action /tim-kiem/',
      'a href /in-template/',
    ],
  );
});

test('pages answer at their directory', () => {
  assert.equal(urlPathOf('/luat/x/index.html'), '/luat/x/');
  assert.equal(urlPathOf('/404.html'), '/404.html');
});

test('the link check finds missing files, missing anchors and missing trailing slashes, and nothing else', () => {
  const page = (html: string) => pageFacts(`<!doctype html><title>t</title>${html}`);
  const pages = new Map([
    ['/index.html', page('<a href="/luat/#dieu-1">ok</a><a href="luat/x/">ok, relative</a><a href="https://example.org/data/a.csv">ok, absolute</a>')],
    ['/luat/index.html', page('<h2 id="dieu-1">1</h2><a href="#dieu-9">no anchor</a><a href="/khong-co/">nowhere</a><a href="/luat">no slash</a>')],
    [
      '/luat/x/index.html',
      page('<a href="https://other.example/#x">external</a><a href="mailto:a@b.c">mail</a><a href="../#dieu-1">ok</a><img src="/anh.avif" alt="">'),
    ],
  ]);
  const files = new Set([...pages.keys(), '/data/a.csv']);
  assert.deepEqual(checkLinks({ origin, files, pages }), [
    '/luat/index.html: a href="#dieu-9" points to #dieu-9, which /luat/index.html does not have',
    '/luat/index.html: a href="/khong-co/" leads to no file',
    '/luat/index.html: a href="/luat" leaves out the trailing slash (a redirect on every tap)',
    '/luat/x/index.html: img src="/anh.avif" leads to no file',
  ]);
});
