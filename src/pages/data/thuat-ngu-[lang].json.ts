// The glossary as data: for journalists, and for the build step that links terms
// where they are used (src/integrations/glossary-links.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { glossaryTerms } from '../../lib/build/content.ts';
import { pathOf } from '../../lib/build/pages.ts';
import { articleAnchor } from '../../lib/build/slug.ts';
import { languageCodes } from '../../config/index.ts';

export const getStaticPaths = (() => languageCodes.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang!;
  const glossary = pathOf({ kind: 'sub', section: 'laws', sub: 'glossary' }, lang);
  const terms = (await glossaryTerms(lang)).map((t) => ({
    term: t.term,
    href: `${glossary}#${t.anchor}`,
    definition: t.definition,
    language: t.lang,
    source: `${pathOf({ kind: 'entry', section: 'laws', slug: t.law }, lang)}#${articleAnchor(t.article, t.clause)}`,
  }));
  return new Response(JSON.stringify({ language: lang, glossary, terms }, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
