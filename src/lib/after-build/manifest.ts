// /downloads.json: one entry for every file the site offers for download, with the
// size and checksum of the file as built, so journalists can cite and verify it.
import { createHash } from 'node:crypto';

export interface DownloadLink {
  url: string;
  title: string;
  kind: string;
  lang: string;
}

export interface ManifestEntry {
  url: string;
  title: string;
  type: string;
  format: string;
  bytes: number;
  sha256: string;
  license: string;
  lang: string;
}

const formats: Record<string, string> = {
  csv: 'CSV',
  json: 'JSON',
  ics: 'iCalendar',
  pdf: 'PDF',
  png: 'PNG',
  jpg: 'JPEG',
  webp: 'WebP',
  avif: 'AVIF',
  zip: 'ZIP',
  html: 'HTML',
};

export function formatOf(url: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(new URL(url, 'http://x').pathname)?.[1]?.toLowerCase() ?? '';
  return formats[ext] ?? ext.toUpperCase();
}

/**
 * One entry per distinct file, sorted by URL so the manifest is the same for the same site.
 * `publicKinds` are files made from public documents (laws, plans); the rest is campaign material.
 */
export function buildManifest(
  links: readonly DownloadLink[],
  read: (url: string) => Buffer,
  licences: { campaign: string; public: string; publicKinds: readonly string[] },
): ManifestEntry[] {
  const byUrl = new Map<string, DownloadLink>();
  for (const link of links) if (!byUrl.has(link.url)) byUrl.set(link.url, link);
  return [...byUrl.values()]
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
    .map((link) => {
      const body = read(link.url);
      return {
        url: link.url,
        title: link.title,
        type: link.kind,
        format: formatOf(link.url),
        bytes: body.length,
        sha256: createHash('sha256').update(body).digest('hex'),
        license: licences.publicKinds.includes(link.kind) ? licences.public : licences.campaign,
        lang: link.lang,
      };
    });
}
