import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { basePathOf, sitePaths } from '../../src/config/site-paths.ts';
import { loadSite } from '../../src/config/load.ts';
import { fileOfHref } from '../../src/lib/after-build/built-files.ts';
import { jobsOf } from '../../src/lib/print/jobs.ts';

const file = path.resolve(import.meta.dirname, '../../content/site.yaml');

test('the base is the path of the site address, with a trailing slash', () => {
  assert.equal(basePathOf('https://binhdanggioi.langson.example'), '/');
  assert.equal(basePathOf('https://example.gov.vn/binh-dang-gioi/'), '/binh-dang-gioi/');
  assert.equal(basePathOf('https://example.gov.vn/binh-dang-gioi'), '/binh-dang-gioi/');
  assert.equal(basePathOf('https://example.gov.vn/a/b/'), '/a/b/');
});

test('href adds the base once, sitePathOfHref takes it off, absoluteUrl adds the host', () => {
  const root = sitePaths('https://binhdanggioi.langson.example');
  assert.equal(root.href('/tai-ve/x.pdf'), '/tai-ve/x.pdf');
  assert.equal(root.sitePathOfHref('/tai-ve/x.pdf'), '/tai-ve/x.pdf');
  assert.equal(root.absoluteUrl('/luat/'), 'https://binhdanggioi.langson.example/luat/');
  assert.equal(root.address, 'binhdanggioi.langson.example');

  const sub = sitePaths('https://example.gov.vn/binh-dang-gioi/');
  assert.equal(sub.base, '/binh-dang-gioi/');
  assert.equal(sub.href('/'), '/binh-dang-gioi/');
  assert.equal(sub.href('/tai-ve/x.pdf'), '/binh-dang-gioi/tai-ve/x.pdf');
  assert.equal(sub.href('/luat/x/#dieu-1'), '/binh-dang-gioi/luat/x/#dieu-1');
  assert.equal(sub.sitePathOfHref(sub.href('/tai-ve/x.pdf')), '/tai-ve/x.pdf');
  assert.equal(sub.sitePathOfHref('/binh-dang-gioi/'), '/');
  assert.equal(sub.sitePathOfHref('/tai-ve/x.pdf'), undefined, 'an address without the base is not one of the site');
  assert.equal(sub.absoluteUrl('/luat/'), 'https://example.gov.vn/binh-dang-gioi/luat/');
  assert.equal(sub.address, 'example.gov.vn/binh-dang-gioi');
  // Only site paths go in: anything else would resolve against the page that links it.
  assert.throws(() => sub.href('luat/'), /not a site path/);
  assert.throws(() => sub.href('//cdn.example/x.js'), /not a site path/);
});

test('after the build, an address in a page leads to its file in dist/, or to none outside the base', () => {
  const { sitePathOfHref } = sitePaths('https://example.gov.vn/binh-dang-gioi/');
  assert.equal(fileOfHref('/out', '/binh-dang-gioi/luat/x/#dieu-1', sitePathOfHref), '/out/luat/x/index.html');
  assert.equal(fileOfHref('/out', '/binh-dang-gioi/tai-ve/a%20b.pdf?v=1', sitePathOfHref), '/out/tai-ve/a b.pdf');
  assert.equal(fileOfHref('/out', '/binh-dang-gioi/', sitePathOfHref), '/out/index.html');
  assert.equal(fileOfHref('/out', '/luat/x/', sitePathOfHref), undefined);
});

test('render jobs under a base hold site paths; a file outside the base fails, naming the page', () => {
  const { sitePathOfHref } = sitePaths('https://example.gov.vn/binh-dang-gioi/');
  const html = `<html lang="vi"><head><title>A4</title>
    <link rel="alternate" type="application/pdf" href="/binh-dang-gioi/tai-ve/ap-phich-x-a4-vi.pdf" data-render data-paper="216x303" data-bleed="3" data-preview="/binh-dang-gioi/tai-ve/xem-truoc/ap-phich-x-vi"></head></html>`;
  const [job] = jobsOf(html, '/in/vi/ap-phich/x/a4/', sitePathOfHref);
  assert.equal(job!.output, '/tai-ve/ap-phich-x-a4-vi.pdf');
  assert.equal(job!.preview, '/tai-ve/xem-truoc/ap-phich-x-vi');
  assert.throws(
    () => jobsOf(html.replace('/binh-dang-gioi/tai-ve/ap-phich', '/tai-ve/ap-phich'), '/in/vi/ap-phich/x/a4/', sitePathOfHref),
    /\/in\/vi\/ap-phich\/x\/a4\/: the file to render/,
  );
});

test('SITE_URL is checked like the url of site.yaml; a query or fragment cannot be a base', () => {
  assert.equal(loadSite(file, { SITE_URL: 'https://example.gov.vn/binh-dang-gioi/' }).url, 'https://example.gov.vn/binh-dang-gioi/');
  assert.throws(
    () => loadSite(file, { SITE_URL: 'example.gov.vn/binh-dang-gioi/' }),
    /SITE_URL=example\.gov\.vn\/binh-dang-gioi\/: .*not an http:\/\/ or https:\/\/ address/,
  );
  assert.throws(() => loadSite(file, { SITE_URL: 'ftp://example.gov.vn/' }), /SITE_URL=ftp:\/\/example\.gov\.vn\/: /);
  assert.throws(() => loadSite(file, { SITE_URL: 'https://example.gov.vn/x/?a=1' }), /SITE_URL=https:\/\/example\.gov\.vn\/x\/\?a=1: .*cannot have a query/);
  assert.throws(() => loadSite(file, { SITE_URL: 'https://example.gov.vn/x/#top' }), /cannot have a query \(\?\) or a fragment \(#\)/);
});
