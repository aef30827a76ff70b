// Published under a path of its host (SITE_URL=https://example.gov.vn/binh-dang-gioi/), the site works:
// every address its pages, sitemap, search index and downloads.json write carries the base once and
// leads to a file of the build, the print pipeline still finds its pages and makes the posters (with
// the full address in their QR codes), and the press kit is zipped. Renders are shared with the main
// build's cache, so a second run renders nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, unzipSync } from 'fflate';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { parse } from 'yaml';
import { checkLinks, pageFacts, type PageFacts } from '../src/lib/checks/link-check.ts';

const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, '.cache/fixtures/subpath');
const dist = path.join(work, 'dist');
const siteUrl = 'https://example.gov.vn/binh-dang-gioi/';
const origin = new URL(siteUrl).origin;
const base = new URL(siteUrl).pathname;

/** The file an address of the site leads to, or undefined when it is not under the base. */
function fileOf(address: string): string | undefined {
  const { pathname } = new URL(address, siteUrl);
  if (!pathname.startsWith(base)) return undefined;
  const rel = decodeURIComponent(pathname.slice(base.length));
  return path.join(dist, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
}

test('under a sub-path, every address carries the base and leads to a file; posters, press kit and search are made', { timeout: 600_000 }, () => {
  rmSync(work, { recursive: true, force: true });
  // A copy of content/, so the build has a cache folder of its own (astro.config.mjs), apart from the main build's.
  cpSync(path.join(root, 'content'), path.join(work, 'content'), { recursive: true });
  // A recording of one message's script (test bytes, never published: the site has no recording yet),
  // to see the page play it and offer it, under the base, with its size and length.
  const message = path.join(work, 'content/messages/vi/chon-nguoi-co-nang-luc.mdx');
  mkdirSync(path.join(work, 'content/audio'), { recursive: true });
  writeFileSync(path.join(work, 'content/audio/thu-nghiem.ogg'), Buffer.alloc(2048, 1));
  writeFileSync(
    message,
    readFileSync(message, 'utf8').replace(/^pictureAlt:/m, 'audio:\n  file: thu-nghiem.ogg\n  seconds: 75\n  readBy: Người đọc thử\npictureAlt:'),
  );
  const run = spawnSync('npx', ['astro', 'build', '--outDir', dist], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: path.relative(root, path.join(work, 'content')),
      SITE_URL: siteUrl,
      PRINT_CACHE_DIR: path.join(root, 'node_modules/.astro/print'),
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
  });
  const output = (run.stdout + run.stderr).replace(/\x1b\[[0-9;]*m/g, '');
  assert.equal(run.status, 0, `the build should pass:\n${output.slice(-3000)}`);

  // The files as the host serves them: under the base.
  const rels = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dist, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
  const files = new Set(rels.map((r) => base + r));
  const pages = new Map<string, PageFacts>();
  const outside: string[] = [];
  for (const rel of rels.filter((r) => r.endsWith('.html'))) {
    const html = readFileSync(path.join(dist, rel), 'utf8');
    const facts = pageFacts(html);
    // Inline styles load fonts with url(): the link check reads attributes only.
    for (const m of html.matchAll(/url\((["']?)(\/[^)"']*)\1\)/g)) facts.refs.push({ what: 'style url()', url: m[2]! });
    pages.set(base + rel, facts);
    for (const ref of facts.refs) {
      if (/^(mailto|tel|data|blob):/i.test(ref.url)) continue;
      const url = new URL(ref.url, origin + base + rel);
      // Site-internal: a path on this host (relative, root-relative or absolute): it must be under the base.
      if (url.origin === origin && !url.pathname.startsWith(base)) outside.push(`${rel}: ${ref.what}="${ref.url}"`);
    }
  }
  assert.deepEqual(outside.slice(0, 20), [], `${outside.length} addresses leave out the base ${base}`);
  // The sitemap and robots.txt name absolute addresses, the base in them once.
  const sitemap = readFileSync(path.join(dist, 'sitemap.xml'), 'utf8');
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  assert.ok(locs.length > 50 && locs.every((l) => l.startsWith(siteUrl) && !l.startsWith(siteUrl + base.slice(1))), `sitemap: ${locs.slice(0, 3).join(', ')}`);
  pages.set(`${base}sitemap.xml`, { ids: new Set(), refs: locs.map((url) => ({ what: 'loc', url })) });
  const robots = readFileSync(path.join(dist, 'robots.txt'), 'utf8');
  assert.match(robots, new RegExp(`^Sitemap: ${siteUrl}sitemap\\.xml$`, 'm'));
  // Every address leads to a file (and a #fragment to its element): with the base missing or doubled, nothing would.
  const refs = [...pages.values()].reduce((n, p) => n + p.refs.length, 0);
  assert.ok(refs > 1000, `${refs} addresses checked`);
  assert.deepEqual(checkLinks({ origin, files, pages }).slice(0, 20), []);

  // downloads.json: every file by its address under the base, and each of them made.
  const manifest = JSON.parse(readFileSync(path.join(dist, 'downloads.json'), 'utf8')) as { site: string; files: { url: string }[] };
  assert.equal(manifest.site, siteUrl);
  assert.ok(manifest.files.length > 100);
  for (const f of manifest.files) assert.ok(f.url.startsWith(`${base}tai-ve/`) || f.url.startsWith(`${base}data/`), f.url);
  for (const f of manifest.files) assert.ok(files.has(new URL(f.url, origin).pathname), `${f.url} was not made`);

  // A poster: its PDF was made, and its QR code holds the message page's full address, the base in it once.
  const ui = parse(readFileSync(path.join(root, 'content/ui/vi.yaml'), 'utf8')) as { messages: { slug: string } };
  const poster = manifest.files.map((f) => new RegExp(`^${base}tai-ve/ap-phich-(.+)-a4-vi\\.pdf$`).exec(f.url)).find(Boolean);
  assert.ok(poster, 'downloads.json should list an A4 poster in Vietnamese');
  const pdf = fileOf(poster[0])!;
  assert.equal(readFileSync(pdf).subarray(0, 5).toString(), '%PDF-');
  const dir = mkdtempSync(path.join(tmpdir(), 'subpath-qr-'));
  try {
    const png = path.join(dir, 'a4');
    const raster = spawnSync('pdftoppm', ['-r', '80', '-png', '-singlefile', pdf, png]);
    assert.equal(raster.status, 0, `pdftoppm (Debian package poppler-utils) must be installed: ${raster.error ?? raster.stderr}`);
    const image = PNG.sync.read(readFileSync(`${png}.png`));
    assert.equal(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data, `${siteUrl}${ui.messages.slug}/${poster[1]}/`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // The press kit was zipped from files found through their addresses under the base.
  const kit = manifest.files.find((f) => f.url === `${base}tai-ve/bo-tai-lieu-bao-chi-vi.zip`);
  assert.ok(kit, 'downloads.json should list the Vietnamese press kit');
  const entries = Object.keys(unzipSync(readFileSync(fileOf(kit.url)!)));
  assert.ok(
    entries.some((e) => e.endsWith(`ap-phich-${poster[1]}-a4-vi.pdf`)),
    `the press kit holds the poster: ${entries.join(', ')}`,
  );

  // The recording: played by a plain <audio>, with who reads it and for how long, and offered with its size.
  const withAudio = readFileSync(fileOf(`${base}thong-diep/chon-nguoi-co-nang-luc/`)!, 'utf8');
  const has = (re: RegExp, what: string) => assert.ok(re.test(withAudio), what);
  has(new RegExp(`<audio controls preload="none" src="${base}tai-ve/am-thanh/thu-nghiem.ogg"`), 'a plain <audio> under the base');
  has(/Người đọc: Người đọc thử\. Thời lượng: 1 phút, 15 giây\./, 'who reads it and for how long');
  has(/thu-nghiem\.ogg"[^>]*>[^<]*<\/a>\s*<span[^>]*>\(OGG, 2 kB/, 'the download with its format and size');
  assert.ok(files.has(`${base}tai-ve/am-thanh/thu-nghiem.ogg`), 'the recording is served');

  // Search: the search page loads each bundle under the base, and every result links under it.
  const searchPage = [...pages.keys()].map((p) => readFileSync(fileOf(p)!, 'utf8')).find((html) => html.includes('data-search-index="{'));
  assert.ok(searchPage, 'a search page with its bundles written in');
  const bundles = JSON.parse(/data-search-index="([^"]*)"/.exec(searchPage)![1]!.replaceAll('&quot;', '"').replaceAll('&amp;', '&')) as Record<
    string,
    { path: string }
  >;
  assert.ok(Object.keys(bundles).length > 0);
  for (const [lang, b] of Object.entries(bundles)) {
    assert.equal(b.path, `${base}pagefind/${lang}/`);
    assert.ok(files.has(`${b.path}pagefind.js`), `${b.path}pagefind.js`);
    const folder = path.join(dist, 'pagefind', lang, 'fragment');
    for (const name of readdirSync(folder)) {
      const body = Buffer.from(gunzipSync(readFileSync(path.join(folder, name)))).toString('utf8');
      const url = (JSON.parse(body.slice(body.indexOf('{'))) as { url: string }).url;
      assert.ok(fileOf(url) && files.has(new URL(url, origin).pathname.replace(/\/$/, '/index.html')), `search result ${url}`);
    }
  }
  rmSync(work, { recursive: true, force: true });
});
