// Builds the Pagefind index at the end of `astro build`, as Starlight does, so that
// one build gives a searchable site.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { recordTiming } from '../lib/timings.ts';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'site-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        logger.info(`Indexed ${added.page_count} pages`);
        await pagefind.close();
        recordTiming('pagefind', { ms: Math.round(performance.now() - start), count: added.page_count });
      },
    },
  };
}
