// The campaign calendar's occasions as dates and calendar events: pure, for the calendar page,
// its iCalendar feed (src/pages/data/lich-truyen-thong-[lang].ics.ts) and the unit tests.
import type { CalendarEvent } from '../../lib/build/ics.ts';

export interface Occasion {
  id: string;
  name: string;
  /** "MM-DD" */
  date: string;
  until?: string | undefined;
  what: string;
}

const day = (year: number, monthDay: string) => {
  const [m, d] = monthDay.split('-').map(Number);
  return new Date(Date.UTC(year, m! - 1, d!));
};

/** The first and last day of an occasion in a year; an occasion whose end comes before its start runs into the next year. */
export function occasionDays(o: Pick<Occasion, 'date' | 'until'>, year: number): { start: Date; end: Date } {
  const start = day(year, o.date);
  if (o.until === undefined) return { start, end: start };
  const end = day(year, o.until);
  return { start, end: end < start ? day(year + 1, o.until) : end };
}

/**
 * One yearly event per occasion, from the occasion in the year of `asOf` (the content's date, never
 * the build clock) on: the same content gives the same feed. UIDs are stable: `<id>@<host>`.
 */
export function occasionEvents(occasions: readonly Occasion[], asOf: Date, host: string, url: (o: Occasion) => string): CalendarEvent[] {
  const year = asOf.getUTCFullYear();
  return occasions.map((o) => {
    const { start, end } = occasionDays(o, year);
    return {
      uid: `${o.id}@${host}`,
      date: start,
      ...(end.getTime() !== start.getTime() ? { endDate: end } : {}),
      yearly: true,
      summary: o.name,
      description: o.what,
      url: url(o),
      stamp: asOf,
    };
  });
}

/** "08/03", "15/11 – 15/12": an occasion's days as the reader's locale writes a date, without the year. */
export function formatOccasionDays(o: Pick<Occasion, 'date' | 'until'>, locale: string): string {
  // The full date's pattern with the year taken out, so day and month keep the locale's order and
  // separator (Intl's own day-and-month pattern differs from its full-date one in some locales).
  const fmt = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
  const dayMonth = (d: Date) => {
    const parts = fmt.formatToParts(d);
    const y = parts.findIndex((p) => p.type === 'year');
    const drop = new Set([y, y === parts.length - 1 ? y - 1 : y + 1]);
    return parts
      .filter((_, i) => !drop.has(i))
      .map((p) => p.value)
      .join('');
  };
  const { start, end } = occasionDays(o, 2000); // a leap year, so 02-29 is a day
  return o.until === undefined ? dayMonth(start) : `${dayMonth(start)} – ${dayMonth(end)}`;
}
