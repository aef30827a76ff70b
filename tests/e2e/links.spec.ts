// Every internal link, image, script, download and #fragment in the built site resolves.
import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { checkLinks, pageFacts, type PageFacts } from '../../src/lib/checks/link-check.ts';
import { dist, site } from './site.ts';

test('every internal address on every built page leads to a file, and every #fragment to an element', () => {
  const files = new Set(
    readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => '/' + path.relative(dist, path.join(e.parentPath, e.name)).split(path.sep).join('/')),
  );
  const pages = new Map<string, PageFacts>();
  for (const file of files) if (file.endsWith('.html')) pages.set(file, pageFacts(readFileSync(path.join(dist, file), 'utf8')));
  // The sitemap and robots.txt are read by machines; their addresses must resolve too.
  const sitemap = readFileSync(path.join(dist, 'sitemap.xml'), 'utf8');
  const robots = readFileSync(path.join(dist, 'robots.txt'), 'utf8');
  pages.set('/sitemap.xml', {
    ids: new Set(),
    refs: [
      ...[...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => ({ what: 'loc', url: m[1]! })),
      ...[...sitemap.matchAll(/href="([^"]+)"/g)].map((m) => ({ what: 'xhtml:link href', url: m[1]! })),
    ],
  });
  pages.set('/robots.txt', { ids: new Set(), refs: [...robots.matchAll(/^Sitemap:\s*(\S+)/gm)].map((m) => ({ what: 'Sitemap', url: m[1]! })) });

  const refs = [...pages.values()].reduce((n, p) => n + p.refs.length, 0);
  expect(pages.size).toBeGreaterThan(50);
  expect(refs).toBeGreaterThan(1000);
  expect(checkLinks({ origin: new URL(site.url).origin, files, pages })).toEqual([]);
});
