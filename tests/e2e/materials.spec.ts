// Handouts, share images, share links, embeddable snippets and the press kit, as readers and
// journalists get them.
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import sharp from 'sharp';
import { readPdf } from '../../src/lib/print/pdf.ts';
import { handoutPdf, ownSlugs, posterPdf, ptOf } from './materials.ts';
import { dist, languages, prefix, site, sitemapPaths, ui } from './site.ts';

const read = (p: string) => readFileSync(path.join(dist, decodeURIComponent(p)));

test('every training module has an A4 handout with embedded fonts, offered with its size and pages', async ({ page }) => {
  for (const lang of languages) {
    const slugs = ownSlugs('training', lang);
    expect(slugs.length).toBeGreaterThanOrEqual(6);
    for (const slug of slugs) {
      const pdf = await readPdf(read(handoutPdf(slug, lang)));
      expect(pdf.pages, slug).toBeGreaterThanOrEqual(1);
      for (const box of pdf.mediaBox) {
        expect(Math.abs(box.width - ptOf(210)), `${slug} width`).toBeLessThanOrEqual(1);
        expect(Math.abs(box.height - ptOf(297)), `${slug} height`).toBeLessThanOrEqual(1);
      }
      expect(pdf.fonts.length).toBeGreaterThan(0);
      expect(
        pdf.fonts.filter((f) => !f.embedded),
        `${slug}: fonts not embedded`,
      ).toEqual([]);
      expect(pdf.lang).toBe(lang);
    }
    await page.goto(`${prefix(lang)}${ui[lang]!.sections.training!.slug}/${slugs[0]}/`);
    const link = page.locator(`a[download][href="${handoutPdf(slugs[0]!, lang)}"]`);
    await expect(link).toHaveCount(1);
    await expect(link.locator('xpath=following-sibling::span')).toHaveText(
      lang === 'vi' ? /PDF, A4, \d+ trang, [\d,]+ (kB|MB)/ : /PDF, A4, \d+ pages?, [\d.]+ (kB|MB)/,
    );
  }
});

test('share images have the stated sizes, and every page’s Open Graph image exists at 1200×630', async () => {
  const seen = new Map<string, { width: number; height: number }>();
  const size = async (p: string) => {
    if (!seen.has(p)) {
      const m = await sharp(read(p)).metadata();
      seen.set(p, { width: m.width!, height: m.height! });
    }
    return seen.get(p)!;
  };
  for (const p of sitemapPaths()) {
    const html = readFileSync(path.join(dist, p, 'index.html'), 'utf8');
    const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(og, `${p} has og:image`).toBeTruthy();
    const url = new URL(og!);
    expect(url.origin).toBe(new URL(site.url).origin);
    expect(await size(url.pathname), `${p} → ${url.pathname}`).toEqual({ width: 1200, height: 630 });
  }
  for (const lang of languages) {
    for (const slug of ownSlugs('messages', lang)) {
      for (const [w, h] of [
        [1200, 630],
        [1080, 1080],
        [1080, 1920],
      ]) {
        expect(await size(`/tai-ve/chia-se/thong-diep-${slug}-${lang}-${w}x${h}.png`)).toEqual({ width: w, height: h });
      }
    }
  }
});

for (const lang of languages) {
  test(`${lang} message page: share links without JavaScript and an embeddable snippet with no script`, async ({ page }) => {
    const slug = ownSlugs('messages', lang)[0]!;
    const path_ = `${prefix(lang)}${ui[lang]!.sections.messages!.slug}/${slug}/`;
    await page.goto(path_);
    const pageUrl = new URL(path_, site.url).href;
    const facebook = page.locator('.share-links a[href^="https://www.facebook.com/sharer/sharer.php"]');
    await expect(facebook).toHaveAttribute('href', `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(pageUrl)}`);
    await expect(page.locator('.share-links a[href*="zalo"]')).toHaveAttribute(
      'href',
      new RegExp(encodeURIComponent(pageUrl).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    );
    const snippet = await page.locator('textarea.embed-code').inputValue();
    expect(snippet).toMatch(/^<a href="https?:\/\/[^"]+"><img src="[^"]+" width="540" height="540" alt="[^"]+"><\/a>$/);
    expect(snippet).not.toContain('<script');
    expect(snippet).toContain(pageUrl);
    const img = /src="([^"]+)"/.exec(snippet)![1]!;
    expect((await sharp(read(new URL(img).pathname)).metadata()).width).toBe(1080);
  });
}

