// Renders print-ready PDFs and images at the end of the build, from the pages that ask for
// them (src/lib/print/jobs.ts): posters, handouts, the fact sheet, share images.
// Runs before Pagefind and the downloads manifest, which need the files in place.
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { jobsOf, type RenderJob } from '../lib/print/jobs.ts';
import { renderJobs } from '../lib/print/render.ts';
import { recordTiming } from '../lib/timings.ts';
import { pick, site } from '../lib/site.ts';
import { htmlFiles, sitePathOf } from '../lib/built-files.ts';

/** Fixed date for PDF metadata: SOURCE_DATE_EPOCH when set (reproducible-builds.org), else a constant. */
function buildDate(): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date('2026-01-01T00:00:00Z');
}

export default function print(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'site-print',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = path.join(fileURLToPath(config.cacheDir), 'print');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        const outDir = fileURLToPath(dir).replace(/\/$/, '');
        const jobs: RenderJob[] = htmlFiles(outDir).flatMap((file) => jobsOf(readFileSync(file, 'utf8'), sitePathOf(outDir, file)));
        const report = await renderJobs(jobs, {
          outDir,
          cacheDir,
          date: buildDate(),
          creator: pick(site.responsibleBody.name, 'vi'),
          // Repeats (the campaign's name says the province already) are dropped in the PDF (pdf.ts keywordList).
          keywords: (job) => [pick(site.campaignName, job.lang), pick(site.province, job.lang), site.licence.name],
          log: (m) => logger.debug(m),
        });
        const ms = Math.round(performance.now() - start);
        logger.info(`${report.files} files from ${jobs.length} pages (${report.rendered} rendered, ${report.cached} unchanged) in ${(ms / 1000).toFixed(1)} s`);
        // For the bench: the split by step and the time per page of each kind (scripts/bench/).
        const timing = { ms, count: jobs.length, rendered: report.rendered, steps: report.steps, kinds: report.kinds };
        recordTiming('print', timing);
      },
    },
  };
}
