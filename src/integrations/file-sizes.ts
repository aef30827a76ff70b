// Writes the size (and page count) of files made at the end of the build into the pages that
// offer them, where DownloadList left a data-file-info placeholder. A placeholder for a file
// that was not made fails the build: no download is shown without its cost.
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeDownload } from '../lib/format.ts';
import { readPdf } from '../lib/print/pdf.ts';
import { site, ui } from '../lib/site.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? htmlFiles(p) : e.name.endsWith('.html') ? [p] : [];
  });
}

const named: Record<string, string> = { quot: '"', amp: '&', apos: "'", lt: '<', gt: '>' };
const unescape = (s: string) =>
  s.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi, (all, hex: string, dec: string, name: string) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : (named[name] ?? all),
  );
const escape = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export default function fileSizes(): AstroIntegration {
  return {
    name: 'site-file-sizes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = new Map<string, number>();
        let filled = 0;
        for (const file of htmlFiles(outDir)) {
          const html = readFileSync(file, 'utf8');
          if (!html.includes('data-file-info')) continue;
          const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? site.defaultLanguage;
          const t = ui[lang] ?? ui[site.defaultLanguage]!;
          const parts: string[] = [];
          let last = 0;
          for (const m of html.matchAll(/<span class="muted" data-file-info=(["'])(.*?)\1><\/span>/g)) {
            const info = JSON.parse(unescape(m[2]!)) as { href: string; format: string; detail?: string; pages: boolean };
            const target = path.join(outDir, decodeURIComponent(info.href));
            let body: Buffer;
            try {
              body = readFileSync(target);
            } catch {
              throw new Error(`${path.relative(outDir, file)} offers ${info.href}, which the build did not make`);
            }
            let count: number | undefined;
            if (info.pages) {
              count = pages.get(info.href) ?? (await readPdf(body)).pages;
              pages.set(info.href, count);
            }
            parts.push(html.slice(last, m.index), `<span class="muted">${escape(describeDownload({ format: info.format, detail: info.detail, pages: count, bytes: body.length }, t, lang))}</span>`);
            last = m.index + m[0].length;
            filled++;
          }
          parts.push(html.slice(last));
          const out = parts.join('');
          if (out.includes('data-file-info')) throw new Error(`${path.relative(outDir, file)}: a download placeholder was left unfilled`);
          writeFileSync(file, out);
        }
        logger.info(`sizes of ${filled} downloads written into pages`);
      },
    },
  };
}
