// ZIP files (the press kits) made deterministic: entries sorted, fixed dates, so the same files
// give the same bytes (and the same checksum in /downloads.json).
import { zipSync, type Zippable } from 'fflate';

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
