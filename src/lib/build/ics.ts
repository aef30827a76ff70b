// iCalendar (RFC 5545) for deadlines and yearly occasions: all-day events (one day, or several
// with `endDate`), optionally repeating every year (RRULE:FREQ=YEARLY), CRLF line ends, lines
// folded at 75 octets without splitting a UTF-8 character, text escaped, stable UIDs and a fixed
// DTSTAMP so the same content gives the same file.

export interface CalendarEvent {
  uid: string;
  date: Date;
  summary: string;
  description?: string;
  url?: string;
  /** When the event was defined (fixed per event, not the build time). */
  stamp: Date;
  /** The last day of an event of several days (inclusive); a one-day event has none. */
  endDate?: Date;
  /** Repeats every year on the same day(s), from `date` on. */
  yearly?: boolean;
}

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon and comma escaped; every line break (CRLF, LF or a bare CR) as \n. */
export const escapeText = (s: string) =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
const ymd = (d: Date) => d.toISOString().slice(0, 10).replace(/-/g, '');
const stampOf = (d: Date) => `${ymd(d)}T${d.toISOString().slice(11, 19).replace(/:/g, '')}Z`;

/** Folds a content line into chunks of at most 75 octets, continuation lines starting with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines lose one octet to the leading space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function toIcs(name: string, events: readonly CalendarEvent[], lang: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//binh-dang-gioi-lang-son//plans//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  for (const e of events) {
    if (e.endDate && e.endDate.getTime() < e.date.getTime()) throw new Error(`${e.uid}: the event ends before it starts`);
    // DTEND of an all-day event is exclusive: the day after its last day.
    const next = new Date((e.endDate ?? e.date).getTime() + 86_400_000);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stampOf(e.stamp)}`,
      `DTSTART;VALUE=DATE:${ymd(e.date)}`,
      `DTEND;VALUE=DATE:${ymd(next)}`,
      ...(e.yearly ? ['RRULE:FREQ=YEARLY'] : []),
      `SUMMARY;LANGUAGE=${lang}:${escapeText(e.summary)}`,
      ...(e.description ? [`DESCRIPTION;LANGUAGE=${lang}:${escapeText(e.description)}`] : []),
      ...(e.url ? [`URL:${e.url}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** Unfolds and splits an iCalendar file into its events' properties (for tests and checks). */
export function parseIcsEvents(text: string): Record<string, string>[] {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) (events.push(current), (current = null));
    else if (current) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).split(';')[0]!;
      current[name] = line
        .slice(colon + 1)
        .replace(/\\n/g, '\n')
        .replace(/\\([,;\\])/g, '$1');
    }
  }
  return events;
}
