// One small stylesheet per paper: the @page size (trim + bleed) and the scale the poster design
// grows by. A file rather than inline CSS, so the strict style-src of every page covers it.
import type { APIRoute } from 'astro';
import { BLEED_MM, geometry, posterSizes } from '../../lib/print/paper.ts';
import { leafletCss } from '../../sections/leaflets/folds.ts';

export function getStaticPaths() {
  return [
    ...posterSizes.map((size) => ({ params: { paper: `poster-${size}` }, props: { css: posterCss(size) } })),
    // The low-ink poster for office printers: A4 on white, no bleed.
    { params: { paper: 'poster-office' }, props: { css: posterCss('a4', 0) } },
    // Leaflets: A4 landscape in three panels, with bleed, and on white for office printers.
    { params: { paper: 'leaflet-a4' }, props: { css: leafletCss(BLEED_MM) } },
    { params: { paper: 'leaflet-office' }, props: { css: leafletCss(0) } },
    // Handouts go to office printers: A4 with white margins, no bleed.
    { params: { paper: 'handout-a4' }, props: { css: '@page { size: A4; margin: 15mm 16mm 18mm; }\n' } },
  ];
}

function posterCss(size: (typeof posterSizes)[number], bleedMm?: number): string {
  const g = geometry(size, bleedMm);
  return [
    `@page { size: ${g.cssSize}; margin: 0; }`,
    `:root { --page-w: ${g.page.width}mm; --page-h: ${g.page.height}mm; --bleed: ${g.bleedMm}mm; --safe: ${g.safeMarginMm}mm; --scale: ${g.scale}; }`,
    '',
  ].join('\n');
}

export const GET: APIRoute = ({ props }) => new Response(props.css as string, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
