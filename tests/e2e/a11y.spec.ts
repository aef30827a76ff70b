import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site.ts';

const pages = [...sitemapPaths(), '/khong-co-trang-nay/'];

// Split the pages over tests of about ten pages each, so both workers share the load and each
// test stays well within its time limit on a busy machine, however many pages the site has.
const shards = Math.max(4, Math.ceil(pages.length / 10));
for (let shard = 0; shard < shards; shard++) {
  test(`axe finds no WCAG 2.2 AA violation and nothing leaves loopback (part ${shard + 1}/${shards})`, async ({ page, baseURL }) => {
    test.setTimeout(180_000); // about a second of axe per page
    const origin = new URL(baseURL!).origin;
    const outside: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
    });
    for (const path of pages.filter((_, i) => i % shards === shard)) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary, `axe on ${path}`).toEqual([]);
    }
    expect(outside, 'requests that left the loopback host').toEqual([]);
  });
}

test('pages stay usable at 320 px wide (no horizontal scrolling)', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of sitemapPaths()) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('keyboard users can skip to the main content, and focus is visible', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});
