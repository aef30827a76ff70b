// Names of the files the build makes for download. ASCII, with slug, size and language, so
// a print shop can tell them apart in a folder: ap-phich-<slug>-a2-vi.pdf.
import type { PaperSize } from './paper.ts';

export const DOWNLOADS = '/tai-ve/';

/** The variants the gallery lists (it names each; see posterFileVariants for every file made). */
export type PosterVariant = 'standard' | 'crop' | 'cmyk';
export const posterVariants: PosterVariant[] = ['standard', 'crop', 'cmyk'];

/**
 * Every poster file made for each size: standard (RGB, 3 mm bleed), -crop (RGB, crop marks),
 * -cmyk (PDF/X-4, FOGRA39) and -cmyk-crop (PDF/X-4 with crop marks).
 */
export type PosterFileVariant = PosterVariant | 'cmyk-crop';
export const posterFileVariants: PosterFileVariant[] = ['standard', 'crop', 'cmyk', 'cmyk-crop'];
/** The press files: PDF/X-4 in CMYK for the printing condition FOGRA39. */
export const isPressVariant = (v: string) => v === 'cmyk' || v === 'cmyk-crop';
export const hasCropMarks = (v: string) => v === 'crop' || v === 'cmyk-crop';

export function posterFile(slug: string, size: PaperSize, lang: string, variant: PosterFileVariant = 'standard'): string {
  return `${DOWNLOADS}ap-phich-${slug}-${size}-${lang}${variant === 'standard' ? '' : `-${variant}`}.pdf`;
}

/** The slug, size and language of a standard poster file's path (undefined for any other file). */
export function parsePosterFile(file: string): { slug: string; size: PaperSize; lang: string } | undefined {
  const m = /^\/tai-ve\/ap-phich-(.+)-(a[0-4])-([a-z]{2,3})\.pdf$/.exec(file);
  return m ? { slug: m[1]!, size: m[2] as PaperSize, lang: m[3]! } : undefined;
}

/** Preview images: this base plus -<width>.<format>. */
export const posterPreview = (slug: string, lang: string) => `${DOWNLOADS}xem-truoc/ap-phich-${slug}-${lang}`;

export const handoutFile = (slug: string, lang: string) => `${DOWNLOADS}tai-lieu-${slug}-a4-${lang}.pdf`;

export const factSheetFile = (lang: string) => `${DOWNLOADS}thong-tin-bao-chi-${lang}.pdf`;

export const shareFormats = {
  og: { width: 1200, height: 630 },
  square: { width: 1080, height: 1080 },
  story: { width: 1080, height: 1920 },
} as const;
export type ShareFormat = keyof typeof shareFormats;

export function shareImage(key: string, lang: string, format: ShareFormat): string {
  const { width, height } = shareFormats[format];
  return `${DOWNLOADS}chia-se/${key}-${lang}-${width}x${height}.png`;
}

export const pressKitFile = (lang: string) => `${DOWNLOADS}bo-tai-lieu-bao-chi-${lang}.zip`;

/** A picture of content/pictures/, as the site serves it: journalists and print shops can take it. */
export const pictureFile = (name: string) => `${DOWNLOADS}hinh-ve/${name}.svg`;

/** A recording of content/audio/, as the site serves it. */
export const audioFile = (file: string) => `${DOWNLOADS}am-thanh/${file}`;

/** A message's loudspeaker script on an A4 sheet for the broadcaster. */
export const scriptFile = (slug: string, lang: string) => `${DOWNLOADS}bai-doc-loa-${slug}-a4-${lang}.pdf`;

/** A poster's version for an office printer: A4 on white, little ink. */
export const lowInkPosterFile = (slug: string, lang: string) => `${DOWNLOADS}ap-phich-${slug}-a4-${lang}-it-muc.pdf`;

/** A leaflet's files: the tri-fold with 3 mm bleed and its press variants, and the low-ink one for office printers. */
export type LeafletVariant = PosterFileVariant | 'low-ink';
export function leafletFile(slug: string, lang: string, variant: LeafletVariant = 'standard'): string {
  const suffix = variant === 'standard' ? '' : variant === 'low-ink' ? '-it-muc' : `-${variant}`;
  return `${DOWNLOADS}to-roi-${slug}-a4-${lang}${suffix}.pdf`;
}
export const isLeafletFile = (file: string) => file.startsWith(`${DOWNLOADS}to-roi-`);

/** A leaflet's preview images (its outside, as it lies folded open): this base plus -<width>.<format>. */
export const leafletPreview = (slug: string, lang: string) => `${DOWNLOADS}xem-truoc/to-roi-${slug}-${lang}`;
