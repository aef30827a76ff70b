// What the bench modules need to know about a built site: its pages and which section each is in.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export function sitemapPaths(distDir) {
  const xml = readFileSync(path.join(distDir, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

/** A function giving, for a page path, its language and section key (`home` for a home page). */
export function sectionOf(contentDir) {
  const site = parse(readFileSync(path.join(contentDir, 'site.yaml'), 'utf8'));
  const bySlug = new Map();
  for (const l of site.languages) {
    // A section is a namespace of content/ui/<lang>.yaml with a slug (common and home have none).
    const ui = parse(readFileSync(path.join(contentDir, 'ui', `${l.code}.yaml`), 'utf8'));
    for (const [key, s] of Object.entries(ui)) if (typeof s?.slug === 'string') bySlug.set(`${l.prefix}/${s.slug}`, key);
  }
  return (pagePath) => {
    const parts = pagePath.split('/').filter(Boolean);
    const lang = site.languages.find((l) => l.prefix && parts[0] === l.prefix) ?? site.languages.find((l) => !l.prefix);
    const rest = lang.prefix ? parts.slice(1) : parts;
    if (rest.length === 0) return { lang: lang.code, section: 'home', isIndex: true };
    return { lang: lang.code, section: bySlug.get(`${lang.prefix}/${rest[0]}`) ?? rest[0], isIndex: rest.length === 1 };
  };
}

/** Bytes and number of files under a folder. */
export function folderSize(dir) {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    bytes += statSync(path.join(e.parentPath, e.name)).size;
    files++;
  }
  return { bytes, files };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : Math.round((s[s.length / 2 - 1] + s[s.length / 2]) / 2)) : 0;
};

/** Prints rows as an aligned table. */
export function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const r of rows) console.log(r.map((c, i) => (typeof c === 'number' ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  '));
}
