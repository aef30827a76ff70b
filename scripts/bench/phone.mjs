// Pages as a 360 × 800 phone lays them out (tests/phone.ts, the measure the phone tests hold to):
// the tallest page of each section in CSS px and screens, where the content starts, and how many
// pages scroll sideways or squeeze a table cell narrower than a word.
import { chromium } from '@playwright/test';
import { launchOptions } from '../../src/lib/chromium.ts';
import { phone, phoneFacts } from '../../tests/phone.ts';
import { sectionOf, sitemapPaths, table } from './lib/site.mjs';

export default async function phoneHeights({ distDir, contentDir, baseUrl }) {
  const paths = sitemapPaths(distDir);
  const section = sectionOf(contentDir);
  const browser = await chromium.launch(launchOptions);
  const measured = [];
  try {
    const context = await browser.newContext({ baseURL: baseUrl, viewport: phone });
    // Two tabs at a time: the machine has two cores.
    const queue = [...paths];
    await Promise.all(
      [0, 1].map(async () => {
        const page = await context.newPage();
        for (let p = queue.shift(); p; p = queue.shift()) {
          await page.goto(p);
          measured.push({ path: p, ...section(p), ...(await phoneFacts(page)) });
        }
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
  const screens = (px) => (px / phone.height).toFixed(1);
  const rows = [['section', 'pages', 'tallest px', 'screens', 'tallest page', 'content top px']];
  for (const [key, list] of [...groups].sort()) {
    const tallest = list.reduce((a, b) => (b.height > a.height ? b : a));
    rows.push([key, list.length, tallest.height, screens(tallest.height), tallest.path, Math.max(...list.map((m) => m.mainTop))]);
  }
  table(rows);
  const sideways = measured.filter((m) => m.sideways > 0);
  const squeezed = measured.filter((m) => m.squeezed.length > 0);
  console.log(`pages: ${measured.length}; scrolling sideways: ${sideways.length}; with a squeezed cell: ${squeezed.length}`);
  for (const m of [...sideways, ...squeezed].slice(0, 10))
    console.log(`  ${m.path}: ${m.sideways ? `${m.sideways} px sideways ` : ''}${m.squeezed.slice(0, 2).join('; ')}`);
  const tallest = measured.reduce((a, b) => (b.height > a.height ? b : a));
  console.log(`tallest: ${tallest.path} (${tallest.height} px, ${screens(tallest.height)} screens)`);
  const byIndex = (key) => groups.get(key)?.reduce((n, m) => Math.max(n, m.height), 0) ?? 0;
  return {
    'phone tallest px': tallest.height,
    'phone home px': byIndex('home'),
    'phone content top max px': Math.max(...measured.map((m) => m.mainTop)),
    'phone pages sideways': sideways.length,
    'phone pages squeezed': squeezed.length,
  };
}
