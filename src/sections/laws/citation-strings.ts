import type { Translator } from '../../i18n/t.ts';

/** The templates that name cited articles on printed material ("Article {n}", "Articles {list}"). */
export function citationStrings(t: Translator): { articleOne: string; articleMany: string } {
  const { articleOne, articleMany } = t.group('laws');
  if (!articleOne || !articleMany) throw new Error(`content/ui/${t.lang}.yaml: laws.articleOne and laws.articleMany are needed for printed citations`);
  return { articleOne, articleMany };
}
