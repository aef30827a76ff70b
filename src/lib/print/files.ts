// Names of the files the build makes for download. ASCII, with slug, size and language, so
// a print shop can tell them apart in a folder: ap-phich-<slug>-a2-vi.pdf.
import type { PaperSize } from './paper.ts';

export const DOWNLOADS = '/tai-ve/';

export type PosterVariant = 'standard' | 'crop' | 'cmyk';
export const posterVariants: PosterVariant[] = ['standard', 'crop', 'cmyk'];

export function posterFile(slug: string, size: PaperSize, lang: string, variant: PosterVariant = 'standard'): string {
  return `${DOWNLOADS}ap-phich-${slug}-${size}-${lang}${variant === 'standard' ? '' : `-${variant}`}.pdf`;
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
