// Poster PDFs as a print shop receives them, read back from the built files: page size =
// trim + 3 mm bleed, TrimBox and BleedBox, fonts embedded, metadata; the press files as
// PDF/X-4 for FOGRA39 with black in K and at most 300% ink (Ghostscript's separations); tags in
// every variant; a QR code that a phone can read; and the gallery and print-shop pages.
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { PNG } from 'pngjs';
import { readPdf } from '../../src/lib/print/pdf.ts';
import { allPosters, BLEED_MM, lowInkPosterPdf, ownSlugs, posterPdf, posterSizes, ptOf } from './materials.ts';
import { colourOps, markSegments, pressFacts, separations, type Box } from './press-files.ts';
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
    expect(
      pdf.fonts.filter((f) => !f.embedded),
      `${file}: fonts not embedded`,
    ).toEqual([]);
    expect(
      pdf.fonts.every((f) => f.name.includes('BeVietnamPro')),
      `${file} uses the campaign font`,
    ).toBe(true);
    expect(pdf.title, file).toMatch(new RegExp(size.toUpperCase()));
    expect(pdf.lang, file).toBe(lang);

    // Crop marks: the same poster on a larger sheet, trim and bleed where they were.
    const crop = await readPdf(readFileSync(path.join(dist, posterPdf(slug, size, lang, 'crop'))));
    expect(crop.mediaBox[0]!.width).toBeGreaterThan(pdf.mediaBox[0]!.width);
    near(crop.trimBox[0]!.width, ptOf(w), `${file} crop TrimBox width`);
    near(crop.bleedBox[0]!.height, ptOf(h + 2 * BLEED_MM), `${file} crop BleedBox height`);
    near(crop.bleedBox[0]!.x + ptOf(BLEED_MM), crop.trimBox[0]!.x, `${file} crop: bleed around trim`);
    expect(crop.fonts.filter((f) => !f.embedded)).toEqual([]);

    for (const variant of ['cmyk', 'cmyk-crop']) {
      // Made in-process (no Ghostscript needed): every size has both press files.
      const body = readFileSync(path.join(dist, posterPdf(slug, size, lang, variant)));
      const cmyk = await readPdf(body);
      near(cmyk.trimBox[0]!.width, ptOf(w), `${file} ${variant} TrimBox width`);
      near(cmyk.bleedBox[0]!.height, ptOf(h + 2 * BLEED_MM), `${file} ${variant} BleedBox height`);
      expect(cmyk.fonts.length).toBeGreaterThan(0);
      expect(cmyk.fonts.filter((f) => !f.embedded)).toEqual([]);
      // Painted in CMYK only, where the standard file paints in RGB.
      const ops = colourOperators(body);
      expect(ops.cmyk, `${file} CMYK colours`).toBeGreaterThan(0);
      expect(ops.rgb, `${file} RGB colours left`).toBe(0);
    }
  }
});

const inside = (b: Box, x: number, y: number) => x >= b.x - 0.01 && y >= b.y - 0.01 && x <= b.x + b.width + 0.01 && y <= b.y + b.height + 0.01;
const within = (a: Box, b: Box) => inside(b, a.x, a.y) && inside(b, a.x + a.width, a.y + a.height);