test('the press kit ZIP is valid and holds the fact sheet, every A4 poster, the share images and the data', () => {
  for (const lang of languages) {
    const zip = unzipSync(new Uint8Array(read(`/tai-ve/bo-tai-lieu-bao-chi-${lang}.zip`)));
    const names = Object.keys(zip);
    const expected = [
      `thong-tin-bao-chi-${lang}.pdf`,
      ...ownSlugs('messages', lang).map((s) => `ap-phich/${path.basename(posterPdf(s, 'a4', lang))}`),
      ...ownSlugs('messages', lang).flatMap((s) => ['1200x630', '1080x1080', '1080x1920'].map((d) => `anh-chia-se/thong-diep-${s}-${lang}-${d}.png`)),
      `du-lieu/thoi-han-ke-hoach-${lang}.ics`,
    ];
    for (const name of expected) expect(names, `${lang} kit has ${name}`).toContain(name);
    expect(names.filter((n) => n.startsWith('du-lieu/')).length).toBeGreaterThanOrEqual(7);
    // Each file is the one the site offers, byte for byte.
    for (const name of names.filter((n) => n.includes('/'))) {
      const sitePath = name.startsWith('du-lieu/')
        ? `/data/${path.basename(name)}`
        : name.startsWith('anh-chia-se/')
          ? `/tai-ve/chia-se/${path.basename(name)}`
          : name.startsWith('hinh-ve/')
            ? `/tai-ve/hinh-ve/${path.basename(name)}`
            : `/tai-ve/${path.basename(name)}`;
      expect(Buffer.from(zip[name]!).equals(read(sitePath)), name).toBe(true);
    }
  }
});

for (const lang of languages) {
  test(`${lang} press room offers the press kit, fact sheet, posters, handouts and share images with sizes`, async ({ page }) => {
    await page.goto(`${prefix(lang)}${ui[lang]!.sections.press!.slug}/`);
    for (const href of [
      `/tai-ve/bo-tai-lieu-bao-chi-${lang}.zip`,
      `/tai-ve/thong-tin-bao-chi-${lang}.pdf`,
      handoutPdf(ownSlugs('training', lang)[0]!, lang),
      posterPdf(ownSlugs('messages', lang)[0]!, 'a4', lang),
    ]) {
      const link = page.locator(`a[download][href="${href}"]`);
      await expect(link, href).toHaveCount(1);
      await expect(link.locator('xpath=following-sibling::span'), href).toHaveText(/\((ZIP|PDF).*\d (kB|MB)/);
    }
    await expect(page.locator('a[download][href^="/tai-ve/chia-se/"]')).toHaveCount(ownSlugs('messages', lang).length * 3);
  });
}

test('links in every PDF lead to the published site or elsewhere on the web, never to the machine that rendered it', () => {
  const dir = path.join(dist, 'tai-ve');
  const pdfs = readdirSync(dir).filter((f) => f.endsWith('.pdf'));
  expect(pdfs.length).toBeGreaterThan(100);
  let links = 0;
  for (const f of pdfs) {
    for (const m of readFileSync(path.join(dir, f))
      .toString('latin1')
      .matchAll(/\/URI \(([^)]*)\)/g)) {
      links++;
      expect(m[1], f).toMatch(/^(https?:|mailto:|tel:)/);
      expect(m[1], f).not.toMatch(/127\.0\.0\.1|localhost|render\.invalid/);
    }
  }
  expect(links, 'PDFs with links (handouts link to the site)').toBeGreaterThan(0);
});
