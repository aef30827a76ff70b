import { z } from 'astro/zod';

/** An address a reader may follow: http or https only (no javascript:, data: or file:). */
export const safeUrl = z.url({ protocol: /^https?$/, error: 'an http:// or https:// address' });
