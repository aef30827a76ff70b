// Checks on the built files themselves: what every page must carry in its HTML.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dist, langOfPath, site, sitemapPaths, ui } from './site.ts';

const html = (p: string) => readFileSync(path.join(dist, p, 'index.html'), 'utf8');

test('every page has lang, a canonical URL, Open Graph basics, and no script except on search', () => {
  const searchPaths = Object.entries(ui).map(([lang, t]) => `${lang === site.defaultLanguage ? '/' : '/' + lang + '/'}${t.sections.search!.slug}/`);
  for (const p of sitemapPaths()) {
    const doc = html(p);
    expect(doc, p).toContain(`<html lang="${langOfPath(p)}"`);
    expect(doc, p).toContain(`<link rel="canonical" href="${new URL(p, site.url).href}"`);
    for (const prop of ['og:title', 'og:description', 'og:url', 'og:type', 'og:locale']) expect(doc, `${p} ${prop}`).toContain(`property="${prop}"`);
    // JSON-LD is data, not JavaScript: only the search page may carry a script.
    const scripts = doc.match(/<script(?![^>]*type="application\/ld\+json")[^>]*>/g) ?? [];
    if (searchPaths.includes(p)) expect(scripts.length).toBeGreaterThan(0);
    else expect(scripts, `${p} should ship no JavaScript`).toEqual([]);
  }
});

test('robots.txt points to the sitemap, and the favicon exists', () => {
  expect(readFileSync(path.join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${new URL('/sitemap.xml', site.url).href}`);
  expect(readFileSync(path.join(dist, 'favicon.svg'), 'utf8')).toContain('<svg');
});

test('the header search field is a plain GET form to the search page', () => {
  for (const [lang, t] of Object.entries(ui)) {
    const home = lang === site.defaultLanguage ? '/' : `/${lang}/`;
    expect(html(home)).toMatch(new RegExp(`<form[^>]*action="${home}${t.sections.search!.slug}/"[^>]*method="get"`));
  }
});
