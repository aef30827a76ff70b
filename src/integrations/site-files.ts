// After the PDFs and images exist: the one list of the site's files, made once from what the
// built pages offer and declare (src/lib/after-build/site-files.ts). From it this step makes the
// bundles pages declare (the press kits), writes each file's size and page count into the pages
// that offer it, and writes /downloads.json. A file offered but not made fails the build.
// Every address read from a page carries the site's base; fileOfHref finds its file in dist/.
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toHtml } from 'hast-util-to-html';
import { base, contentDir, languageCodes, localeOf, site, sitePathOfHref } from '../config/index.ts';
import { loadStrings } from '../i18n/load.ts';
import { fileOfHref, htmlFiles } from '../lib/after-build/built-files.ts';
import { buildManifest } from '../lib/after-build/manifest.ts';
import { zipFiles } from '../lib/after-build/zip.ts';
import { readPage, splice, type PageFiles } from '../lib/after-build/site-files.ts';
import { describeDownload, formatBytes } from '../lib/build/format.ts';
import { readPdf } from '../lib/print/pdf.ts';
import { printingCondition } from '../lib/print/cmyk.ts';
import { BuildFailure, orFail } from '../lib/after-build/fail.ts';

const escapeAttr = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

export default function siteFiles(): AstroIntegration {
  return {
    name: 'site-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) =>
        orFail(fileURLToPath(dir), async () => {
          const outDir = fileURLToPath(dir);
          const fileOf = (url: string) => {
            const file = fileOfHref(outDir, url);
            if (file === undefined) throw new Error(`${url} is not an address of this site: every address should start with its base, ${base}`);
            return file;
          };
          // In a fixed order, so that the first title seen for a file does not depend on the file system.
          const pages: (PageFiles & { file: string; html: string })[] = htmlFiles(outDir).map((file) => {
            const html = readFileSync(file, 'utf8');
            return { file, html, ...readPage(html, site.defaultLanguage) };
          });

          for (const bundle of pages.flatMap((p) => p.bundles)) {
            const entries = bundle.files.map((f) => {
              const file = fileOf(f.path);
              try {
                return { name: f.name, data: readFileSync(file) };
              } catch {
                throw new Error(`${bundle.url} should hold ${f.path}, which the build did not make`);
              }
            });
            if (bundle.readme) entries.push({ name: bundle.readme.name, data: Buffer.from(bundle.readme.text) });
            const zip = zipFiles(entries);
            mkdirSync(path.dirname(fileOf(bundle.url)), { recursive: true });
            writeFileSync(fileOf(bundle.url), zip);
            logger.info(`${bundle.url}: ${entries.length} files, ${zip.length} bytes`);
          }

          // Every site path on an entry's page (its body included) must lead to a page or file of the site.
          const broken = new Set<string>();
          for (const p of pages) {
            for (const link of p.bodyLinks) {
              const target = fileOfHref(outDir, link.url);
              if (!target || !existsSync(target))
                broken.add(
                  // Named as the content writes it, without the base.
                  `  ${link.source}: body: ${sitePathOfHref(link.url) ?? link.url} — địa chỉ này không dẫn tới trang hay tệp nào của trang web — this address leads to no page or file of the site`,
                );
            }
          }
          if (broken.size) throw new BuildFailure([`${broken.size} đường dẫn hỏng — ${broken.size} broken links:`, ...broken].join('\n'));

          // Each file is looked at once, however many pages offer it.
          const facts = new Map<string, { bytes: number; pages?: number }>();
          const factsOf = async (url: string, page: string, countPages: boolean) => {
            const known = facts.get(url);
            if (known && (!countPages || known.pages !== undefined)) return known;
            const file = fileOf(url);
            let bytes: number;
            try {
              bytes = statSync(file).size;
            } catch {
              throw new Error(`${page} offers ${url}, which the build did not make`);
            }
            const f = { bytes, ...(countPages ? { pages: (await readPdf(readFileSync(file))).pages } : {}) };
            facts.set(url, f);
            return f;
          };

          const strings = new Map(languageCodes.map((l) => [l, loadStrings(contentDir, l, localeOf(l), 'any')]));
          let filled = 0;
          for (const p of pages) {
            if (p.placeholders.length === 0 && p.bundles.length === 0) continue;
            const page = path.relative(outDir, p.file);
            const t = strings.get(p.lang) ?? strings.get(site.defaultLanguage)!;
            const edits = [];
            for (const ph of p.placeholders) {
              const f = await factsOf(ph.href, page, ph.pages);
              const text = ph.compact
                ? formatBytes(f.bytes, t.lang)
                : describeDownload({ format: ph.format, detail: ph.detail, pages: f.pages, bytes: f.bytes }, t);
              edits.push({ start: ph.start, end: ph.end, text: `<span class="muted">${toHtml({ type: 'text', value: text })}</span>` });
            }
            // The page keeps its link to the bundle, without the list of its contents.
            for (const b of p.bundles)
              edits.push({ start: b.start, end: b.end, text: `<link rel="alternate" type="application/zip" href="${escapeAttr(b.url)}">` });
            writeFileSync(p.file, splice(p.html, edits));
            filled += p.placeholders.length;
          }
          logger.info(`sizes of ${filled} downloads written into pages`);

          const manifest = buildManifest(
            pages.flatMap((p) => p.offers).filter((o) => o.url.startsWith('/')),
            (url) => {
              const file = fileOf(url);
              try {
                return readFileSync(file);
              } catch {
                throw new Error(`A download link points to a file the build did not make: ${url}`);
              }
            },
            { campaign: site.licence.name, public: 'public-document', publicKinds: ['plan-data', 'law-data'] },
            printingCondition.totalInk,
          );
          writeFileSync(path.join(outDir, 'downloads.json'), JSON.stringify({ site: site.url, files: manifest }, null, 2) + '\n');
          logger.info(`downloads.json lists ${manifest.length} files`);
        }),
    },
  };
}
