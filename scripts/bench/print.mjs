// What the print pipeline made and how long it took: PDFs by kind, images, the press kits, and
// the rendering time in total and per rendered page of each kind (posters, handouts, fact sheet,
// share images): in the browser (load, fit check, capture) and after it (encoding, PDF sizes,
// variants and CMYK, which run beside the browser).
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { table } from './lib/site.mjs';

export default async function print({ distDir, timings }) {
  const dir = path.join(distDir, 'tai-ve');
  const files = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /\.(pdf|png|zip|avif|webp|jpg|svg)$/.test(f));
  const kinds = {
    'poster PDFs': (f) => /^ap-phich-.*-[a-z]{2}\.pdf$/.test(f),
    'crop-mark PDFs (RGB)': (f) => f.endsWith('-crop.pdf') && !f.endsWith('-cmyk-crop.pdf'),
    'PDF/X-4 CMYK': (f) => f.endsWith('-cmyk.pdf'),
    'PDF/X-4 CMYK, crop marks': (f) => f.endsWith('-cmyk-crop.pdf'),
    'low-ink posters (office)': (f) => /^ap-phich-.*-it-muc\.pdf$/.test(f),
    'leaflet PDFs': (f) => /^to-roi-.*-[a-z]{2}\.pdf$/.test(f),
    'low-ink leaflets (office)': (f) => /^to-roi-.*-it-muc\.pdf$/.test(f),
    'loudspeaker script sheets': (f) => f.startsWith('bai-doc-loa-'),
    pictures: (f) => f.startsWith('hinh-ve/'),
    'handout PDFs': (f) => f.startsWith('tai-lieu-'),
    'fact sheets': (f) => f.startsWith('thong-tin-bao-chi-'),
    'share images': (f) => f.startsWith('chia-se/'),
    'poster previews': (f) => f.startsWith('xem-truoc/ap-phich-'),
    'leaflet previews': (f) => f.startsWith('xem-truoc/to-roi-'),
    'press kits': (f) => f.endsWith('.zip'),
  };
  const rows = [['files', 'count', 'MB']];
  const figures = {};
  for (const [name, test] of Object.entries(kinds)) {
    const mine = files.filter(test);
    const bytes = mine.reduce((n, f) => n + statSync(path.join(dir, f)).size, 0);
    rows.push([name, String(mine.length), (bytes / 1e6).toFixed(2)]);
    figures[name] = mine.length;
  }
  table(rows);
  const t = timings.print;
  if (t) {
    const posters = figures['poster PDFs'];
    console.log(
      `\nrendering: ${(t.ms / 1000).toFixed(1)} s for ${t.count} pages, ${(t.ms / t.count).toFixed(0)} ms per page (${posters} posters with their variants among them)`,
    );
    figures['print s'] = Number((t.ms / 1000).toFixed(1));
    figures['ms per rendered page'] = Math.round(t.ms / t.count);
    if (t.kinds) {
      console.log('\nper rendered page (a poster page is one size of one message; its five sizes share one load):');
      const per = [['kind', 'pages', 'files', 'browser ms/page', 'after ms/page']];
      for (const [kind, k] of Object.entries(t.kinds)) {
        per.push([kind, k.pages, k.files, Math.round(k.browserMs / k.pages), Math.round(k.afterMs / k.pages)]);
        figures[`${kind} browser ms/page`] = Math.round(k.browserMs / k.pages);
      }
      table(per);
    }
  }
  return figures;
}
