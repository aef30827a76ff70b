// Poster previews: the widths the renderer makes (AVIF, WebP and JPEG each) and the pages offer.
export const PREVIEW_WIDTHS = [240, 480] as const;
