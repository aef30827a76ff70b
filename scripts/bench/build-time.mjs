// Build time split by step (Astro, then what integrations record: Pagefind, PDFs…), and the size of
// what was built, the search index apart.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { folderSize, table } from './lib/site.mjs';

const s = (ms) => (ms / 1000).toFixed(2) + ' s';

export default async function buildTime({ distDir, timings }) {
  const { total, ...steps } = timings;
  const figures = {};
  if (!total) {
    console.log('no timings (run without --no-build)');
  } else {
    const recorded = Object.values(steps).reduce((n, t) => n + t.ms, 0);
    const rows = [['step', 'time', 'items', 'per item']];
    rows.push(['astro (pages, assets, data)', s(total.ms - recorded), '', '']);
    for (const [name, t] of Object.entries(steps)) {
      rows.push([name, s(t.ms), t.count ?? '', t.count ? `${(t.ms / t.count).toFixed(1)} ms` : '']);
    }
    rows.push(['total', s(total.ms), '', '']);
    table(rows);
    // The print step split by what it does. The browser steps run on the pool's pages one after
    // another; encoding and PDF work run beside them, so the split adds up to more than its wall time.
    const print = steps.print;
    if (print?.steps) {
      console.log(`\nprint step (${s(print.ms)} wall, ${print.rendered ?? '?'} of ${print.count} pages rendered), time spent per step:`);
      const split = [['step', 'time', 'share']];
      const busy = Object.values(print.steps).reduce((n, ms) => n + ms, 0);
      for (const [name, ms] of Object.entries(print.steps).sort((a, b) => b[1] - a[1])) split.push([name, s(ms), `${((ms / busy) * 100).toFixed(0)} %`]);
      table(split);
      for (const [name, ms] of Object.entries(print.steps)) figures[`print ${name} s`] = Number((ms / 1000).toFixed(1));
    }
    const sec = (ms) => Number((ms / 1000).toFixed(1));
    figures['build s'] = sec(total.ms);
    figures['astro s'] = sec(total.ms - recorded);
    for (const [name, t] of Object.entries(steps)) figures[`${name} s`] = sec(t.ms);
  }
  const all = folderSize(distDir);
  const index = existsSync(path.join(distDir, 'pagefind')) ? folderSize(path.join(distDir, 'pagefind')) : { bytes: 0, files: 0 };
  console.log(`\nbuilt site: ${all.files} files, ${(all.bytes / 1e6).toFixed(2)} MB; search index: ${index.files} files, ${(index.bytes / 1e6).toFixed(2)} MB`);
  return { ...figures, 'site MB': Number((all.bytes / 1e6).toFixed(1)), 'index files': index.files, 'index MB': Number((index.bytes / 1e6).toFixed(2)) };
}
