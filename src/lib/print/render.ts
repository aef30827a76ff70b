// Renders the jobs the built pages ask for (src/lib/print/jobs.ts) with Chromium, through a
// small pool of browser pages. Pages are served from the build folder by a small server on
// loopback (not Playwright's request routing, which turns Chromium's cache off), and their
// Content-Security-Policy keeps every request on it. Pages are loaded at their address under the
// site's base, as a reader's browser would load them, and each address they ask for is mapped back
// to its file in the build folder.
// Shared by posters, handouts, the fact sheet and share images.
//
// Each page is loaded once: its texts are checked to fit, then it is captured. What follows
// (image encoding, PDF boxes, poster sizes and variants, CMYK) runs while the pool's pages go
// on to the next job. A poster is loaded at A4 only and scaled to the other sizes (jobs.ts).
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { href, site, sitePathOfHref } from '../../config/index.ts';
import { launchOptions } from '../chromium.ts';
import { convertToCmyk, outputProfile } from './cmyk.ts';
import { hasCropMarks, isLeafletFile, isPressVariant } from './files.ts';
import { renderUnits, type RenderJob, type RenderUnit } from './jobs.ts';
import { finishPdf, posterPdf, preparePdf, type PdfMeta } from './pdf.ts';
import { PREVIEW_WIDTHS } from './preview.ts';
import { ghostscript, rasterise } from './ghostscript.ts';

