// After the build, links each page's first use of a defined term to the glossary.
// Runs before the Pagefind integration, so the index sees the final pages.
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { linkFirstUses, type LinkTerm } from '../lib/after-build/glossary-links.ts';
import { htmlFiles } from '../lib/after-build/built-files.ts';
import { site } from '../config/index.ts';

export default function glossaryLinks(): AstroIntegration {
  return {
    name: 'site-glossary-links',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const data = path.join(out, 'data');
        const terms = new Map<string, LinkTerm[]>();
        for (const name of readdirSync(data).filter((n) => /^thuat-ngu-.+\.json$/.test(n))) {
          const json = JSON.parse(readFileSync(path.join(data, name), 'utf8')) as { language: string; terms: (LinkTerm & { language: string })[] };
          // Terms are linked in the language they are written in.
          for (const t of json.terms) {
            if (!terms.has(t.language)) terms.set(t.language, []);
            if (!terms.get(t.language)!.some((x) => x.term === t.term)) terms.get(t.language)!.push({ term: t.term, href: t.href });
          }
        }
        let links = 0;
        for (const file of htmlFiles(out)) {
          const html = readFileSync(file, 'utf8');
          const tree = fromHtml(html);
          const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? site.defaultLanguage;
          const added = linkFirstUses(tree, (l) => terms.get(l) ?? [], lang);
          if (added > 0) {
            writeFileSync(file, toHtml(tree, { upperDoctype: true }));
            links += added;
          }
        }
        logger.info(`Linked ${links} uses of glossary terms`);
      },
    },
  };
}
