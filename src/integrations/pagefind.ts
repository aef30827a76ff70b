// Builds the Pagefind index at the end of `astro build`, as Starlight does, so that
// one build gives a searchable site. Pages are indexed from memory after
// prepareHtmlForIndex (src/lib/search-text.ts): đ made foldable to d, and a `lang` filter.
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { recordTiming } from '../lib/after-build/timings.ts';
import { prepareHtmlForIndex } from '../lib/browser/search-text.ts';
import { htmlFiles, sitePathOf } from '../lib/after-build/built-files.ts';
import { site } from '../config/index.ts';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'site-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        const outDir = fileURLToPath(dir);
        // Smaller index chunks than Pagefind's default (20000 word positions): a first search
        // loads a few kB of index instead of ~80 kB on this site (see npm run bench). The
        // variable is read by the Pagefind binary, which the service below inherits.
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '1500';
        // One index for all languages (filtered by `lang`): a query finds a page whatever
        // the language of the search page, and no stemmer guesses at Vietnamese syllables.
        const { index, errors } = await pagefind.createIndex({ forceLanguage: site.defaultLanguage });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        let pages = 0;
        for (const file of htmlFiles(outDir)) {
          const html = readFileSync(file, 'utf8');
          // Pages opt in with data-pagefind-body; the rest (lists, search, 404) stay out.
          if (!html.includes('data-pagefind-body')) continue;
          const added = await index.addHTMLFile({ url: sitePathOf(outDir, file), content: prepareHtmlForIndex(html) });
          if (added.errors.length) throw new Error(`Pagefind: ${file}: ${added.errors.join('; ')}`);
          pages++;
        }
        const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        logger.info(`Indexed ${pages} pages`);
        await pagefind.close();
        recordTiming('pagefind', { ms: Math.round(performance.now() - start), count: pages });
      },
    },
  };
}
