// The law library: stable anchors, citation data, "cited by" and the glossary.
import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { dist, root } from './site.ts';

interface Law {
  number: string;
  articles?: { n: number; clauses?: { n: number; term?: string }[] }[];
}
const laws = (lang: string) =>
  readdirSync(path.join(root, 'content/laws', lang)).map((f) => ({
    slug: f.replace(/\.mdx?$/, ''),
    data: parse(readFileSync(path.join(root, 'content/laws', lang, f), 'utf8').split(/^---$/m)[1]!) as Law,
  }));
const page = (p: string) => readFileSync(path.join(dist, p, 'index.html'), 'utf8');

for (const [lang, base] of [
  ['vi', '/luat/'],
  ['en', '/en/laws/'],
] as const) {
  test(`${lang}: every article and clause has its stable anchor, and ids are unique`, () => {
    for (const law of laws(lang)) {
      const html = page(`${base}${law.slug}/`);
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(ids).size, `${law.slug}: duplicate ids`).toBe(ids.length);
      for (const a of law.data.articles ?? []) {
        expect(ids, law.slug).toContain(`dieu-${a.n}`);
        for (const c of a.clauses ?? []) expect(ids, law.slug).toContain(`dieu-${a.n}-khoan-${c.n}`);
      }
    }
  });

  test(`${lang}: JSON-LD Legislation parses and carries the required fields`, () => {
    for (const law of laws(lang)) {
      const html = page(`${base}${law.slug}/`);
      const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
      expect(block, law.slug).not.toBeNull();
      const data = JSON.parse(block![1]!);
      expect(data['@type']).toBe('Legislation');
      expect(data.legislationIdentifier).toBe(law.data.number);
      expect(data.legislationDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(data.legislationPassedBy?.name).toBeTruthy();
      expect(data.inLanguage).toBe(lang);
      expect(data.name).toBeTruthy();
      expect(data.url).toContain(`/${law.slug}/`);
    }
  });
}

test('a message’s legal basis links to the exact clause, and the law lists the message under "cited by"', async ({ page: p }) => {
  await p.goto('/thong-diep/quyen-ung-cu-ngang-nhau/');
  const link = p.locator('a[href="/luat/luat-binh-dang-gioi-2006/#dieu-11-khoan-3"]');
  await expect(link).toHaveCount(1);
  await link.click();
  await expect(p.locator('#dieu-11-khoan-3')).toBeVisible();
  await expect(p.locator('#dieu-11')).toContainText('Được viện dẫn bởi');
  const item = p.locator('#cited-by ~ ul li', { has: p.locator('a[href="/thong-diep/quyen-ung-cu-ngang-nhau/"]') });
  await expect(item.locator('a[href="#dieu-11-khoan-3"]')).toHaveText('Điều 11, khoản 3');
});

test('/luat/ lists documents by type, with number, date and status', async ({ page: p }) => {
  await p.goto('/luat/');
  for (const type of ['Hiến pháp', 'Luật', 'Nghị định', 'Quyết định', 'Nghị quyết', 'Công ước']) {
    await expect(p.locator('main h2', { hasText: new RegExp(`^${type}$`) })).toHaveCount(1);
  }
  await expect(p.locator('main li', { hasText: '73/2006/QH11' })).toContainText('29/11/2006');
});

test('the glossary lists the Art. 5 terms, and terms are linked where they are used', async ({ page: p }) => {
  await p.goto('/luat/thuat-ngu/');
  await expect(p.locator('#dinh-kien-gioi dt')).toHaveText('Định kiến giới');
  await expect(p.locator('#dinh-kien-gioi a[href="/luat/luat-binh-dang-gioi-2006/#dieu-5-khoan-4"]')).toHaveCount(1);
  await p.goto('/thong-diep/noi-khong-voi-dinh-kien-gioi/');
  await expect(p.locator('main a.term[href="/luat/thuat-ngu/#dinh-kien-gioi"]')).toHaveCount(1);
  await p.goto('/en/laws/glossary/');
  await expect(p.locator('#gender-stereotype dt')).toHaveText('Gender stereotype');
});
