// Writes the press kit ZIP of each language once the PDFs and images exist (after the print
// integration, before file sizes are written into pages and the downloads manifest).
import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtFiles, sitePathOf } from '../lib/built-files.ts';
import { pressKitContents, zipFiles } from '../lib/press-kit.ts';
import { pressKitFile } from '../lib/print/files.ts';
import { languageCodes, pick, site } from '../lib/site.ts';

export default function pressKit(): AstroIntegration {
  return {
    name: 'site-press-kit',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = builtFiles(outDir).map((f) => sitePathOf(outDir, f));
        for (const lang of languageCodes) {
          const contents = pressKitContents(lang, files);
          if (!contents.some((c) => c.name.endsWith('.pdf'))) throw new Error(`The ${lang} press kit would hold no PDF: were the posters and fact sheet rendered?`);
          const readme = [
            pick(site.campaignName, lang),
            pick(site.responsibleBody.name, lang),
            site.url,
            '',
            `${site.licence.name}: ${lang === 'vi' ? site.licence.url : (site.licence.urlEn ?? site.licence.url)}`,
            '',
            ...contents.map((c) => c.name),
            '',
          ].join('\n');
          const zip = zipFiles([
            { name: lang === 'vi' ? 'DOC-TRUOC.txt' : 'README.txt', data: new TextEncoder().encode(readme) },
            ...contents.map((c) => ({ name: c.name, data: readFileSync(path.join(outDir, c.path)) })),
          ]);
          const out = path.join(outDir, pressKitFile(lang));
          mkdirSync(path.dirname(out), { recursive: true });
          writeFileSync(out, zip);
          logger.info(`${pressKitFile(lang)}: ${contents.length + 1} files, ${zip.length} bytes`);
        }
      },
    },
  };
}
