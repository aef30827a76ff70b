// Loudspeaker scripts and easy-read text: pure rules, shared by the content checks and the pages.

/** The words of a text: what lies between spaces (in Vietnamese, each syllable counts as one). */
export const words = (text: string): string[] => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** Seconds a text takes to read aloud at a rate in words per minute, rounded to 5 s as a reader would say it. */
export const readingSeconds = (text: string, wordsPerMinute: number): number => Math.round(((words(text).length / wordsPerMinute) * 60) / 5) * 5;

/** The shortest and longest a loudspeaker script may take to read, in seconds. */
export const SCRIPT_SECONDS = { min: 60, max: 90 } as const;

/** The most words an easy-read sentence and a poster headline may have. */
export const EASY_READ_WORDS = 15;
export const HEADLINE_WORDS = 10;

/**
 * What a broadcaster would have to translate into speech while reading: digits, abbreviations
 * (two capitals or more, such as HĐND) and signs (%, /, §, &). Each is returned as found.
 */
export function unspoken(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/[\p{L}\p{N}%/§&+=#@*-]+/gu)) {
    const w = m[0].replace(/^-+|-+$/g, '');
    if (/\p{N}/u.test(w) || /[%/§&+=#@*]/.test(w) || /\p{Lu}.*\p{Lu}/u.test(w.replace(/-/g, ''))) found.add(w);
  }
  return [...found];
}

/** A duration as the reader's language says it: "1 phút, 15 giây", "1 minute, 15 seconds". */
export function formatDuration(seconds: number, locale: string): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return new Intl.DurationFormat(locale, { style: 'long' }).format({ ...(minutes ? { minutes } : {}), ...(rest || !minutes ? { seconds: rest } : {}) });
}

/** A script's paragraphs: blocks separated by blank lines. */
export const paragraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

/** What a script's page and its sheet say of it: its words, the pace, the seconds and the duration in words. */
export function readingTime(script: string, wordsPerMinute: number, locale: string) {
  const seconds = readingSeconds(script, wordsPerMinute);
  return { words: words(script).length, rate: wordsPerMinute, seconds, duration: formatDuration(seconds, locale) };
}
