import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alternates, pathFor, toParam, type RouteContext } from '../../src/lib/build/routes.ts';

const slugs: Record<string, Record<string, string>> = {
  vi: { laws: 'luat', plans: 'ke-hoach', 'plans.agencies': 'co-quan' },
  en: { laws: 'laws', plans: 'plans', 'plans.agencies': 'agencies' },
  tyz: { laws: 'luat', plans: 'ke-hoach', 'plans.agencies': 'co-quan' },
};
const ctx: RouteContext = {
  languages: [
    { code: 'vi', label: 'Tiếng Việt', prefix: '' },
    { code: 'en', label: 'English', prefix: 'en' },
    { code: 'tyz', label: 'Tày', prefix: 'tay' },
  ],
  slug: (lang, key) => slugs[lang]![key]!,
};

test('Vietnamese at the root, other languages under their prefix', () => {
  assert.equal(pathFor({ kind: 'home' }, 'vi', ctx), '/');
  assert.equal(pathFor({ kind: 'home' }, 'en', ctx), '/en/');
  assert.equal(pathFor({ kind: 'section', section: 'laws' }, 'vi', ctx), '/luat/');
  assert.equal(pathFor({ kind: 'section', section: 'laws' }, 'en', ctx), '/en/laws/');
  assert.equal(pathFor({ kind: 'entry', section: 'laws', slug: 'x' }, 'tyz', ctx), '/tay/luat/x/');
});

test('section sub-pages: index and one page per item', () => {
  assert.equal(pathFor({ kind: 'sub', section: 'plans', sub: 'agencies' }, 'vi', ctx), '/ke-hoach/co-quan/');
  assert.equal(pathFor({ kind: 'sub', section: 'plans', sub: 'agencies', slug: 'so-tu-phap' }, 'en', ctx), '/en/plans/agencies/so-tu-phap/');
});

test('alternates give the same page in every language', () => {
  const alt = alternates({ kind: 'entry', section: 'laws', slug: 'luat-binh-dang-gioi-2006' }, ctx);
  assert.deepEqual(
    alt.map((a) => a.path),
    ['/luat/luat-binh-dang-gioi-2006/', '/en/laws/luat-binh-dang-gioi-2006/', '/tay/luat/luat-binh-dang-gioi-2006/'],
  );
});

test('unknown language fails loudly', () => {
  assert.throws(() => pathFor({ kind: 'home' }, 'fr', ctx), /Unknown language "fr"/);
});

test('rest parameters', () => {
  assert.equal(toParam('/'), undefined);
  assert.equal(toParam('/en/laws/'), 'en/laws');
});
