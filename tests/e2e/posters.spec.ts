// Poster PDFs as a print shop receives them, read back from the built files: page size =
// trim + 3 mm bleed, TrimBox and BleedBox, fonts embedded, metadata; a QR code that a phone
// can read; and the gallery and print-shop pages that offer them.
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { readPdf } from '../../src/lib/print/pdf.ts';
import { allPosters, BLEED_MM, ownSlugs, posterPdf, posterSizes, ptOf } from './materials.ts';
import { dist, languages, prefix, site, ui } from './site.ts';

/** Colour operators in a PDF's page content: rg/RG set RGB colours, k/K CMYK ones. */
function colourOperators(pdf: Buffer): { rgb: number; cmyk: number } {
  const count = { rgb: 0, cmyk: 0 };
  const text = pdf.toString('latin1');
  for (const m of text.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let body: string;
    try {
      body = inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
    } catch {
      continue; // not a Flate stream (images, fonts stored otherwise)
    }
    count.rgb += body.match(/(?:^|\s)(?:[\d.]+\s+){3}(?:rg|RG)(?=\s)/g)?.length ?? 0;
    count.cmyk += body.match(/(?:^|\s)(?:[\d.]+\s+){4}(?:k|K)(?=\s)/g)?.length ?? 0;
  }
  return count;
}

const near = (a: number, b: number, what: string) => expect(Math.abs(a - b), `${what}: ${a} vs ${b}`).toBeLessThanOrEqual(1);
const hasGs = spawnSync('gs', ['--version']).status === 0;

test('there is a poster for every message, language and size', () => {
  const posters = allPosters();
  expect(posters.length).toBeGreaterThanOrEqual(2 * 8 * 5);
  for (const p of posters) expect(existsSync(path.join(dist, posterPdf(p.slug, p.size, p.lang))), posterPdf(p.slug, p.size, p.lang)).toBe(true);
});

test('every poster PDF: page = trim + bleed, TrimBox and BleedBox, fonts embedded, title and language', async () => {
  test.setTimeout(180_000);
  for (const { slug, lang, size } of allPosters()) {
    const [w, h] = posterSizes[size];
    const file = posterPdf(slug, size, lang);
    const pdf = await readPdf(readFileSync(path.join(dist, file)));
    expect(pdf.pages, file).toBe(1);
    near(pdf.mediaBox[0]!.width, ptOf(w + 2 * BLEED_MM), `${file} page width`);
    near(pdf.mediaBox[0]!.height, ptOf(h + 2 * BLEED_MM), `${file} page height`);
    near(pdf.bleedBox[0]!.width, pdf.mediaBox[0]!.width, `${file} BleedBox width`);
    near(pdf.trimBox[0]!.x, ptOf(BLEED_MM), `${file} TrimBox x`);
    near(pdf.trimBox[0]!.y, ptOf(BLEED_MM), `${file} TrimBox y`);
    near(pdf.trimBox[0]!.width, ptOf(w), `${file} TrimBox width`);
    near(pdf.trimBox[0]!.height, ptOf(h), `${file} TrimBox height`);
    expect(pdf.fonts.length, `${file} has fonts`).toBeGreaterThan(0);
    expect(pdf.fonts.filter((f) => !f.embedded), `${file}: fonts not embedded`).toEqual([]);
    expect(pdf.fonts.every((f) => f.name.includes('BeVietnamPro')), `${file} uses the campaign font`).toBe(true);
    expect(pdf.title, file).toMatch(new RegExp(size.toUpperCase()));
    expect(pdf.lang, file).toBe(lang);

    // Crop marks: the same poster on a larger sheet, trim and bleed where they were.
    const crop = await readPdf(readFileSync(path.join(dist, posterPdf(slug, size, lang, 'crop'))));
    expect(crop.mediaBox[0]!.width).toBeGreaterThan(pdf.mediaBox[0]!.width);
    near(crop.trimBox[0]!.width, ptOf(w), `${file} crop TrimBox width`);
    near(crop.bleedBox[0]!.height, ptOf(h + 2 * BLEED_MM), `${file} crop BleedBox height`);
    near(crop.bleedBox[0]!.x + ptOf(BLEED_MM), crop.trimBox[0]!.x, `${file} crop: bleed around trim`);
    expect(crop.fonts.filter((f) => !f.embedded)).toEqual([]);

    const cmykFile = path.join(dist, posterPdf(slug, size, lang, 'cmyk'));
    // Ghostscript is installed by .ci/run; where it is, the CMYK variant must be there.
    expect(existsSync(cmykFile), `${file} CMYK variant`).toBe(hasGs);
    if (hasGs) {
      const body = readFileSync(cmykFile);
      const cmyk = await readPdf(body);
      near(cmyk.trimBox[0]!.width, ptOf(w), `${file} CMYK TrimBox width`);
      expect(cmyk.fonts.length).toBeGreaterThan(0);
      expect(cmyk.fonts.filter((f) => !f.embedded)).toEqual([]);
      // Painted in CMYK only, where the standard file paints in RGB.
      const ops = colourOperators(body);
      expect(ops.cmyk, `${file} CMYK colours`).toBeGreaterThan(0);
      expect(ops.rgb, `${file} RGB colours left`).toBe(0);
    }
  }
});

