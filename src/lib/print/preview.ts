// Poster previews: widths and formats the renderer makes and the pages offer.
export const PREVIEW_WIDTHS = [240, 480] as const;
export const PREVIEW_FORMATS = ['avif', 'webp', 'jpg'] as const;
