// Renders the jobs the built pages ask for (src/lib/print/jobs.ts) with Chromium, through a
// small pool of browser pages. Pages are served from the build folder through Playwright's
// request routing, so rendering needs no server and no request leaves the machine.
// Shared by posters, handouts, the fact sheet and share images.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import sharp from 'sharp';
import { launchOptions } from '../chromium.ts';
import type { RenderJob } from './jobs.ts';
import { finishPdf, withCropMarks, type PdfMeta } from './pdf.ts';
import { ghostscript } from './ghostscript.ts';
import { PREVIEW_WIDTHS } from './preview.ts';

/** Bump when the way files are made changes, so cached files are made again. */
const PIPELINE_VERSION = '4';
const ORIGIN = 'http://render.invalid';
const CSS_PX_PER_MM = 96 / 25.4;

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.jpg': 'image/jpeg',
};

/** /tai-ve/x-a2-vi.pdf + crop → /tai-ve/x-a2-vi-crop.pdf */
export const variantPath = (output: string, variant: string) => output.replace(/\.pdf$/, `-${variant}.pdf`);

/**
 * The page and everything it loads from the site, so a change to any of them renders again.
 * Assets (stylesheets, fonts) are shared by most pages: each is read and hashed once per build.
 */
function cacheKey(job: RenderJob, outDir: string, assets: Map<string, string>): string {
  const hash = createHash('sha256').update(PIPELINE_VERSION).update(JSON.stringify(job));
  if (job.variants.includes('cmyk')) hash.update(ghostscript() ?? 'no gs');
  const digestOf = (ref: string): string => {
    if (!assets.has(ref)) {
      const file = fileFor(outDir, ref);
      if (!existsSync(file)) {
        assets.set(ref, 'missing');
      } else {
        const body = readFileSync(file);
        const inner = createHash('sha256').update(body);
        // A stylesheet's own references (fonts) count as part of it.
        if (ref.endsWith('.css')) for (const r of refsIn(body.toString('utf8'))) inner.update(r).update(digestOf(r));
        assets.set(ref, inner.digest('hex'));
      }
    }
    return assets.get(ref)!;
  };
  const html = readFileSync(fileFor(outDir, job.page), 'utf8');
  hash.update(html);
  for (const ref of refsIn(html)) hash.update(ref).update(digestOf(ref));
  return hash.digest('hex');
}

