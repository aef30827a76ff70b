// Renders print-ready PDFs and images at the end of the build, from the pages that ask for
// them (src/lib/print/jobs.ts): posters, handouts, the fact sheet, share images.
// Runs before Pagefind and the downloads manifest, which need the files in place.
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { jobsOf, type RenderJob } from '../lib/print/jobs.ts';
import { renderJobs } from '../lib/print/render.ts';
import { recordTiming } from '../lib/after-build/timings.ts';
import { failBuild } from '../lib/after-build/fail.ts';
import { pick, site } from '../config/index.ts';
import { htmlFiles, sitePathOf } from '../lib/after-build/built-files.ts';

/** Fixed date for PDF metadata: SOURCE_DATE_EPOCH when set (reproducible-builds.org), else a constant. */
function buildDate(): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date('2026-01-01T00:00:00Z');
}

/** What went wrong, in one line an editor or a developer can act on. */
function renderFailure(error: Error): string {
  if (/Executable doesn't exist|Failed to launch|spawn .* ENOENT|browserType\.launch/i.test(error.message)) {
    return `Không chạy được Chromium để in áp phích — Chromium could not start to render the posters: install Debian's chromium package, or set CHROMIUM_PATH to a Chromium executable (${error.message.split('\n')[0]})`;
  }
  return error.message;
}

export default function print(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'site-print',
    hooks: {
      'astro:config:done': ({ config }) => {
        // PRINT_CACHE_DIR lets fixture builds share the main build's cache (keyed by content, so safe).
        cacheDir = process.env.PRINT_CACHE_DIR ?? path.join(fileURLToPath(config.cacheDir), 'print');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        const outDir = fileURLToPath(dir).replace(/\/$/, '');
        const jobs: RenderJob[] = htmlFiles(outDir).flatMap((file) => jobsOf(readFileSync(file, 'utf8'), sitePathOf(outDir, file)));
        // A render that fails (a headline too long, Chromium missing or killed) ends the build with its message and leaves no half-built site.
        const report = await renderJobs(jobs, {
          outDir,
          cacheDir,
          date: buildDate(),
          creator: pick(site.responsibleBody.name, site.defaultLanguage),
          // Repeats (the campaign's name says the province already) are dropped in the PDF (pdf.ts keywordList).
          keywords: (job) => [pick(site.campaignName, job.lang), pick(site.province, job.lang), site.licence.name],
          log: (m) => logger.debug(m),
        }).catch((error: Error) => failBuild(outDir, renderFailure(error)));
        const ms = Math.round(performance.now() - start);
        logger.info(`${report.files} files from ${jobs.length} pages (${report.rendered} rendered, ${report.cached} unchanged) in ${(ms / 1000).toFixed(1)} s`);
        // For the bench: the split by step and the time per page of each kind (scripts/bench/).
        const timing = { ms, count: jobs.length, rendered: report.rendered, steps: report.steps, kinds: report.kinds };
        recordTiming('print', timing);
      },
    },
  };
}
