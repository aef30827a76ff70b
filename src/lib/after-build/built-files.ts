// The built site as the integrations that run after `astro build` see it: its files, the
// site path each one answers at, and the file an address in a built page leads to.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { sitePathOfHref } from '../../config/index.ts';

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

/**
 * The file an address written in a built page leads to (it carries the site's base):
 * /binh-dang-gioi/luat/#dieu-1 → dist/luat/index.html. Undefined for an address outside the base.
 */
export function fileOfHref(outDir: string, href: string, toSitePath: (href: string) => string | undefined = sitePathOfHref): string | undefined {
  const sitePath = toSitePath(href.replace(/[?#].*$/, ''));
  if (sitePath === undefined) return undefined;
  const clean = decodeURIComponent(sitePath);
  return path.join(outDir, clean.endsWith('/') ? `${clean}index.html` : clean);
}
