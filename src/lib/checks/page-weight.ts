// Budgets for what a page costs a reader on a cheap phone, and the rules for images. The
// browser tests (tests/e2e/load.spec.ts) and `npm run bench` measure; this says what is allowed.
import { gzipSync } from 'node:zlib';

/**
 * Gzip bytes of everything a page loads before any interaction, images apart. The home and
 * section index pages fit the first round trip of a new connection (10 TCP segments, about
 * 14.6 kB); any other page gets two more.
 */
export const budgets = { index: 14_600, other: 30_000 } as const;
export type PageKind = keyof typeof budgets;

/** Bytes as a host compressing with gzip at its usual level sends them. */
export function gzipBytes(body: Uint8Array): number {
  return gzipSync(body, { level: 6 }).length;
}

/** Images and other media are budgeted apart (they load lazily, or after the text). */
export function isCounted(contentType: string): boolean {
  return !/^(image|video|audio)\//i.test(contentType);
}

export interface ImageFacts {
  src: string;
  width: string | null;
  height: string | null;
  loading: string | null;
  /** Distance from the top of the page, in CSS pixels, as laid out on load. */
  top: number;
  /** The types and srcset of the <source> elements of its <picture>, if it is in one. */
  sources: { type: string | null; srcset: string | null }[] | null;
}

/** What is wrong with the images of a page, as laid out in a viewport `foldAt` pixels high. */
export function imageProblems(images: ImageFacts[], foldAt: number): string[] {
  const problems: string[] = [];
  for (const img of images) {
    const say = (what: string) => problems.push(`<img src="${img.src}"> ${what}`);
    if (!img.width || !img.height) say('has no width and height: the text jumps as it loads');
    if (img.top >= foldAt && img.loading !== 'lazy') say(`is below the fold (${Math.round(img.top)} px) without loading="lazy"`);
    // A drawing in SVG is small and sharp at any size; photographs need modern formats.
    if (/\.svg($|\?)/i.test(img.src) || img.src.startsWith('data:')) continue;
    const types = (img.sources ?? []).map((s) => s.type);
    if (!types.includes('image/avif') || !types.includes('image/webp')) say('is not in a <picture> with AVIF and WebP sources');
    else if ((img.sources ?? []).some((s) => !s.srcset)) say('has a <source> without srcset');
  }
  return problems;
}