test('press files (-cmyk, -cmyk-crop): PDF/X-4 for FOGRA39, CMYK only, black text and QR in K, crop marks outside the bleed', async () => {
  test.setTimeout(180_000);
  for (const { slug, lang, size } of allPosters()) {
    const [w, h] = posterSizes[size];
    for (const variant of ['cmyk', 'cmyk-crop']) {
      const file = posterPdf(slug, size, lang, variant);
      const f = await pressFacts(readFileSync(path.join(dist, file)));
      // PDF/X-4 (ISO 15930-7): PDF 1.6, version and trapping in Info and XMP, which agree.
      expect(f.header, file).toBe('%PDF-1.6');
      expect(f.info.GTS_PDFXVersion, file).toBe('PDF/X-4');
      expect(f.info.Trapped, file).toBe('/False');
      expect(f.xmp, file).toContain('<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>');
      expect(f.xmp, file).toContain('<pdf:Trapped>False</pdf:Trapped>');
      for (const k of ['xmpMM:DocumentID', 'xmpMM:VersionID', 'xmpMM:RenditionClass', 'xmp:CreateDate', 'xmp:ModifyDate'])
        expect(f.xmp, `${file} ${k}`).toContain(`<${k}>`);
      expect(f.xmp, file).toContain(`<rdf:li xml:lang="x-default">${f.info.Title!.replace(/&/g, '&amp;')}</rdf:li>`);
      // One OutputIntent, the registered condition FOGRA39 with a CMYK output profile for it.
      expect(f.intents, file).toHaveLength(1);
      const intent = f.intents[0]!;
      expect([intent.s, intent.identifier, intent.registry], file).toEqual(['/GTS_PDFX', 'FOGRA39', 'http://www.color.org']);
      expect(intent.profile?.subarray(12, 20).toString('latin1'), `${file}: an output profile, CMYK`).toBe('prtrCMYK');
      expect(intent.profile?.toString('latin1'), file).toContain('FOGRA39');
      // No RGB anywhere: not in colour operators, not as a colour space.
      expect(f.rgbSpaces, `${file} RGB colour spaces`).toBe(0);
      const page = f.pages[0]!;
      const ops = page.contents.flatMap(colourOps);
      expect(
        ops.filter((o) => !['k', 'K'].includes(o.op)),
        `${file}: colour operators other than k/K`,
      ).toEqual([]);
      for (const o of ops) {
        const [c, m, y, k] = o.values;
        expect(c! + m! + y! + k!, `${file}: ${o.values} over 300%`).toBeLessThanOrEqual(3.0001);
        // Black is K alone (text, the QR code, lines): no rich black.
        if (k! >= 0.85) expect([c, m, y], `${file}: rich black ${o.values}`).toEqual([0, 0, 0]);
      }
      expect(
        ops.filter((o) => o.inText && o.values[3]! >= 0.85 && o.values.slice(0, 3).some(Boolean)),
        `${file}: text in rich black`,
      ).toEqual([]);
      expect(
        ops.some((o) => o.values.join(' ') === '0 0 0 1'),
        `${file}: the QR code in 100% K`,
      ).toBe(true);
      // Boxes: trim inside bleed inside the page, the bleed exactly 3 mm.
      expect(within(page.trim, page.bleed) && within(page.bleed, page.media), `${file}: TrimBox ⊂ BleedBox ⊂ MediaBox`).toBe(true);
      near(page.trim.x - page.bleed.x, ptOf(BLEED_MM), `${file} bleed left`);
      near(page.bleed.y + page.bleed.height - (page.trim.y + page.trim.height), ptOf(BLEED_MM), `${file} bleed top`);
      near(page.trim.width, ptOf(w), `${file} trim width`);
      near(page.trim.height, ptOf(h), `${file} trim height`);
      const marks = markSegments(page.contents);
      if (variant === 'cmyk') {
        expect(marks, file).toEqual([]);
        near(page.media.width, page.bleed.width, `${file}: page = bleed`);
      } else {
        // Two marks at each end of each trim line, none reaching into the bleed.
        expect(marks, file).toHaveLength(8);
        const b = page.bleed;
        for (const [x1, y1, x2, y2] of marks) {
          const apart = Math.max(x1, x2) < b.x || Math.min(x1, x2) > b.x + b.width || Math.max(y1, y2) < b.y || Math.min(y1, y2) > b.y + b.height;
          expect(apart, `${file}: mark ${x1} ${y1} ${x2} ${y2} touches the BleedBox`).toBe(true);
          const t = page.trim;
          const onTrim =
            [t.x, t.x + t.width].some((x) => Math.abs(x1 - x) < 0.01 && Math.abs(x2 - x) < 0.01) ||
            [t.y, t.y + t.height].some((y) => Math.abs(y1 - y) < 0.01 && Math.abs(y2 - y) < 0.01);
          expect(onTrim, `${file}: mark ${x1} ${y1} ${x2} ${y2} on a trim line`).toBe(true);
        }
      }
    }
  }
});

