// What each page costs a reader as it loads, before any interaction, on a phone-sized screen:
// gzip bytes within budget, no JavaScript except on search, images that do not hold the text back,
// and nothing blocked by the Content-Security-Policy.
import { expect, test } from '@playwright/test';
import { budgets, imageProblems } from '../../src/lib/checks/page-weight.ts';
import { cspViolations, measureLoad } from '../measure.ts';
import { indexPaths, searchPaths, sitemapPaths } from './site.ts';

const viewport = { width: 360, height: 640 };
test.use({ viewport });

const pages = [...sitemapPaths(), '/khong-co-trang-nay/'];
// About twenty pages per test, so that each stays well within its time limit.
const shards = Math.max(2, Math.ceil(pages.length / 20));
for (let shard = 0; shard < shards; shard++) {
  test(`every page loads within its byte budget, with JavaScript only on search (part ${shard + 1}/${shards})`, async ({ page }) => {
    const violations = cspViolations(page);
    const problems: string[] = [];
    for (const path of pages.filter((_, i) => i % shards === shard)) {
      const load = await measureLoad(page, path);
      const budget = indexPaths().includes(path) ? budgets.index : budgets.other;
      if (load.bytes > budget) problems.push(`${path}: ${load.bytes} B > ${budget} B (${load.files.map((f) => `${f.url} ${f.bytes}`).join(', ')})`);
      if (load.scripts > 0 && !searchPaths().includes(path)) problems.push(`${path}: ${load.scripts} script(s) on load`);
      problems.push(...imageProblems(load.images, viewport.height).map((p) => `${path}: ${p}`));
    }
    expect(problems).toEqual([]);
    expect(violations).toEqual([]);
  });
}

test('the search page loads its script, and still fits the index budget', async ({ page }) => {
  for (const path of searchPaths()) {
    const load = await measureLoad(page, path);
    expect(load.scripts, path).toBeGreaterThan(0);
    expect(load.bytes, path).toBeLessThanOrEqual(budgets.index);
  }
});
