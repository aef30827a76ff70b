// Search on a slow network: what a reader downloads for a first search (arriving on the
// search page with ?q=) and for a second one on the same page, gzip-compressed as a static
// host serves it, and the time until results show. Figures only; the goal is printed too.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { chromium } from '@playwright/test';
import { launchOptions } from '../../src/lib/chromium.ts';

const GOAL = 100 * 1000;
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

// Pagefind's index files and wasm are stored gzip-compressed already.
const precompressed = (url) => /\.(pf_\w+|pagefind)$/.test(new URL(url).pathname);

function kind(url) {
  const p = new URL(url).pathname;
  if (p.includes('/pagefind/index/')) return 'index chunks';
  if (p.includes('/pagefind/fragment/')) return 'page fragments';
  if (p.includes('/pagefind/filter/')) return 'filters';
  if (p.endsWith('.pagefind')) return 'wasm';
  if (p.startsWith('/pagefind/')) return p.endsWith('.js') ? 'pagefind.js' : 'index metadata';
  if (p.endsWith('.js')) return 'search script';
  return 'page';
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
  const total = search.reduce((s, r) => s + r.bytes, 0);
  console.log(`${label}: ${kB(total)} in ${search.length} requests, results after ${Math.round(ms)} ms`);
  const groups = new Map();
  for (const r of search) {
    const g = groups.get(kind(r.url)) ?? { n: 0, bytes: 0 };
    groups.set(kind(r.url), { n: g.n + 1, bytes: g.bytes + r.bytes });
  }
  for (const [k, g] of groups) console.log(`  ${k}: ${g.n > 1 ? `${g.n} files, ` : ''}${kB(g.bytes)}`);
  return total;
}

export default async function ({ distDir, port, contentDir = path.resolve(import.meta.dirname, '../../content') }) {
  const base = `http://127.0.0.1:${port}`;
  // The search page's address comes from the content, like every other URL.
  const slug = parse(readFileSync(path.join(contentDir, 'ui/vi.yaml'), 'utf8')).sections.search.slug;
  const entry = JSON.parse(readFileSync(path.join(distDir, 'pagefind/pagefind-entry.json'), 'utf8'));
  const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  console.log(`index: ${pages} pages`);

  const browser = await chromium.launch(launchOptions);
  try {
    const page = await (await browser.newContext()).newPage();
    const take = recorder(page);
    const answered = (q) =>
      page.waitForFunction(
        (q) =>
          document.getElementById('search-app')?.getAttribute('aria-busy') === 'false' && document.getElementById('search-status')?.textContent?.includes(q),
        q,
      );

    const first = 'binh dang gioi';
    await page.goto(`${base}/${slug}/?q=${encodeURIComponent(first)}`);
    await answered(first);
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
    await answered(second);
    const secondBytes = report(`second search "${second}"`, await take(), Date.now() - start);

    console.log(`goal: first search under ${kB(GOAL)}: ${firstBytes < GOAL ? 'met' : 'NOT met'}; with the page: ${withPage < GOAL ? 'met' : 'NOT met'}`);
    return { 'search page B': html?.bytes ?? 0, 'first search B': firstBytes, 'second search B': secondBytes };
  } finally {
    await browser.close();
  }
}