test('the QR code on a printed poster leads to its message page', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'qr-'));
  try {
    for (const lang of languages) {
      const slug = ownSlugs('messages', lang)[0]!;
      for (const size of ['a4', 'a0'] as const) {
        const out = path.join(dir, `${lang}-${size}`);
        // The PDF as a printer would image it (poppler-utils), at about phone-camera resolution.
        const run = spawnSync('pdftoppm', ['-r', size === 'a0' ? '20' : '80', '-png', '-singlefile', path.join(dist, posterPdf(slug, size, lang)), out]);
        expect(run.status, `pdftoppm (Debian package poppler-utils) must be installed: ${run.error ?? run.stderr}`).toBe(0);
        const png = PNG.sync.read(readFileSync(`${out}.png`));
        const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
        const url = new URL(`${prefix(lang)}${ui[lang]!.sections.messages!.slug}/${slug}/`, site.url).href;
        expect(code?.data, `${lang} ${size}`).toBe(url);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

for (const lang of languages) {
  const gallery = `${prefix(lang)}${ui[lang]!.sections.posters!.slug}/`;
  test(`${lang} gallery: a responsive lazy preview and every size and variant with its file size`, async ({ page }) => {
    await page.goto(gallery);
    const slugs = ownSlugs('messages', lang);
    await expect(page.locator('.poster-card')).toHaveCount(slugs.length);
    const first = page.locator('.poster-card').nth(3);
    await expect(first.locator('picture source[type="image/avif"]')).toHaveCount(1);
    await expect(first.locator('picture source[type="image/webp"]')).toHaveCount(1);
    const img = first.locator('img');
    await expect(img).toHaveAttribute('loading', 'lazy');
    await expect(img).toHaveAttribute('width', /\d+/);
    await expect(img).toHaveAttribute('height', /\d+/);
    await expect(img).toHaveAttribute('alt', /.{10,}/);
    await expect(img).toHaveAttribute('srcset', /480w/);
    const variants = hasGs ? 3 : 2;
    for (const slug of slugs) {
      for (const size of Object.keys(posterSizes)) {
        const link = page.locator(`a[download][href="${posterPdf(slug, size, lang)}"]`);
        await expect(link).toHaveCount(1);
        await expect(link.locator('xpath=following-sibling::span')).toHaveText(/\d (kB|MB)/);
      }
    }
    await expect(page.locator('a[download][href$=".pdf"]')).toHaveCount(slugs.length * 5 * variants);
    // The preview images are there to load.
    const res = await page.request.get((await img.getAttribute('src'))!);
    expect(res.status()).toBe(200);
  });

  test(`${lang} print-shop guide: trim sizes, bleed, colour, fonts, paper, file names`, async ({ page }) => {
    await page.goto(gallery);
    await page.getByRole('link', { name: ui[lang]!.subpages.printShops!.title }).first().click();
    const rows = page.locator('tbody tr');
    await expect(rows).toHaveCount(5);
    await expect(rows.nth(2)).toContainText('420 mm × 594 mm');
    await expect(rows.nth(2)).toContainText('426 mm × 600 mm');
    await expect(page.locator('main')).toContainText(/ap-phich-[a-z0-9-]+-a2-vi\.pdf/);
    await expect(page.locator('main')).toContainText('CMYK');
    await expect(page.locator('main')).toContainText('Be Vietnam Pro');
  });
}
