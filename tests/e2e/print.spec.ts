// The site's pages on paper (its own print styles, not the poster PDFs): no sheet holds the footer
// (or the header) alone, and each external address prints once, whether as a link's text or after it.
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sitemapPaths } from './site.ts';

const pages = [...sitemapPaths(), '/khong-co-trang-nay/'];
const shards = Math.max(2, Math.ceil(pages.length / 20));
const squash = (s: string) => s.replace(/\s+/g, '');

for (let shard = 0; shard < shards; shard++) {
  test(`every page prints without a sheet holding only the footer, each address once (part ${shard + 1}/${shards})`, async ({ page }) => {
    test.setTimeout(120_000);
    const dir = mkdtempSync(path.join(tmpdir(), 'print-'));
    const problems: string[] = [];
    try {
      for (const url of pages.filter((_, i) => i % shards === shard)) {
        await page.goto(url);
        await page.emulateMedia({ media: 'print' });
        // Each external address, as printed: a link's own text, or the address its print style adds after it.
        const printed = await page.evaluate(() => {
          const counts: Record<string, number> = {};
          for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href^="http"]')) {
            if (a.getClientRects().length === 0) continue;
            const href = a.getAttribute('href')!;
            const after = getComputedStyle(a, '::after').content;
            const n = (a.textContent ?? '').includes(href) ? 1 : 0;
            // The only generated content links have on paper is their address.
            counts[href] = (counts[href] ?? 0) + n + (after !== 'none' && after !== 'normal' ? 1 : 0);
          }
          return counts;
        });
        for (const [href, n] of Object.entries(printed)) if (n > 1) problems.push(`${url}: ${href} prints ${n} times`);

        // What is not the page's own content: the footer (if it prints) and the header with its colophon.
        const chrome = squash(
          [
            await page.locator('footer').innerText(),
            await page.locator('header').innerText(),
            (await page.locator('header').getAttribute('data-colophon')) ?? '',
          ].join(' '),
        );
        const file = path.join(dir, 'page.pdf');
        writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
        const run = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
        expect(run.status, `pdftotext (Debian package poppler-utils) must be installed: ${run.error ?? run.stderr}`).toBe(0);
        const sheets = run.stdout.split('\f').filter((s) => s.trim());
        sheets.forEach((s, i) => {
          if (chrome.includes(squash(s))) problems.push(`${url}: sheet ${i + 1} of ${sheets.length} holds only the footer or header`);
        });
        await page.emulateMedia({ media: 'screen' });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(problems).toEqual([]);
  });
}
