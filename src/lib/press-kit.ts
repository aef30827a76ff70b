// The press kit: one ZIP per language with the fact sheet, the A4 posters, the share images
// and the plan data. Deterministic: entries sorted, fixed dates, so the same files give the
// same bytes (and the same checksum in /downloads.json).
import { zipSync, type Zippable } from 'fflate';
import { DOWNLOADS, factSheetFile } from './print/files.ts';

/** Which built files (site paths) go into a language's kit, and under which folder. */
export function pressKitContents(lang: string, files: readonly string[]): { path: string; name: string }[] {
  const picked: { path: string; name: string }[] = [];
  const base = (p: string) => p.slice(p.lastIndexOf('/') + 1);
  for (const p of files) {
    if (p === factSheetFile(lang)) picked.push({ path: p, name: base(p) });
    else if (p.startsWith(DOWNLOADS) && new RegExp(`^ap-phich-.+-a4-${lang}\\.pdf$`).test(base(p))) picked.push({ path: p, name: `ap-phich/${base(p)}` });
    else if (p.startsWith(`${DOWNLOADS}chia-se/`) && base(p).includes(`-${lang}-`)) picked.push({ path: p, name: `anh-chia-se/${base(p)}` });
    else if (p.startsWith('/data/') && new RegExp(`-${lang}\\.(csv|json|ics)$`).test(p)) picked.push({ path: p, name: `du-lieu/${base(p)}` });
  }
  return picked.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** 1980-01-01, the earliest date a ZIP can hold, in local time as ZIP stores it. */
const FIXED_DATE = new Date(1980, 0, 1, 12, 0, 0);

export function zipFiles(entries: readonly { name: string; data: Uint8Array }[]): Uint8Array {
  const tree: Zippable = {};
  for (const e of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    // PDFs, PNGs are compressed already; text compresses well.
    const stored = /\.(pdf|png|jpg|webp|avif)$/i.test(e.name);
    tree[e.name] = [e.data, { level: stored ? 0 : 9, mtime: FIXED_DATE }];
  }
  return zipSync(tree, { mtime: FIXED_DATE });
}
