// Writes /downloads.json after every other build step, from the download links the
// pages actually carry: a link with `download` cannot be missing from the manifest.
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { buildManifest, type DownloadLink } from '../lib/manifest.ts';
import { site } from '../lib/site.ts';
import { htmlFiles } from '../lib/built-files.ts';

function collect(node: Root | Element, lang: string, out: DownloadLink[]) {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const here = typeof child.properties.lang === 'string' ? child.properties.lang : lang;
    if (child.tagName === 'a' && child.properties.download !== undefined && typeof child.properties.href === 'string') {
      const text = (child.children.find((c) => c.type === 'text') as { value?: string } | undefined)?.value ?? '';
      out.push({
        url: child.properties.href,
        title: String(child.properties.dataTitle ?? text).trim(),
        kind: String(child.properties.dataKind ?? 'file'),
        lang: typeof child.properties.hrefLang === 'string' ? child.properties.hrefLang : here,
      });
    }
    collect(child, here, out);
  }
}

export default function downloadsManifest(): AstroIntegration {
  return {
    name: 'site-downloads-manifest',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const links: DownloadLink[] = [];
        // In a fixed order, so that the first title seen for a file does not depend on the file system.
        for (const file of htmlFiles(out)) {
          const html = readFileSync(file, 'utf8');
          collect(fromHtml(html), /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? site.defaultLanguage, links);
        }
        const manifest = buildManifest(
          links.filter((l) => l.url.startsWith('/')),
          (url) => {
            try {
              return readFileSync(path.join(out, decodeURIComponent(url)));
            } catch {
              throw new Error(`A download link points to a file the build did not make: ${url}`);
            }
          },
          { campaign: site.licence.name, public: 'public-document', publicKinds: ['plan-data', 'law-data'] },
        );
        writeFileSync(path.join(out, 'downloads.json'), JSON.stringify({ site: site.url, files: manifest }, null, 2) + '\n');
        logger.info(`downloads.json lists ${manifest.length} files`);
      },
    },
  };
}
