// Materials for the communes, as a commune officer, a print shop and a listener get them:
// leaflets (two-sided A4 tri-folds) read back from their PDFs, the low-ink versions' ink
// measured by Ghostscript, the loudspeaker scripts and the easy-read versions on the pages.
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { parse } from 'yaml';
import { readPdf } from '../../src/lib/print/pdf.ts';
import { BLEED_MM, LEAFLET_FOLDS_MM, LEAFLET_MM, leafletPdf, lowInkPosterPdf, ownSlugs, ptOf, scriptPdf } from './materials.ts';
import { colourOps, markSegments, pressFacts } from './press-files.ts';
import { dist, languages, prefix, root, site, ui } from './site.ts';

const near = (a: number, b: number, what: string) => expect(Math.abs(a - b), `${what}: ${a} vs ${b}`).toBeLessThanOrEqual(1);
const section = (lang: string, key: string) => `${prefix(lang)}${ui[lang]!.sections[key]!.slug}/`;
const frontMatter = (collection: string, lang: string, slug: string) =>
  parse(readFileSync(path.join(root, 'content', collection, lang, `${slug}.mdx`), 'utf8').split(/^---$/m)[1]!) as Record<string, unknown>;

test('at least six leaflets in each language, each with its page, listed on the leaflets page', async ({ page }) => {
  for (const lang of languages) {
    const slugs = ownSlugs('leaflets', lang);
    expect(slugs.length, lang).toBeGreaterThanOrEqual(6);
    await page.goto(section(lang, 'leaflets'));
    for (const slug of slugs) await expect(page.locator(`a[href="${section(lang, 'leaflets')}${slug}/"]`), slug).toHaveCount(1);
  }
});

test('leaflet PDFs: two pages of A4 landscape with 3 mm bleed, boxes, embedded fonts, the language', async () => {
  const [w, h] = LEAFLET_MM;
  for (const lang of languages) {
    for (const slug of ownSlugs('leaflets', lang)) {
      const file = leafletPdf(slug, lang);
      const pdf = await readPdf(readFileSync(path.join(dist, file)));
      expect(pdf.pages, `${file}: outside and inside`).toBe(2);
      for (let i = 0; i < 2; i++) {
        near(pdf.mediaBox[i]!.width, ptOf(w + 2 * BLEED_MM), `${file} p${i + 1} width`);
        near(pdf.mediaBox[i]!.height, ptOf(h + 2 * BLEED_MM), `${file} p${i + 1} height`);
        near(pdf.bleedBox[i]!.width, pdf.mediaBox[i]!.width, `${file} p${i + 1} BleedBox`);
        near(pdf.trimBox[i]!.x, ptOf(BLEED_MM), `${file} p${i + 1} TrimBox x`);
        near(pdf.trimBox[i]!.width, ptOf(w), `${file} p${i + 1} TrimBox width`);
        near(pdf.trimBox[i]!.height, ptOf(h), `${file} p${i + 1} TrimBox height`);
      }
      expect(pdf.fonts.length, file).toBeGreaterThan(0);
      expect(
        pdf.fonts.filter((f) => !f.embedded),
        `${file}: fonts not embedded`,
      ).toEqual([]);
      expect(pdf.lang, file).toBe(lang);
      const office = await readPdf(readFileSync(path.join(dist, leafletPdf(slug, lang, 'it-muc'))));
      expect(office.pages, `${slug} low-ink`).toBe(2);
      near(office.mediaBox[0]!.width, ptOf(w), `${slug} low-ink: A4 landscape, no bleed`);
    }
  }
});

test('leaflet press files: fold marks at the fold lines beside the crop marks, all outside the trim and bleed; PDF/X-4', async () => {
  for (const lang of languages) {
    for (const slug of ownSlugs('leaflets', lang)) {
      for (const variant of ['crop', 'cmyk-crop']) {
        const file = leafletPdf(slug, lang, variant);
        const f = await pressFacts(readFileSync(path.join(dist, file)));
        if (variant === 'cmyk-crop') {
          // As the posters' press files: PDF/X-4 for FOGRA39, CMYK only, the QR code and text in K alone.
          expect(f.info.GTS_PDFXVersion, file).toBe('PDF/X-4');
          expect(f.intents[0]?.identifier, file).toBe('FOGRA39');
          expect(f.rgbSpaces, `${file} RGB colour spaces`).toBe(0);
          const ops = f.pages.flatMap((p) => p.contents.flatMap(colourOps));
          expect(
            ops.filter((o) => !['k', 'K'].includes(o.op)),
            `${file}: colour operators other than k/K`,
          ).toEqual([]);
          expect(
            ops.filter((o) => o.values[3]! >= 0.85 && o.values.slice(0, 3).some(Boolean)),
            `${file}: rich black`,
          ).toEqual([]);
          expect(
            ops.some((o) => o.values.join(' ') === '0 0 0 1'),
            `${file}: the QR code in 100% K`,
          ).toBe(true);
        }
        expect(f.pages, file).toHaveLength(2);
        f.pages.forEach((page, i) => {
          const t = page.trim;
          const b = page.bleed;
          const marks = markSegments(page.contents);
          for (const [x1, y1, x2, y2] of marks) {
            const outside = Math.max(y1, y2) < b.y || Math.min(y1, y2) > b.y + b.height || Math.max(x1, x2) < b.x || Math.min(x1, x2) > b.x + b.width;
            expect(outside, `${file} p${i + 1}: mark ${x1} ${y1} ${x2} ${y2} reaches into the bleed`).toBe(true);
          }
          // Each fold: a vertical mark above and below the sheet, at the fold line.
          for (const mm of LEAFLET_FOLDS_MM[i]!) {
            const x = t.x + ptOf(mm);
            const at = marks.filter(([x1, , x2]) => Math.abs(x1 - x) < 0.05 && Math.abs(x2 - x) < 0.05);
            expect(at, `${file} p${i + 1}: fold marks at ${mm} mm`).toHaveLength(2);
          }
        });
      }
    }
  }
});

