// What the tests expect the build to have made, from the content itself: every message
// in every language it is written in, every training module, and the files' names.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { languages, root } from './site.ts';

export const posterSizes = { a4: [210, 297], a3: [297, 420], a2: [420, 594], a1: [594, 841], a0: [841, 1189] } as const;
export const BLEED_MM = 3;
export const ptOf = (mm: number) => (mm * 72) / 25.4;

/** Slugs of a collection's entries written in a language (not falling back to another). */
export function ownSlugs(collection: string, lang: string): string[] {
  const dir = path.join(root, 'content', collection, lang);
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /\.mdx?$/.test(f))
        .map((f) => f.replace(/\.mdx?$/, ''))
        .sort()
    : [];
}

export const posterPdf = (slug: string, size: string, lang: string, variant = '') =>
  `/tai-ve/ap-phich-${slug}-${size}-${lang}${variant ? `-${variant}` : ''}.pdf`;
export const handoutPdf = (slug: string, lang: string) => `/tai-ve/tai-lieu-${slug}-a4-${lang}.pdf`;

export function allPosters(): { slug: string; lang: string; size: keyof typeof posterSizes }[] {
  return languages.flatMap((lang) =>
    ownSlugs('messages', lang).flatMap((slug) => (Object.keys(posterSizes) as (keyof typeof posterSizes)[]).map((size) => ({ slug, lang, size }))),
  );
}

/** A leaflet's file: the standard one with bleed, a press variant, or the low-ink one (it-muc). */
export const leafletPdf = (slug: string, lang: string, variant = '') => `/tai-ve/to-roi-${slug}-a4-${lang}${variant ? `-${variant}` : ''}.pdf`;
export const lowInkPosterPdf = (slug: string, lang: string) => `/tai-ve/ap-phich-${slug}-a4-${lang}-it-muc.pdf`;
export const scriptPdf = (slug: string, lang: string) => `/tai-ve/bai-doc-loa-${slug}-a4-${lang}.pdf`;
/** Leaflets: A4 landscape, trimmed. Fold lines from the trim's left, page 1 (outside) and page 2 (inside). */
export const LEAFLET_MM = [297, 210] as const;
export const LEAFLET_FOLDS_MM = [
  [97, 197],
  [100, 200],
];