test('ink on the plates (Ghostscript separations): at most 300%, black in K alone, only marks outside the bleed', async () => {
  test.setTimeout(120_000);
  for (const lang of languages) {
    const slug = ownSlugs('messages', lang)[0]!;
    for (const [size, dpi] of [
      ['a4', 72],
      ['a0', 12],
    ] as const) {
      const file = posterPdf(slug, size, lang, 'cmyk-crop');
      const sep = await separations(path.join(dist, file), dpi);
      expect(sep.spots, `${file}: no spot colours`).toEqual([]);
      const [c, m, y, k] = sep.plates as [Uint8Array, Uint8Array, Uint8Array, Uint8Array];
      const page = (await pressFacts(readFileSync(path.join(dist, file)))).pages[0]!;
      const px = (pt: number) => (pt / 72) * dpi;
      // The bleed in pixels, rows from the top, with 2 pixels to spare for its edge.
      const bleed = {
        x0: px(page.bleed.x) - 2,
        x1: px(page.bleed.x + page.bleed.width) + 2,
        y0: px(page.media.height - page.bleed.y - page.bleed.height) - 2,
        y1: px(page.media.height - page.bleed.y) + 2,
      };
      let maxInk = 0;
      let black = 0;
      let rich = 0;
      let outside = 0;
      for (let i = 0; i < k.length; i++) {
        const ink = ((c[i]! + m[i]! + y[i]! + k[i]!) / 255) * 100;
        if (ink > maxInk) maxInk = ink;
        if (k[i]! >= 0.85 * 255) {
          black++;
          if (c[i]! + m[i]! + y[i]! > 0) rich++;
        }
        const col = i % sep.width;
        const row = Math.floor(i / sep.width);
        const inBleed = col >= bleed.x0 && col <= bleed.x1 && row >= bleed.y0 && row <= bleed.y1;
        if (!inBleed && c[i]! + m[i]! + y[i]! > 0) outside++;
      }
      expect(maxInk, `${file}: total ink`).toBeLessThanOrEqual(301);
      expect(black, `${file}: black areas (the QR code, marks)`).toBeGreaterThan(100);
      expect(rich, `${file}: pixels of black with C, M or Y under them`).toBe(0);
      expect(outside, `${file}: colour outside the bleed (only K marks belong there)`).toBe(0);
    }
  }
});

test('qpdf finds no syntax or stream errors in any poster file; poppler reads the press files as PDF/X-4', () => {
  test.setTimeout(120_000);
  for (const { slug, lang, size } of allPosters()) {
    for (const variant of ['', 'crop', 'cmyk', 'cmyk-crop']) {
      const file = path.join(dist, posterPdf(slug, size, lang, variant));
      const run = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
      expect(run.error, 'qpdf (Debian package qpdf) must be installed').toBeUndefined();
      expect(`${run.status} ${run.stderr}`, file).toBe('0 ');
      expect(run.stdout, file).toContain('No syntax or stream encoding errors found');
      const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout;
      expect(/^PDF subtype:\s+(.*)$/m.exec(info)?.[1], file).toBe(variant.startsWith('cmyk') ? 'PDF/X-4' : undefined);
      expect(/^PDF version:\s+(.*)$/m.exec(info)?.[1], file).toBe(variant.startsWith('cmyk') ? '1.6' : '1.7');
    }
  }
});

