// Each language's conventions through Intl, never by hand: dd/mm/yyyy, 246.050.000 đ, 1,2 MB.
// The locale of a language is the one content/site.yaml names (never the machine's).
import { localeOf as localeFor } from '../../config/index.ts';
import type { Translator } from '../../i18n/t.ts';

/** dd/mm/yyyy in every language the site uses. Dates are calendar dates, kept in UTC. */
export function formatDate(date: Date, lang: string): string {
  return new Intl.DateTimeFormat(localeFor(lang), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** ISO yyyy-mm-dd, for <time datetime> and data files. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `246.050.000 đ`: Vietnamese grouping, and the written abbreviation đ instead of the ₫ sign. */
export function formatDong(amount: number): string {
  return new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' })
    .formatToParts(amount)
    .map((p) => (p.type === 'currency' ? 'đ' : p.value))
    .join('');
}

export function formatNumber(n: number, lang: string, fractionDigits = 0): string {
  return new Intl.NumberFormat(localeFor(lang), { maximumFractionDigits: fractionDigits }).format(n);
}

/** File sizes as readers write them: `1,2 MB` in Vietnamese, `1.2 MB` in English (decimal units). */
export function formatBytes(bytes: number, lang: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let i = 0;
  while (value >= 1000 && i < units.length - 1) {
    value /= 1000;
    i++;
  }
  return new Intl.NumberFormat(localeFor(lang), {
    style: 'unit',
    unit: units[i],
    unitDisplay: 'short',
    // Three significant figures at most: 80,6 kB, 216 kB (a narrow table cell keeps one line).
    maximumFractionDigits: i === 0 || value >= 100 ? 0 : 1,
  }).format(value);
}

/** A slow mobile connection, as many readers in mountain communes have: 400 kbit/s. */
export const SLOW_MOBILE_BITS_PER_SECOND = 400_000;

/** About how long a download takes on a slow mobile connection, rounded up to whole seconds or minutes. */
export function formatDownloadTime(bytes: number, lang: string, bitsPerSecond = SLOW_MOBILE_BITS_PER_SECOND): string {
  const seconds = Math.max(1, Math.ceil((bytes * 8) / bitsPerSecond));
  const duration = seconds < 90 ? { seconds } : { minutes: Math.ceil(seconds / 60) };
  return new Intl.DurationFormat(localeFor(lang), { style: 'long' }).format(duration);
}

export interface DownloadFacts {
  format: string;
  /** Paper or pixel size, e.g. "A2" or "1200 × 630 px". */
  detail?: string | undefined;
  pages?: number | undefined;
  bytes: number;
}

/** "(PDF, A2, 1 trang, 1,2 MB; khoảng 3 giây…)": what a download costs, before anyone taps it. */
export function describeDownload(f: DownloadFacts, t: Pick<Translator, 'lang'> & ((key: string, params?: Record<string, string | number>) => string)): string {
  const parts = [f.format];
  if (f.detail) parts.push(f.detail);
  if (f.pages !== undefined) parts.push(t('common.pages', { count: f.pages }));
  parts.push(formatBytes(f.bytes, t.lang));
  return `(${parts.join(', ')}; ${t('common.downloadTime', { time: formatDownloadTime(f.bytes, t.lang) })})`;
}
