// Page weights as a phone loads each page before any interaction (the measure the tests budget):
// gzip bytes of HTML, CSS, JS and fonts, images apart; median and maximum by section.
import { chromium } from '@playwright/test';
import { launchOptions } from '../../src/lib/chromium.ts';
import { measureLoad } from '../../tests/measure.ts';
import { budgets } from '../../src/lib/checks/page-weight.ts';
import { median, sectionOf, sitemapPaths, table } from './lib/site.mjs';

export default async function weights({ distDir, contentDir, baseUrl }) {
  const paths = sitemapPaths(distDir);
  const section = sectionOf(contentDir);
  const browser = await chromium.launch(launchOptions);
  const measured = [];
  try {
    const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 360, height: 640 } });
    // Two tabs at a time: the machine has two cores.
    const queue = [...paths];
    await Promise.all(
      [0, 1].map(async () => {
        const page = await context.newPage();
        for (let p = queue.shift(); p; p = queue.shift()) measured.push({ path: p, ...section(p), ...(await measureLoad(page, p)) });
      }),
    );
  } finally {
    await browser.close();
  }

  const groups = new Map();
  for (const m of measured) {
    const key = m.section === 'home' ? 'home' : `${m.section} ${m.isIndex ? 'index' : 'pages'}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const rows = [['section', 'pages', 'median B', 'max B', 'budget B', 'over', 'scripts']];
  for (const [key, list] of [...groups].sort()) {
    const budget = list[0].isIndex ? budgets.index : budgets.other;
    const bytes = list.map((m) => m.bytes);
    rows.push([
      key,
      list.length,
      median(bytes),
      Math.max(...bytes),
      budget,
      list.filter((m) => m.bytes > budget).length,
      list.reduce((n, m) => n + m.scripts, 0),
    ]);
  }
  const all = measured.map((m) => m.bytes);
  rows.push([
    'all pages',
    measured.length,
    median(all),
    Math.max(...all),
    '',
    measured.filter((m) => m.bytes > (m.isIndex ? budgets.index : budgets.other)).length,
    '',
  ]);
  table(rows);
  const heaviest = measured.sort((a, b) => b.bytes - a.bytes)[0];
  if (heaviest) console.log(`heaviest: ${heaviest.path} (${heaviest.bytes} B)`);
  const over = (m) => m.bytes > (m.isIndex ? budgets.index : budgets.other);
  const indexes = measured.filter((m) => m.isIndex).map((m) => m.bytes);
  return {
    pages: measured.length,
    'page median B': median(all),
    'page max B': Math.max(...all),
    'index page max B': Math.max(...indexes),
    'pages over budget': measured.filter(over).length,
  };
}