test('every variant keeps the standard file’s tags, title and language; keywords without repeated words', async () => {
  test.setTimeout(120_000);
  for (const { slug, lang, size } of allPosters()) {
    const std = await pressFacts(readFileSync(path.join(dist, posterPdf(slug, size, lang))));
    expect(std.structElems, `${slug} ${size} ${lang} is tagged`).toBeGreaterThan(3);
    const words = (std.info.Keywords ?? '')
      .toLocaleLowerCase(lang)
      .split(/[\s,;]+/)
      .filter(Boolean);
    expect(words.length, 'keywords').toBeGreaterThan(2);
    expect(
      words.filter((w, i) => words.indexOf(w) !== i),
      `${slug} ${lang} keywords: ${std.info.Keywords}`,
    ).toEqual([]);
    for (const variant of ['crop', 'cmyk', 'cmyk-crop']) {
      const file = posterPdf(slug, size, lang, variant);
      const f = await pressFacts(readFileSync(path.join(dist, file)));
      expect(f.structElems, `${file}: structure tree`).toBe(std.structElems);
      expect(f.mcids, `${file}: marked content the tags point to`).toEqual(std.mcids);
      expect(f.marked, `${file}: MarkInfo`).toBe(true);
      expect([f.title, f.lang, f.info.Keywords], file).toEqual([std.title, std.lang, std.info.Keywords]);
    }
  }
});

test('a size made from the A4 page looks like that size’s own page in the browser', async ({ page }) => {
  test.setTimeout(90_000);
  const lang = languages[0]!;
  const [slug, other] = ownSlugs('messages', lang) as [string, string];
  const px = (mm: number) => Math.round((mm * 96) / 25.4);
  const dir = mkdtempSync(path.join(tmpdir(), 'sizes-'));
  // The page in the browser and a PDF rasterised by poppler at 96 dpi, compared at 1/8 of the
  // size: the mean difference per channel (0–255).
  const difference = async (size: keyof typeof posterSizes, pdfSlug: string) => {
    const [w, h] = posterSizes[size];
    await page.setViewportSize({ width: px(w + 2 * BLEED_MM), height: px(h + 2 * BLEED_MM) });
    await page.goto(`/in/${lang}/ap-phich/${slug}/${size}/`);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const shot = await page.screenshot();
    const out = path.join(dir, `${pdfSlug}-${size}`);
    expect(spawnSync('pdftoppm', ['-r', '96', '-png', '-singlefile', path.join(dist, posterPdf(pdfSlug, size, lang)), out]).status).toBe(0);
    const small = (img: Buffer | string) => sharp(img).resize(280, 397, { fit: 'fill' }).removeAlpha().raw().toBuffer();
    const [a, b] = await Promise.all([small(shot), small(`${out}.png`)]);
    return a.reduce((n, v, i) => n + Math.abs(v - b[i]!), 0) / a.length;
  };
  try {
    // At A4 the PDF is the page itself: what is left is how two rasterisers draw text edges.
    const noise = await difference('a4', slug);
    // A1's height is the furthest from A4's × the width ratio (0.9 mm), A0 the largest scale.
    for (const size of ['a1', 'a0'] as const)
      expect(await difference(size, slug), `${size} from A4 vs its own page (noise ${noise.toFixed(2)})`).toBeLessThanOrEqual(noise * 1.25);
    // The measure tells posters apart.
    expect(await difference('a1', other), 'another poster').toBeGreaterThan(noise * 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
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
    // Standard and crop marks always; the CMYK files where the gallery lists them (with
    // Ghostscript installed, until it lists them always), -cmyk-crop once it does.
    const hrefs = await page.locator('a[download][href$=".pdf"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    const listed = ['', 'crop', 'cmyk', 'cmyk-crop'].filter((v) => hrefs.includes(posterPdf(slugs[0]!, 'a4', lang, v)));
    expect(listed.slice(0, 2)).toEqual(['', 'crop']);
    if (hasGs) expect(listed).toContain('cmyk');
    for (const slug of slugs) {
      for (const size of Object.keys(posterSizes)) {
        const link = page.locator(`a[download][href="${posterPdf(slug, size, lang)}"]`);
        await expect(link).toHaveCount(1);
        await expect(link.locator('xpath=following-sibling::span')).toHaveText(/\d (kB|MB)/);
        for (const v of listed) expect(existsSync(path.join(dist, posterPdf(slug, size, lang, v))), posterPdf(slug, size, lang, v)).toBe(true);
      }
    }
    // Every size in every listed variant, and the low-ink A4 for office printers.
    expect(hrefs).toHaveLength(slugs.length * (5 * listed.length + 1));
    for (const slug of slugs) expect(hrefs, slug).toContain(lowInkPosterPdf(slug, lang));
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