test('the panels are in folding order: page 1 flap, back, cover; page 2 the three inside panels', async ({ page }) => {
  const lang = languages[0]!;
  const slug = ownSlugs('leaflets', lang)[0]!;
  const data = frontMatter('leaflets', lang, slug) as { title: string; panels: { heading: string }[]; ask: { heading: string } };
  // The leaflet as Poppler reads the text of each page, left to right.
  const text = (p: number) =>
    spawnSync('pdftotext', ['-f', String(p), '-l', String(p), '-layout', path.join(dist, leafletPdf(slug, lang)), '-'], { encoding: 'utf8' }).stdout;
  const order = (s: string, parts: string[]) => parts.map((x) => s.replace(/\s+/g, ' ').indexOf(x.split(' ').slice(0, 2).join(' ')));
  const first = order(text(1).split('\n').slice(0, 12).join(' '), [data.panels[3]!.heading, data.ask.heading]);
  expect(
    first.every((i) => i >= 0),
    `${slug} p1 has the flap and the back: ${first}`,
  ).toBe(true);
  expect(first[0]!).toBeLessThan(first[1]!);
  expect(text(1)).toContain(data.title.split(' ')[0]!);
  const second = order(
    text(2).split('\n').slice(0, 12).join(' '),
    data.panels.slice(0, 3).map((p) => p.heading),
  );
  expect(
    second.every((i) => i >= 0),
    `${slug} p2 has the inside panels: ${second}`,
  ).toBe(true);
  expect([...second].sort((a, b) => a - b)).toEqual(second);
  await page.goto(`${section(lang, 'leaflets')}${slug}/`);
  await expect(page.locator('h2').first()).toHaveText(data.panels[0]!.heading);
});

