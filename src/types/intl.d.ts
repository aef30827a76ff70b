// Intl.DurationFormat ships in Node 24 and current browsers but not yet in TypeScript 5.9's lib.
declare namespace Intl {
  interface DurationFormatOptions {
    style?: 'long' | 'short' | 'narrow' | 'digital';
  }
  class DurationFormat {
    constructor(locales?: string | string[], options?: DurationFormatOptions);
    format(duration: Partial<Record<'years' | 'months' | 'weeks' | 'days' | 'hours' | 'minutes' | 'seconds', number>>): string;
  }
}
