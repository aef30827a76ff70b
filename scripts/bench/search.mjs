// Search on a slow network. Two kinds of figures:
//  - bytes: what a reader downloads for a first search (arriving on the search page with ?q=, as the
//    header's form sends them) and for a second one on the same page, gzip-compressed as a static
//    host serves them;
//  - time: how long until the first results show over an emulated slow mobile link (Chromium's own
//    network emulation, CDP Network.emulateNetworkConditions: 400 kbit/s each way, 400 ms round trip),
//    served gzip-compressed, with an empty cache, for three queries; and, typed into the search
//    page's own field, from the Enter key to the first results.
// Figures only; the goals are printed next to them.
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { chromium } from '@playwright/test';
import { launchOptions } from '../../src/lib/chromium.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/checks/headers.ts';

/** First-search goals (gzip bytes): the site as it is, and with 2,000 synthetic entries. */
const GOAL = { site: 100 * 1000, scaled: 150 * 1000 };
/** The slow mobile link of a commune: 400 kbit/s each way, 400 ms round trip. */
const SLOW = { offline: false, latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 };
/** First results wanted within this long over the slow link. */
const TIME_GOAL_MS = 3000;
/** What readers look for: a phrase found on many pages, a body's name, a print-shop word. */
const QUERIES = ['binh dang gioi', 'so tu phap', 'le xen'];
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;

// Pagefind's index files and wasm are stored gzip-compressed already.
const precompressed = (url) => /\.(pf_\w+|pagefind)$/.test(new URL(url, 'http://x').pathname);

function kind(url) {
  const p = new URL(url).pathname;
  // One bundle (/pagefind/…) or one per language (/pagefind/vi/…).
  const folder = (name) => new RegExp(`^/pagefind/([^/]+/)?${name}/`).test(p);
  if (folder('index')) return 'index chunks';
  if (folder('fragment')) return 'page fragments';
  if (folder('filter')) return 'filters';
  if (p.endsWith('.pagefind')) return 'wasm';
  if (p.startsWith('/pagefind/')) return p.endsWith('.js') ? 'pagefind.js' : 'index metadata';
  if (p.endsWith('.js')) return 'search script';
  return 'page';
}

const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml' };

/**
 * A static server for the timed runs that compresses as a host would (gzip, level 6, for text),
 * with the headers of _headers. The shared bench server sends files as they are, which over an
 * emulated slow link would time bytes no reader downloads.
 */