/** Bump when the way files are made changes, so cached files are made again. */
const PIPELINE_VERSION = '8';
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
  if (job.variants.some(isPressVariant)) hash.update(outputProfile());
  const digestOf = (ref: string): string => {
    if (!assets.has(ref)) {
      const sitePath = sitePathOfHref(ref);
      const file = sitePath === undefined ? undefined : fileFor(outDir, sitePath);
      if (!file || !existsSync(file)) {
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

/** Addresses (under the base) a page or stylesheet loads; the files the build renders are not inputs. */
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

/** How long a kind of page took: in the browser (load, fit check, capture) and after it (encoding, PDFs). */
export interface KindTiming {
  pages: number;
  files: number;
  browserMs: number;
  afterMs: number;
}

export interface RenderReport {
  rendered: number;
  cached: number;
  files: number;
  /** Time per step, summed over the pool's pages and the work that runs beside them. */
  steps: Record<string, number>;
  /** By kind of page (poster, handout, share image…), for rendered pages only. */
  kinds: Record<string, KindTiming>;
}

async function pool<T>(items: T[], size: number, work: (item: T, worker: number) => Promise<void>) {
  let next = 0;
  let failed = false;
  await Promise.all(
    Array.from({ length: Math.min(size, items.length) }, async (_, worker) => {
      try {
        while (next < items.length && !failed) await work(items[next++]!, worker);
      } catch (e) {
        failed = true;
        throw e;
      }
    }),
  );
}

/** Runs the functions it is given, at most `n` at a time. */
function limit(n: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (running >= n) await new Promise<void>((go) => waiting.push(go));
    running++;
    try {
      return await work();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

class Steps {
  readonly ms: Record<string, number> = {};
  async time<T>(step: string, work: () => Promise<T> | T): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.ms[step] = (this.ms[step] ?? 0) + performance.now() - start;
    }
  }
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
  const paper = job.paper
    ? `${job.paper.width - 2 * job.paper.bleed} × ${job.paper.height - 2 * job.paper.bleed} mm`
    : `${job.viewport?.width} × ${job.viewport?.height} px`;
  throw new Error(
    overflows
      .map((o) => {
        const mm = job.paper ? ` by ${(o.px / CSS_PX_PER_MM).toFixed(0)} mm` : ` by ${o.px} px`;
        return `${where}: ${o.field}: too long to fit ${job.output} (${paper}); it overflows its space${mm}. Shorten the ${o.field}.`;
      })
      .join('\n'),
  );
}

const sizeOf = (job: RenderJob) => {
  if (job.kind === 'png') return job.viewport!;
  const px = (mm: number) => Math.round(mm * CSS_PX_PER_MM);
  return { width: px(job.paper!.width), height: px(job.paper!.height) };
};

/** A browser page of the pool, and the viewport it was last given. */
interface PoolPage {
  page: Page;
  size: string;
  /** The viewport changed since the last capture: the next one must wait until the page settles. */
  resized: boolean;
  /** Addresses the page being loaded asked for that the build folder does not have. */
  missing: string[];
  /** Where it loads the built site from: the loopback server of renderJobs. */
  origin: string;
}

/** Loads a job's page at the size it is made at, and checks that every text fits. */
async function open(p: PoolPage, job: RenderJob, steps: Steps) {
  const size = sizeOf(job);
  if (p.size !== `${size.width}x${size.height}`) {
    await p.page.setViewportSize(size);
    p.size = `${size.width}x${size.height}`;
    p.resized = true;
  }
  p.missing.length = 0;
  await steps.time('load', async () => {
    await p.page.goto(p.origin + href(job.page), { waitUntil: 'load' });
    await p.page.evaluate(() => document.fonts.ready.then(() => undefined));
    // Let the page paint before anything is captured.
    await p.page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  });
  // A stylesheet or font that is not there (an address without the base, say) would still render,
  // in another font: a file that looks right and is not, so it fails the build instead.
  if (p.missing.length > 0) throw new Error(`${job.page}: the page asks for ${[...new Set(p.missing)].join(', ')}, which the build did not make`);
  await steps.time('fit check', () => checkFit(p.page, job));
}

/**
 * A screenshot. Straight after a resize a capture can show tiles of the old layout: then
 * screenshots are taken until two in a row agree, so a frame caught mid-paint never ships.
 * A page loaded at the size the last capture had is captured once.
 */
async function screenshot(p: PoolPage, options: Parameters<Page['screenshot']>[0]): Promise<Buffer> {
  let last = await p.page.screenshot(options);
  if (!p.resized) return last;
  for (let i = 0; i < 5; i++) {
    const next = await p.page.screenshot(options);
    if (next.equals(last)) {
      p.resized = false;
      return next;
    }
    last = next;
  }
  throw new Error(`${p.page.url()}: the page did not settle for a screenshot`);
}

const kindOf = (job: RenderJob) =>
  job.kind === 'png'
    ? 'share image'
    : isLeafletFile(job.output)
      ? 'leaflet'
      : job.paper!.bleed > 0
        ? 'poster'
        : /thong-tin|fact/.test(job.output)
          ? 'fact sheet'
          : 'handout';

/**
 * Captures a unit's page (the pool page is free again when this returns) and returns the work
 * that makes its files from the capture.
 */
async function capture(p: PoolPage, unit: RenderUnit, o: RenderOptions, into: string, steps: Steps): Promise<() => Promise<number>> {
  let files = 0;
  const write = (sitePath: string, body: Uint8Array) => {
    const file = path.join(into, sitePath);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, body);
    files++;
  };
  const job = unit.master;
  await open(p, job, steps);
  if (job.kind === 'png') {
    const shot = await steps.time('screenshot', () => screenshot(p, { type: 'png', animations: 'disabled', caret: 'hide' }));
    return async () => {
      write(job.output, await steps.time('PNG encoding', () => sharp(shot).png({ compressionLevel: 9, adaptiveFiltering: false }).toBuffer()));
      return files;
    };
  }
  const { width, height, bleed } = job.paper!;
  // Without Ghostscript the preview is a screenshot of the page (not reproducible byte for byte).
  let preview: Buffer | undefined;
  if (job.preview && !ghostscript()) {
    // The trimmed poster as a reader sees it on the wall.
    const b = bleed * CSS_PX_PER_MM;
    preview = await steps.time('screenshot', () =>
      screenshot(p, { type: 'png', clip: { x: b, y: b, width: (width - 2 * bleed) * CSS_PX_PER_MM, height: (height - 2 * bleed) * CSS_PX_PER_MM } }),
    );
  }
  // Links in a PDF lead to the published site, not to the server the page was loaded from.
  await p.page.evaluate((siteOrigin) => {
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const u = new URL(a.href);
      if (u.origin === location.origin) a.href = siteOrigin + u.pathname + u.search + u.hash;
    }
  }, new URL(site.url).origin);
  const raw = await steps.time('Chromium PDF', async () => {
    await p.page.emulateMedia({ media: 'print' });
    const pdf = await p.page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: false });
    await p.page.emulateMedia({ media: 'screen' });
    return pdf;
  });
  const metaOf = (j: RenderJob): PdfMeta => ({
    title: j.title,
    author: j.author,
    subject: j.subject,
    lang: j.lang,
    keywords: o.keywords(j),
    creator: o.creator,
    date: o.date,
  });
  const previews = async (shot: Buffer) =>
    steps.time('preview encoding', async () => {
      for (const w of PREVIEW_WIDTHS) {
        const img = sharp(shot).resize({ width: w });
        const [avif, webp, jpg] = await Promise.all([
          img.clone().avif({ quality: 50, effort: 2 }).toBuffer(),
          img.clone().webp({ quality: 70 }).toBuffer(),
          img.clone().jpeg({ quality: 75, mozjpeg: true }).toBuffer(),
        ]);
        write(`${job.preview}-${w}.avif`, avif);
        write(`${job.preview}-${w}.webp`, webp);
        write(`${job.preview}-${w}.jpg`, jpg);
      }
    });
  return async () => {
    if (preview) await previews(preview);
    if (bleed === 0) {
      write(job.output, await steps.time('PDF boxes and metadata', () => finishPdf(raw, metaOf(job), 0, job.output)));
      return files;
    }
    // A poster: the design at A4 (or the size of its own page) for every size of the unit.
    const master = await steps.time('PDF boxes and metadata', () => preparePdf(raw));
    const press = job.variants.some(isPressVariant)
      ? await steps.time('CMYK', async () => {
          const doc = await PDFDocument.load(master, { updateMetadata: false });
          await convertToCmyk(doc, job.source ?? job.page);
          return doc.save({ useObjectStreams: false });
        })
      : undefined;
    const masterTrim = { width: width - 2 * bleed, height: height - 2 * bleed };
    for (const j of unit.jobs) {
      const trim = { width: j.paper!.width - 2 * j.paper!.bleed, height: j.paper!.height - 2 * j.paper!.bleed };
      for (const variant of ['standard', ...j.variants]) {
        const pdfx = isPressVariant(variant);
        const id = variant === 'standard' ? j.output : variantPath(j.output, variant);
        const sheet = {
          masterTrim,
          trim,
          bleedMm: j.paper!.bleed,
          crop: hasCropMarks(variant),
          pdfx,
          meta: metaOf(j),
          id,
          ...(j.folds ? { folds: j.folds } : {}),
        };
        const pdf = await steps.time(pdfx ? 'PDF/X sizes and variants' : 'PDF sizes and variants', () => posterPdf(pdfx ? press! : master, sheet));
        write(id, pdf);
        if (job.preview && !preview && j === job && variant === 'standard') {
          const wall = steps.time('preview drawing', async () => rasterise(pdf, trim.width, 2 * Math.max(...PREVIEW_WIDTHS), id));
          await previews(await wall);
        }
      }
    }
    return files;
  };
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
  const steps = new Steps();
  const kinds: Record<string, KindTiming> = {};
  const todo: { unit: RenderUnit; key: string }[] = [];
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
  await steps.time('cache check', () => {
    for (const unit of renderUnits(jobs)) {
      const hash = createHash('sha256');
      for (const job of unit.jobs) hash.update(cacheKey(job, o.outDir, assets));
      const key = hash.digest('hex');
      if (existsSync(path.join(o.cacheDir, key, '.done'))) {
        restore(key);
        cached += unit.jobs.length;
      } else todo.push({ unit, key });
    }
  });
  if (todo.length > 0) {
    // Pages of one size one after another, so the pool's pages are seldom resized.
    todo.sort((a, b) => {
      const sa = sizeOf(a.unit.master);
      const sb = sizeOf(b.unit.master);
      return sa.width - sb.width || sa.height - sb.height;
    });
    const browser = await steps.time('browser start', () => chromium.launch(launchOptions));
    let context: BrowserContext | undefined;
    let server: Server | undefined;
    const after: Promise<void>[] = [];
    const queue = limit(2);
    const failures: unknown[] = [];
    try {
      context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', deviceScaleFactor: 1 });
      // A real server rather than Playwright's request routing: routing turns Chromium's cache off,
      // and then every page fetched the fonts and stylesheets again. Print pages carry the site's
      // Content-Security-Policy (default-src 'self'), so nothing else is fetched.
      server = createServer((req, res) => {
        const sitePath = sitePathOfHref(new URL(req.url ?? '/', 'http://x').pathname);
        const file = sitePath === undefined ? undefined : fileFor(o.outDir, sitePath);
        if (!file || !existsSync(file)) {
          res.writeHead(404).end('not found');
          return;
        }
        res
          .writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'max-age=3600' })
          .end(readFileSync(file));
      });
      await new Promise<void>((ready) => server!.listen(0, '127.0.0.1', ready));
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const pages: PoolPage[] = await Promise.all(
        Array.from({ length: o.pool ?? 2 }, async () => {
          const p: PoolPage = { page: await context!.newPage(), size: '', resized: true, missing: [], origin };
          p.page.on('response', (r) => (r.status() === 404 ? p.missing.push(new URL(r.url()).pathname) : undefined));
          return p;
        }),
      );
      await pool(todo, pages.length, async ({ unit, key }, worker) => {
        if (failures.length > 0) throw failures[0];
        const kind = kindOf(unit.master);
        const timing = (kinds[kind] ??= { pages: 0, files: 0, browserMs: 0, afterMs: 0 });
        const dir = path.join(o.cacheDir, key);
        rmSync(dir, { recursive: true, force: true });
        const start = performance.now();
        const make = await capture(pages[worker]!, unit, o, dir, steps);
        timing.browserMs += performance.now() - start;
        timing.pages += unit.jobs.length;
        // The files are made while this pool page loads the next job, two units at a time
        // (sharp has threads of its own), so the browser keeps its share of the machine.
        after.push(
          queue(async () => {
            const t = performance.now();
            const made = await make();
            timing.afterMs += performance.now() - t;
            timing.files += made;
            writeFileSync(path.join(dir, '.done'), '');
            o.log(`rendered ${unit.jobs.map((j) => j.output).join(', ')}`);
          }).catch((e: unknown) => void failures.push(e)),
        );
      });
      await Promise.all(after);
      if (failures.length > 0) throw failures[0];
    } finally {
      await Promise.allSettled(after);
      await browser.close();
      server?.close();
    }
    for (const { key } of todo) restore(key);
  }
  for (const job of jobs) if (job.discard) removePage(o.outDir, job.page);
  return { rendered: todo.reduce((n, t) => n + t.unit.jobs.length, 0), cached, files, steps: steps.ms, kinds };
}