test("a leaflet's QR code, read from a raster of its back, leads to its built page", () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'leaflet-qr-'));
  try {
    for (const lang of languages) {
      for (const slug of ownSlugs('leaflets', lang)) {
        const out = path.join(dir, `${lang}-${slug}`);
        const run = spawnSync('pdftoppm', ['-r', '100', '-png', '-f', '1', '-l', '1', '-singlefile', path.join(dist, leafletPdf(slug, lang)), out]);
        expect(run.status, `pdftoppm: ${run.stderr}`).toBe(0);
        const png = PNG.sync.read(readFileSync(`${out}.png`));
        const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
        const url = new URL(`${section(lang, 'leaflets')}${slug}/`, site.url);
        expect(code?.data, `${lang} ${slug}`).toBe(url.href);
        expect(readFileSync(path.join(dist, url.pathname, 'index.html'), 'utf8'), url.pathname).toContain('<h1');
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Ghostscript's inkcov device: the share of the page each plate covers, averaged over the pages. */
function inkCoverage(file: string): { c: number; m: number; y: number; k: number; mean: number } {
  const run = spawnSync('gs', ['-q', '-dSAFER', '-dBATCH', '-dNOPAUSE', '-r72', '-sDEVICE=inkcov', '-sOutputFile=-', file], { encoding: 'utf8' });
  expect(run.status, `gs inkcov (Debian package ghostscript): ${run.stderr}`).toBe(0);
  const pages = run.stdout
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).slice(0, 4).map(Number));
  const avg = (i: number) => pages.reduce((a, p) => a + p[i]!, 0) / pages.length;
  const [c, m, y, k] = [0, 1, 2, 3].map(avg) as [number, number, number, number];
  return { c, m, y, k, mean: (c + m + y + k) / 4 };
}

test('low-ink versions for office printers: mean ink coverage at most 15% (Ghostscript inkcov), far below the colour ones', () => {
  const [lang] = languages;
  const files = languages.flatMap((l) => [
    ...ownSlugs('messages', l).map((s) => ({ low: lowInkPosterPdf(s, l), full: `/tai-ve/ap-phich-${s}-a4-${l}.pdf` })),
    ...ownSlugs('leaflets', l).map((s) => ({ low: leafletPdf(s, l, 'it-muc'), full: leafletPdf(s, l) })),
  ]);
  expect(files.length).toBeGreaterThanOrEqual(2 * (9 + 6));
  for (const { low, full } of files) {
    const ink = inkCoverage(path.join(dist, low));
    expect(ink.mean, `${low}: C ${ink.c.toFixed(3)} M ${ink.m.toFixed(3)} Y ${ink.y.toFixed(3)} K ${ink.k.toFixed(3)}`).toBeLessThanOrEqual(0.15);
    // The measure tells the two apart: the colour poster floods the page.
    if (full.includes(`-${lang}.pdf`) && full.includes('ap-phich')) expect(inkCoverage(path.join(dist, full)).mean, full).toBeGreaterThan(ink.mean * 2);
  }
});

test('every message has a loudspeaker script of 60–90 seconds with its reading time, and its A4 sheet', async ({ page }) => {
  for (const lang of languages) {
    const rate = (site.languages.find((l) => l.code === lang) as { wordsPerMinute?: number }).wordsPerMinute!;
    for (const slug of ownSlugs('messages', lang)) {
      const { script } = frontMatter('messages', lang, slug) as { script: string };
      const words = script.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
      const seconds = Math.round(((words / rate) * 60) / 5) * 5;
      expect(seconds, `${lang}/${slug}: ${words} words`).toBeGreaterThanOrEqual(60);
      expect(seconds, `${lang}/${slug}`).toBeLessThanOrEqual(90);
      expect(script, `${lang}/${slug}: digits in a script`).not.toMatch(/\d/);
      await page.goto(`${section(lang, 'messages')}${slug}/`);
      const block = page.locator('section[aria-labelledby="script"]');
      await expect(block.locator('[data-reading-seconds]')).toHaveAttribute('data-reading-seconds', String(seconds));
      await expect(block.locator('[data-reading-seconds]')).toContainText(String(words));
      await expect(block.locator('.script p').first()).toHaveText(
        script
          .split(/\n\s*\n/)[0]!
          .replace(/\s+/g, ' ')
          .trim(),
      );
      const link = block.locator(`a[download][href="${scriptPdf(slug, lang)}"]`);
      await expect(link).toHaveCount(1);
      await expect(link.locator('xpath=following-sibling::span')).toContainText('PDF');
      const pdf = await readPdf(readFileSync(path.join(dist, scriptPdf(slug, lang))));
      expect(pdf.pages, `${slug} script sheet`).toBe(1);
      near(pdf.mediaBox[0]!.width, ptOf(210), `${slug} script sheet A4`);
    }
  }
});

test('on a phone the easy-read version and its picture come first, before the answer', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const lang of languages) {
    for (const slug of ownSlugs('messages', lang)) {
      const { easyRead, pictureAlt } = frontMatter('messages', lang, slug) as { easyRead: string[]; pictureAlt: string };
      for (const s of easyRead) expect(s.split(/\s+/).length, `${lang}/${slug}: "${s}"`).toBeLessThanOrEqual(15);
      await page.goto(`${section(lang, 'messages')}${slug}/`);
      const easy = page.locator('section.easy-read');
      await expect(easy.locator('li')).toHaveText(easyRead);
      const img = easy.locator('img');
      await expect(img).toHaveAttribute('alt', pictureAlt);
      expect(await img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0), `${slug}: the picture loads`).toBe(true);
      const [easyTop, answerTop] = await Promise.all([easy.boundingBox(), page.locator('.answer').boundingBox()]);
      expect(easyTop!.y, `${slug}: easy-read above the answer`).toBeLessThan(answerTop!.y);
      expect(easyTop!.y, `${slug}: on the first screen`).toBeLessThan(800);
    }
  }
});

test('the press kit holds the leaflets, the low-ink posters and the loudspeaker scripts', async () => {
  const { unzipSync } = await import('fflate');
  for (const lang of languages) {
    const zip = unzipSync(readFileSync(path.join(dist, `tai-ve/bo-tai-lieu-bao-chi-${lang}.zip`)));
    const names = Object.keys(zip).map((n) => n.split('/').pop());
    for (const slug of ownSlugs('leaflets', lang)) {
      expect(names, `${lang} kit: leaflet ${slug}`).toContain(path.basename(leafletPdf(slug, lang)));
      expect(names, `${lang} kit: low-ink leaflet ${slug}`).toContain(path.basename(leafletPdf(slug, lang, 'it-muc')));
    }
    for (const slug of ownSlugs('messages', lang)) {
      expect(names, `${lang} kit: low-ink poster ${slug}`).toContain(path.basename(lowInkPosterPdf(slug, lang)));
      expect(names, `${lang} kit: script ${slug}`).toContain(path.basename(scriptPdf(slug, lang)));
    }
  }
});
