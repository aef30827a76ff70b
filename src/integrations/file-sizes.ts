// Writes the size (and page count) of files made at the end of the build into the pages that
// offer them, where DownloadList left a data-file-info placeholder. A placeholder for a file
// that was not made fails the build: no download is shown without its cost.
import type { AstroIntegration } from 'astro';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { htmlFiles } from '../lib/built-files.ts';
import { describeDownload } from '../lib/format.ts';
import { readPdf } from '../lib/print/pdf.ts';
import { site, ui } from '../lib/site.ts';

interface FileInfo {
  href: string;
  format: string;
  detail?: string;
  pages: boolean;
}

const placeholder = /<span class="muted" data-file-info=(["'])(?:(?!\1).)*\1><\/span>/g;

export default function fileSizes(): AstroIntegration {
  return {
    name: 'site-file-sizes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // The same file is offered on several pages: look at it once.
        const facts = new Map<string, { bytes: number; pages?: number }>();
        const factsOf = async (info: FileInfo, page: string) => {
          const key = `${info.href} ${info.pages}`;
          if (!facts.has(key)) {
            const file = path.join(outDir, decodeURIComponent(info.href));
            let bytes: number;
            try {
              bytes = statSync(file).size;
            } catch {
              throw new Error(`${page} offers ${info.href}, which the build did not make`);
            }
            facts.set(key, { bytes, ...(info.pages ? { pages: (await readPdf(readFileSync(file))).pages } : {}) });
          }
          return facts.get(key)!;
        };
        let filled = 0;
        for (const file of htmlFiles(outDir)) {
          const html = readFileSync(file, 'utf8');
          if (!html.includes('data-file-info')) continue;
          const page = path.relative(outDir, file);
          const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? site.defaultLanguage;
          const t = ui[lang] ?? ui[site.defaultLanguage]!;
          const parts: string[] = [];
          let last = 0;
          for (const m of html.matchAll(placeholder)) {
            // The HTML parser decodes the attribute, whichever way it was escaped.
            const span = fromHtml(m[0], { fragment: true }).children[0] as Element;
            const info = JSON.parse(String(span.properties.dataFileInfo)) as FileInfo;
            const f = await factsOf(info, page);
            const text = describeDownload({ format: info.format, detail: info.detail, pages: f.pages, bytes: f.bytes }, t, lang);
            parts.push(html.slice(last, m.index), `<span class="muted">${toHtml({ type: 'text', value: text })}</span>`);
            last = m.index + m[0].length;
            filled++;
          }
          parts.push(html.slice(last));
          const out = parts.join('');
          if (out.includes('data-file-info')) throw new Error(`${page}: a download placeholder was left unfilled`);
          writeFileSync(file, out);
        }
        logger.info(`sizes of ${filled} downloads written into pages`);
      },
    },
  };
}