/** Site paths a page or stylesheet loads; the files the build renders are not inputs. */
function refsIn(text: string): string[] {
  const refs = new Set<string>();
  for (const m of text.matchAll(/(?:href|src)="(\/[^"#?]+)"|url\((\/[^)#?]+)\)/g)) {
    const ref = m[1] ?? m[2]!;
    if (!/\.(pdf|png)$/.test(ref)) refs.add(ref);
  }
  return [...refs];
}

function fileFor(outDir: string, sitePath: string): string {
  const p = decodeURIComponent(sitePath);
  return path.join(outDir, p.endsWith('/') ? `${p}index.html` : p);
}

export interface RenderOptions {
  outDir: string;
  cacheDir: string;
  /** Fixed date written into PDFs. */
  date: Date;
  creator: string;
  keywords: (job: RenderJob) => string[];
  pool?: number;
  log: (message: string) => void;
}

export interface RenderReport {
  rendered: number;
  cached: number;
  files: number;
  skippedCmyk: boolean;
}

async function pool<T>(items: T[], size: number, work: (item: T, worker: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(size, items.length) }, async (_, worker) => {
      while (next < items.length) await work(items[next++]!, worker);
    }),
  );
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} failed (${code}): ${err.slice(-500)}`))));
  });
}

/** Elements marked data-fit must show all their text; anything cut off fails the build. */
async function checkFit(page: Page, job: RenderJob) {
  const overflows = await page.$$eval('[data-fit]', (els) =>
    els
      .map((el) => {
        // Accents above capitals reach past a tight line height without being cut: a line
        // that does not fit overflows by a whole line, so half a line is the tolerance.
        const line = parseFloat(getComputedStyle(el).lineHeight) || 0;
        const down = el.scrollHeight - el.clientHeight;
        const across = el.scrollWidth - el.clientWidth;
        return { field: (el as HTMLElement).dataset.fit ?? '', px: Math.max(down, across), cut: down > line / 2 || across > 1 };
      })
      .filter((o) => o.cut),
  );
  if (overflows.length === 0) return;
  const where = job.source ?? job.page;
  const paper = job.paper ? `${job.paper.width - 2 * job.paper.bleed} × ${job.paper.height - 2 * job.paper.bleed} mm` : `${job.viewport?.width} × ${job.viewport?.height} px`;
  throw new Error(
    overflows
      .map((o) => {
        const mm = job.paper ? ` by ${(o.px / CSS_PX_PER_MM).toFixed(0)} mm` : ` by ${o.px} px`;
        return `${where}: ${o.field}: too long to fit ${job.output} (${paper}); it overflows its space${mm}. Shorten the ${o.field}.`;
      })
      .join('\n'),
  );
}

/** Loads a job's page at the size it is made at, and checks that every text fits. */
async function open(page: Page, job: RenderJob) {
  if (job.kind === 'png') {
    await page.setViewportSize(job.viewport!);
  } else {
    const px = (mm: number) => Math.round(mm * CSS_PX_PER_MM);
    await page.setViewportSize({ width: px(job.paper!.width), height: px(job.paper!.height) });
  }
  await page.goto(ORIGIN + job.page, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // Let the page paint at its new size before anything is captured: a screenshot taken
  // straight after a resize can show tiles of the old layout.
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  await checkFit(page, job);
}

/** A screenshot taken until two in a row agree, so a frame caught mid-paint never ships. */
async function stableShot(page: Page, options: Parameters<Page['screenshot']>[0]): Promise<Buffer> {
  let last = await page.screenshot(options);
  for (let i = 0; i < 5; i++) {
    const next = await page.screenshot(options);
    if (next.equals(last)) return next;
    last = next;
  }
  throw new Error(`${page.url()}: the page did not settle for a screenshot`);
}

async function renderOne(page: Page, job: RenderJob, o: RenderOptions, into: string) {
  const write = (sitePath: string, body: Uint8Array) => {
    const file = path.join(into, sitePath);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, body);
  };
  await open(page, job);
  if (job.kind === 'png') {
    const shot = await stableShot(page, { type: 'png', animations: 'disabled', caret: 'hide' });
    write(job.output, await sharp(shot).png({ compressionLevel: 9, adaptiveFiltering: false }).toBuffer());
    return;
  }
  const { width, height, bleed } = job.paper!;
  if (job.preview) {
    // The trimmed poster as a reader sees it on the wall.
    const b = bleed * CSS_PX_PER_MM;
    const shot = await stableShot(page, {
      type: 'png',
      clip: { x: b, y: b, width: (width - 2 * bleed) * CSS_PX_PER_MM, height: (height - 2 * bleed) * CSS_PX_PER_MM },
    });
    for (const w of PREVIEW_WIDTHS) {
      const img = sharp(shot).resize({ width: w });
      write(`${job.preview}-${w}.avif`, await img.clone().avif({ quality: 50, effort: 4 }).toBuffer());
      write(`${job.preview}-${w}.webp`, await img.clone().webp({ quality: 70 }).toBuffer());
      write(`${job.preview}-${w}.jpg`, await img.clone().jpeg({ quality: 75, mozjpeg: true }).toBuffer());
    }
  }
  await page.emulateMedia({ media: 'print' });
  const raw = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: false });
  await page.emulateMedia({ media: 'screen' });
  const meta: PdfMeta = { title: job.title, author: job.author, subject: job.subject, lang: job.lang, keywords: o.keywords(job), creator: o.creator, date: o.date };
  const pdf = await finishPdf(raw, meta, bleed, job.output);
  write(job.output, pdf);
  if (job.variants.includes('crop')) write(variantPath(job.output, 'crop'), await withCropMarks(pdf, meta, bleed, variantPath(job.output, 'crop')));
  if (job.variants.includes('cmyk') && ghostscript()) {
    const tmp = mkdtempSync(path.join(tmpdir(), 'cmyk-'));
    try {
      const src = path.join(tmp, 'in.pdf');
      const dst = path.join(tmp, 'out.pdf');
      writeFileSync(src, pdf);
      await run('gs', [
        '-q', '-dSAFER', '-dBATCH', '-dNOPAUSE', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.6',
        '-sColorConversionStrategy=CMYK', '-sProcessColorModel=DeviceCMYK', '-dEmbedAllFonts=true',
        '-dAutoRotatePages=/None', '-dOmitInfoDate', '-dOmitID', '-dOmitXMP', `-sOutputFile=${dst}`, src,
      ]);
      write(variantPath(job.output, 'cmyk'), await finishPdf(readFileSync(dst), meta, bleed, variantPath(job.output, 'cmyk')));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
}

/** Removes a page and the folders it leaves empty. */
function removePage(outDir: string, page: string) {
  rmSync(fileFor(outDir, page), { force: true });
  for (let dir = path.dirname(fileFor(outDir, page)); dir.startsWith(outDir + path.sep); dir = path.dirname(dir)) {
    if (readdirSync(dir).length > 0) break;
    rmSync(dir, { recursive: true });
  }
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

/** Renders every job into outDir, reusing files from the cache when nothing they depend on changed. */
export async function renderJobs(jobs: RenderJob[], o: RenderOptions): Promise<RenderReport> {
  const todo: { job: RenderJob; key: string }[] = [];
  let cached = 0;
  let files = 0;
  const restore = (key: string) => {
    const dir = path.join(o.cacheDir, key);
    for (const rel of listFiles(dir)) {
      if (rel === '.done') continue;
      mkdirSync(path.dirname(path.join(o.outDir, rel)), { recursive: true });
      copyFileSync(path.join(dir, rel), path.join(o.outDir, rel));
      files++;
    }
  };
  const assets = new Map<string, string>();
  for (const job of jobs) {
    const key = cacheKey(job, o.outDir, assets);
    if (existsSync(path.join(o.cacheDir, key, '.done'))) {
      restore(key);
      cached++;
    } else todo.push({ job, key });
  }
  if (todo.length > 0) {
    const browser = await chromium.launch(launchOptions);
    let context: BrowserContext | undefined;
    try {
      context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', deviceScaleFactor: 1 });
      await context.route('**/*', async (route) => {
        const url = new URL(route.request().url());
        if (url.origin !== ORIGIN) return route.abort('blockedbyclient');
        const file = fileFor(o.outDir, url.pathname);
        if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
        return route.fulfill({ status: 200, body: readFileSync(file), contentType: types[path.extname(file)] ?? 'application/octet-stream' });
      });
      const pages = await Promise.all(Array.from({ length: o.pool ?? 2 }, () => context!.newPage()));
      // Every text must fit before anything is rendered: a headline too long fails at once.
      await pool(todo, pages.length, async ({ job }, worker) => open(pages[worker]!, job));
      await pool(todo, pages.length, async ({ job, key }, worker) => {
        const dir = path.join(o.cacheDir, key);
        rmSync(dir, { recursive: true, force: true });
        await renderOne(pages[worker]!, job, o, dir);
        writeFileSync(path.join(dir, '.done'), '');
        o.log(`rendered ${job.output}`);
      });
    } finally {
      await browser.close();
    }
    for (const { key } of todo) restore(key);
  }
  for (const job of jobs) if (job.discard) removePage(o.outDir, job.page);
  return { rendered: todo.length, cached, files, skippedCmyk: jobs.some((j) => j.variants.includes('cmyk')) && !ghostscript() };
}