function gzipServer(distDir) {
  const headersFile = path.join(distDir, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8'), headersFile) : [];
  const cache = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = path.join(distDir, decodeURIComponent(url.pathname));
    if (!file.startsWith(distDir)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    const type = types[path.extname(file)] ?? 'application/octet-stream';
    const headers = { ...headersFor(rules, url.pathname), 'Content-Type': type };
    let body = readFileSync(file);
    if (!precompressed(url.pathname) && /^(text|application\/json|image\/svg)/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      if (!cache.has(file)) cache.set(file, gzipSync(body, { level: 6 }));
      body = cache.get(file);
      headers['Content-Encoding'] = 'gzip';
    }
    res.writeHead(200, { ...headers, 'Content-Length': body.length }).end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Records every response, sized as it would travel gzip-compressed. */
function recorder(page) {
  let pending = [];
  page.on('response', (response) => {
    pending.push(
      response
        .body()
        .then((body) => ({ url: response.url(), bytes: precompressed(response.url()) ? body.length : gzipSync(body, { level: 9 }).length }))
        .catch(() => ({ url: response.url(), bytes: 0 })),
    );
  });
  return async () => {
    const done = await Promise.all(pending);
    pending = [];
    return done;
  };
}

function report(label, responses, ms) {
  const search = responses.filter((r) => kind(r.url) !== 'page');
  const total = search.reduce((n, r) => n + r.bytes, 0);
  console.log(`${label}: ${kB(total)} in ${search.length} requests${ms === undefined ? '' : `, results after ${Math.round(ms)} ms`}`);
  const groups = new Map();
  for (const r of search) {
    const g = groups.get(kind(r.url)) ?? { n: 0, bytes: 0 };
    groups.set(kind(r.url), { n: g.n + 1, bytes: g.bytes + r.bytes });
  }
  for (const [k, g] of groups) console.log(`  ${k}: ${g.n > 1 ? `${g.n} files, ` : ''}${kB(g.bytes)}`);
  return total;
}

// In the page before any of its own scripts: the moment the first result and the answer show.
function watchResults() {
  const w = window;
  new MutationObserver(() => {
    if (w.__firstResult === undefined && document.querySelector('[data-search-result]')) w.__firstResult = performance.now();
    const app = document.getElementById('search-app');
    if (w.__answered === undefined && app?.getAttribute('aria-busy') === 'false' && document.getElementById('search-status')?.textContent)
      w.__answered = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

/** A new tab with an empty cache on the slow link. */
async function slowPage(browser) {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  await page.addInitScript(watchResults);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  await cdp.send('Network.emulateNetworkConditions', SLOW);
  return { context, page };
}

const answeredFor = (page, q) =>
  page.waitForFunction(
    (q) => document.getElementById('search-app')?.getAttribute('aria-busy') === 'false' && document.getElementById('search-status')?.textContent?.includes(q),
    q,
    { timeout: 60_000 },
  );

/** Arriving on the search page with ?q= over the slow link: ms from navigation to the first result. */
async function timeArrival(browser, base, slug, q) {
  const { context, page } = await slowPage(browser);
  try {
    const take = recorder(page);
    await page.goto(`${base}/${slug}/?q=${encodeURIComponent(q)}`, { waitUntil: 'commit' });
    await answeredFor(page, q);
    const { first, answered } = await page.evaluate(() => ({ first: window.__firstResult, answered: window.__answered }));
    const bytes = (await take()).reduce((n, r) => n + r.bytes, 0);
    return { first, answered, bytes };
  } finally {
    await context.close();
  }
}

/** On the search page without a query: the field focused, the query typed, Enter; ms from Enter to the first result. */
async function timeTyped(browser, base, slug, q) {
  const { context, page } = await slowPage(browser);
  try {
    await page.goto(`${base}/${slug}/`, { waitUntil: 'load' });
    await page.locator('#search-q').focus();
    // A reader on a phone: about four letters a second.
    await page.locator('#search-q').pressSequentially(q, { delay: 250 });
    const enter = await page.evaluate(() => performance.now());
    await page.locator('#search-q').press('Enter');
    await answeredFor(page, q);
    const first = await page.evaluate(() => window.__firstResult);
    return first === undefined ? undefined : first - enter;
  } finally {
    await context.close();
  }
}

export default async function ({ distDir, port, scale = 0, contentDir = path.resolve(import.meta.dirname, '../../content') }) {
  const base = `http://127.0.0.1:${port}`;
  // The search page's address comes from the content, like every other URL.
  const slug = parse(readFileSync(path.join(contentDir, 'ui/vi.yaml'), 'utf8')).search.slug;
  // One bundle, or one per language (pagefind/<lang>/).
  const entries = readdirSync(path.join(distDir, 'pagefind'), { recursive: true }).filter((f) => String(f).endsWith('pagefind-entry.json'));
  const counts = entries.map((f) => [
    path.dirname(String(f)),
    Object.values(JSON.parse(readFileSync(path.join(distDir, 'pagefind', String(f)), 'utf8')).languages).reduce((n, l) => n + l.page_count, 0),
  ]);
  console.log(`index: ${counts.reduce((n, [, c]) => n + c, 0)} records${counts.length > 1 ? ` (${counts.map(([d, c]) => `${d} ${c}`).join(', ')})` : ''}`);
  const figures = {};

  const browser = await chromium.launch(launchOptions);
  const server = await gzipServer(distDir);
  try {
    const page = await (await browser.newContext()).newPage();
    const take = recorder(page);
    const first = QUERIES[0];
    await page.goto(`${base}/${slug}/?q=${encodeURIComponent(first)}`);
    await answeredFor(page, first);
    const firstMs = await page.evaluate(() => performance.now());
    const firstResponses = await take();
    const html = firstResponses.find((r) => kind(r.url) === 'page');
    console.log(`search page HTML: ${kB(html?.bytes ?? 0)} (not counted below)`);
    const firstBytes = report(`first search "${first}"`, firstResponses, firstMs);
    // Arriving from the header's field, the search page itself comes with the first search.
    const withPage = firstBytes + (html?.bytes ?? 0);
    console.log(`first search with the search page: ${kB(withPage)}`);

    const second = 'bầu cử';
    const start = Date.now();
    await page.locator('#search-q').fill(second);
    await page.locator('#search-q').press('Enter');
    await answeredFor(page, second);
    const secondBytes = report(`second search "${second}"`, await take(), Date.now() - start);
    const goal = scale ? GOAL.scaled : GOAL.site;
    console.log(
      `goal: first search at most ${kB(goal)}${scale ? ` with ${scale} synthetic entries (the goal is set at 2,000)` : ' for the site as it is'}: ${firstBytes <= goal ? 'met' : 'NOT met'} (with the page: ${kB(withPage)})`,
    );
    Object.assign(figures, { 'search page B': html?.bytes ?? 0, 'first search B': firstBytes, 'second search B': secondBytes });

    const slowBase = `http://127.0.0.1:${server.address().port}`;
    console.log(`\nover a slow link (${(SLOW.downloadThroughput * 8) / 1000} kbit/s, ${SLOW.latency} ms round trip, gzip, empty cache), arriving with ?q=:`);
    for (const q of QUERIES) {
      const r = await timeArrival(browser, slowBase, slug, q);
      const when = r.first === undefined ? `no results (answered after ${s(r.answered ?? NaN)})` : `first results after ${s(r.first)}`;
      console.log(`  "${q}": ${when}, ${kB(r.bytes)} with the page${r.first !== undefined && r.first <= TIME_GOAL_MS ? '' : ` (goal ${s(TIME_GOAL_MS)})`}`);
      figures[`slow "${q}" ms`] = r.first === undefined ? 'none' : Math.round(r.first);
    }
    const typed = await timeTyped(browser, slowBase, slug, QUERIES[0]);
    console.log(`  typed on the search page, "${QUERIES[0]}": first results ${typed === undefined ? 'never' : `${s(typed)} after Enter`}`);
    figures['slow typed ms'] = typed === undefined ? 'none' : Math.round(typed);
    return figures;
  } finally {
    server.close();
    await browser.close();
  }
}
