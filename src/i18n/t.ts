// One way to read an interface string: t('plans.tasksCount', { count: 3 }). Named placeholders
// are filled from the parameters (numbers formatted for the locale) and plurals are chosen by
// Intl.PluralRules, so "1 task" and "2 tasks" come from the strings, not from code. Pure.

export type Params = Record<string, string | number>;

export interface Translator {
  (key: string, params?: Params): string;
  /** The strings of a group, e.g. t.group('training.audienceGroups') → { leaders: '…', … }. */
  group(key: string): Record<string, string>;
  /** A page's slug, heading and introduction, e.g. t.page('plans.agencies'). */
  page(key: string): { slug: string; title: string; intro: string };
  readonly lang: string;
  readonly locale: string;
}

const isPlural = (v: unknown): v is Record<string, string> & { other: string } =>
  typeof v === 'object' && v !== null && typeof (v as { other?: unknown }).other === 'string';

export function createTranslator(strings: Record<string, unknown>, lang: string, locale: string, file = `content/ui/${lang}.yaml`): Translator {
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  const lookup = (key: string): unknown => {
    let value: unknown = strings;
    for (const part of key.split('.')) {
      value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
      if (value === undefined) throw new Error(`${file}: no interface string "${key}"`);
    }
    return value;
  };
  const fill = (key: string, template: string, params: Params) =>
    template.replace(/\{(\w+)\}/g, (_, name: string) => {
      const v = params[name];
      if (v === undefined) throw new Error(`${file}: "${key}" needs a value for {${name}}`);
      return typeof v === 'number' ? numbers.format(v) : v;
    });
  const t = ((key: string, params: Params = {}) => {
    const value = lookup(key);
    if (typeof value === 'string') return fill(key, value, params);
    if (isPlural(value)) {
      if (typeof params.count !== 'number') throw new Error(`${file}: "${key}" depends on a number: give { count }`);
      return fill(key, value[rules.select(params.count)] ?? value.other, params);
    }
    throw new Error(`${file}: "${key}" is a group of strings, not one string`);
  }) as Translator;
  t.group = (key) => {
    const value = lookup(key);
    if (typeof value !== 'object' || value === null || isPlural(value)) throw new Error(`${file}: "${key}" is not a group of strings`);
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'));
  };
  t.page = (key) => ({ slug: t(`${key}.slug`), title: t(`${key}.title`), intro: t(`${key}.intro`) });
  Object.defineProperties(t, { lang: { value: lang }, locale: { value: locale } });
  return t;
}
