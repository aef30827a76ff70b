// A tri-fold (roll fold) on A4 landscape, 297 × 210 mm trimmed. The flap that folds in is 3 mm
// narrower than the others, so it tucks in without buckling. Printed two-sided, page 1 is the
// outside (flap, back, cover from left to right) and page 2 the inside (three panels); the flap
// is the first panel of page 1 and the last of page 2, since the sheet turns over.
export const TRIM_MM = { width: 297, height: 210 } as const;
export const PANELS_MM = { outside: [97, 100, 100], inside: [100, 100, 97] } as const;

/** The fold lines of a page, in mm from the trim's left edge. */
export const foldsOf = (widths: readonly number[]): number[] => widths.slice(0, -1).map((_, i) => widths.slice(0, i + 1).reduce((a, b) => a + b, 0));

/** Both pages' fold lines, as the print page declares them (data-folds): "97 197;100 200". */
export const foldsAttr = (): string => [PANELS_MM.outside, PANELS_MM.inside].map((w) => foldsOf(w).join(' ')).join(';');

/** The page a leaflet is printed on: the trim plus the bleed on every side. */
export const leafletPage = (bleedMm: number) => ({ width: TRIM_MM.width + 2 * bleedMm, height: TRIM_MM.height + 2 * bleedMm });

/** Each page's panel columns in CSS: the outer panels take the bleed as well. */
const columns = (widths: readonly number[], bleedMm: number) => widths.map((mm, i) => `${mm + (i === 0 || i === widths.length - 1 ? bleedMm : 0)}mm`).join(' ');

/** The stylesheet of a leaflet's paper (a file, so the pages' strict style-src covers it). */
export function leafletCss(bleedMm: number): string {
  const page = leafletPage(bleedMm);
  const ticks = (side: string, widths: readonly number[]) => foldsOf(widths).map((mm, i) => `.leaflet-${side} .fold-${i + 1} { left: ${mm + bleedMm}mm; }`);
  return [
    `@page { size: ${page.width}mm ${page.height}mm; margin: 0; }`,
    `:root { --page-w: ${page.width}mm; --page-h: ${page.height}mm; --bleed: ${bleedMm}mm; }`,
    `.leaflet-outside { grid-template-columns: ${columns(PANELS_MM.outside, bleedMm)}; }`,
    `.leaflet-inside { grid-template-columns: ${columns(PANELS_MM.inside, bleedMm)}; }`,
    ...ticks('outside', PANELS_MM.outside),
    ...ticks('inside', PANELS_MM.inside),
    '',
  ].join('\n');
}
