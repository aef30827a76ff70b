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
  /** A press file's print facts, read from the file itself (PDF/X ones only). */
  print?: PrintFacts;
}

export interface PrintFacts {
  /** The PDF/X version the file declares, e.g. PDF/X-4. */
  pdfx: string;
  /** The printing condition of its OutputIntent, e.g. FOGRA39. */
  outputCondition: string;
  /** The most ink on any spot, in per cent of one ink. */
  totalInkLimit: number;
  black: string;
}

/** How the press files print black: the same for every one (the tests check it plate by plate). */
export const BLACK_POLICY = 'text, QR codes and thin lines in 100% K (black ink only), overprinting; no rich black in text';

/** The PDF/X facts a PDF declares in its Info dictionary and OutputIntent (undefined when it is not PDF/X). */
export function printFactsOf(body: Buffer, totalInkLimit: number): PrintFacts | undefined {
  const text = body.toString('latin1');
  const pdfx = /\/GTS_PDFXVersion\s*\(([^)]*)\)/.exec(text)?.[1];
  const condition = /\/OutputConditionIdentifier\s*\(([^)]*)\)/.exec(text)?.[1];
  if (!pdfx || !condition) return undefined;
  return { pdfx, outputCondition: condition, totalInkLimit, black: BLACK_POLICY };
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
  totalInkLimit = 300,
): ManifestEntry[] {
  const byUrl = new Map<string, DownloadLink>();
  for (const link of links) if (!byUrl.has(link.url)) byUrl.set(link.url, link);
  return [...byUrl.values()]
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
    .map((link) => {
      const body = read(link.url);
      const print = formatOf(link.url) === 'PDF' ? printFactsOf(body, totalInkLimit) : undefined;
      return {
        url: link.url,
        title: link.title,
        type: link.kind,
        format: formatOf(link.url),
        bytes: body.length,
        sha256: createHash('sha256').update(body).digest('hex'),
        license: licences.publicKinds.includes(link.kind) ? licences.public : licences.campaign,
        lang: link.lang,
        ...(print ? { print } : {}),
      };
    });
}
