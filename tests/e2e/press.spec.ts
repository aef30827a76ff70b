// The press room and /downloads.json: what journalists rely on must be exact.
import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { dist, sitemapPaths } from './site.ts';

interface Entry {
  url: string;
  title: string;
  type: string;
  format: string;
  bytes: number;
  sha256: string;
  license: string;
  lang: string;
}
const manifest = (): Entry[] => JSON.parse(readFileSync(path.join(dist, 'downloads.json'), 'utf8')).files;

test('downloads.json matches the files: size and SHA-256', () => {
  const files = manifest();
  expect(files.length).toBeGreaterThan(0);
  for (const f of files) {
    const body = readFileSync(path.join(dist, f.url));
    expect(statSync(path.join(dist, f.url)).size, f.url).toBe(f.bytes);
    expect(createHash('sha256').update(body).digest('hex'), f.url).toBe(f.sha256);
    for (const key of ['title', 'type', 'format', 'license', 'lang'] as const) expect(f[key], `${f.url} ${key}`).toBeTruthy();
  }
});

test('every download link on the site is in downloads.json', () => {
  const listed = new Set(manifest().map((f) => f.url));
  let links = 0;
  for (const p of sitemapPaths()) {
    const html = readFileSync(path.join(dist, p, 'index.html'), 'utf8');
    for (const m of html.matchAll(/<a\s[^>]*>/g)) {
      if (!/\sdownload(\s|=|>)/.test(m[0])) continue;
      const href = /href="([^"]+)"/.exec(m[0])![1]!;
      expect(listed.has(href), `${p} links ${href}`).toBe(true);
      links++;
    }
  }
  expect(links).toBeGreaterThan(0);
});

for (const [lang, url] of [
  ['vi', '/bao-chi/'],
  ['en', '/en/press/'],
] as const) {
  test(`${lang} press room: facts with sources, licence and attribution, downloads with size and time`, async ({ page }) => {
    await page.goto(url);
    const facts = page.locator('#key-facts ~ ul li');
    expect(await facts.count()).toBeGreaterThanOrEqual(8);
    for (let i = 0; i < (await facts.count()); i++) await expect(facts.nth(i).locator('a[href^="http"]')).toHaveCount(1);
    await expect(page.locator('#press-licence ~ p code')).toContainText('CC BY 4.0');
    for (const item of await page.locator('.downloads li').allInnerTexts()) {
      expect(item).toMatch(
        lang === 'vi'
          ? /\d+(,\d)? (kB|MB|byte); khoảng \d+ (giây|phút) trên mạng di động chậm/
          : /\d+(\.\d)? (kB|MB|byte); about \d+ (seconds?|minutes?) on a slow mobile connection/,
      );
    }
  });
}
