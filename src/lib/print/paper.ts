// Paper sizes and print geometry, in millimetres (and PDF points for pdf-lib). Pure, so the poster and
// handout pages, the PDF post-processing and the tests compute boxes the same way.

export const BLEED_MM = 3;
export const MM_PER_PT = 25.4 / 72;

export const paperSizes = {
  a4: { width: 210, height: 297 },
  a3: { width: 297, height: 420 },
  a2: { width: 420, height: 594 },
  a1: { width: 594, height: 841 },
  a0: { width: 841, height: 1189 },
} as const;
export type PaperSize = keyof typeof paperSizes;
export const posterSizes: PaperSize[] = ['a4', 'a3', 'a2', 'a1', 'a0'];

export const mmToPt = (mm: number) => mm / MM_PER_PT;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PageGeometry {
  /** Trim size in mm: the finished poster. */
  trim: { width: number; height: number };
  bleedMm: number;
  /** The whole page in mm: trim plus bleed on every side. */
  page: { width: number; height: number };
  /** The page size as CSS @page wants it. */
  cssSize: string;
  /** Text stays this far inside the trim: 10 mm at A4, growing with the paper. */
  safeMarginMm: number;
  /** How much larger than A4 the paper is (1 at A4), for type and spacing. */
  scale: number;
}

export function geometry(size: PaperSize, bleedMm = BLEED_MM): PageGeometry {
  const trim = paperSizes[size];
  const page = { width: trim.width + 2 * bleedMm, height: trim.height + 2 * bleedMm };
  const scale = trim.width / paperSizes.a4.width;
  return {
    trim: { ...trim },
    bleedMm,
    page,
    cssSize: `${page.width}mm ${page.height}mm`,
    safeMarginMm: Math.round(10 * scale * 10) / 10,
    scale,
  };
}

export function isPaperSize(s: string): s is PaperSize {
  return Object.hasOwn(paperSizes, s);
}
