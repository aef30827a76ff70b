// The built site as the integrations that run after `astro build` see it: its files, and the
// site path each one answers at.
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every file under dir, as absolute paths, in a fixed order. */
export function builtFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

export const htmlFiles = (dir: string): string[] => builtFiles(dir).filter((f) => f.endsWith('.html'));

/** dist/luat/x/index.html → /luat/x/; dist/data/a.csv → /data/a.csv */
export function sitePathOf(outDir: string, file: string): string {
  const rel = path.relative(outDir, file).split(path.sep).join('/');
  return '/' + rel.replace(/(^|\/)index\.html$/, '$1');
}
