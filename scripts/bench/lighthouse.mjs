// Lighthouse scores (mobile emulation, the default) for the home page and one page per section,
// on the system Chromium. The goal is 100 in all four categories.
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { createServer } from 'node:net';
import { chromiumArgs, chromiumPath } from '../../src/lib/chromium.ts';
import { sectionOf, sitemapPaths, table } from './lib/site.mjs';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** The home page, then per section its first entry page, or its index where it has no entries. */
export function samplePages(paths, section) {
  const chosen = new Map();
  for (const p of paths) {
    const s = section(p);
    if (s.lang !== section('/').lang) continue;
    const current = chosen.get(s.section);
    if (!current || (section(current).isIndex && !s.isIndex)) chosen.set(s.section, p);
  }
  return [...chosen.values()];
}

export default async function lighthouseScores({ distDir, contentDir, baseUrl }) {
  const pages = samplePages(sitemapPaths(distDir), sectionOf(contentDir));
  const port = await freePort();
  // Lighthouse drives the browser over the DevTools protocol; Playwright starts it, as the tests do.
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, `--remote-debugging-port=${port}`] });
  const rows = [['page', ...categories, 'failed audits']];
  const lowest = Object.fromEntries(categories.map((c) => [`lighthouse ${c} (lowest)`, 100]));
  try {
    for (const p of pages) {
      const result = await lighthouse(baseUrl + p, { port, output: 'json', logLevel: 'error', onlyCategories: categories });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse gave no result for ${p}`);
      const failed = categories.flatMap((c) =>
        lhr.categories[c].auditRefs
          .filter((r) => r.weight > 0 && (lhr.audits[r.id].score ?? 1) < 1)
          .map((r) => `${r.id}${lhr.audits[r.id].displayValue ? ` (${lhr.audits[r.id].displayValue})` : ''}`),
      );
      const scores = categories.map((c) => Math.round((lhr.categories[c].score ?? 0) * 100));
      categories.forEach((c, i) => (lowest[`lighthouse ${c} (lowest)`] = Math.min(lowest[`lighthouse ${c} (lowest)`], scores[i])));
      rows.push([p, ...scores, [...new Set(failed)].join(' ') || '-']);
    }
  } finally {
    await browser.close();
  }
  table(rows);
  return lowest;
}
