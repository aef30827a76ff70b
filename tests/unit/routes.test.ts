import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alternates, pathFor, toParam, type RouteContext } from '../../src/lib/routes.ts';

const sections = (laws: string, search: string) =>
  ({ laws: { slug: laws }, search: { slug: search } }) as unknown as RouteContext['ui'][string]['sections'];
const ctx: RouteContext = {
  site: { languages: [{ code: 'vi', label: 'Tiếng Việt', prefix: '' }, { code: 'en', label: 'English', prefix: 'en' }, { code: 'tyz', label: 'Tày', prefix: 'tay' }] },
  ui: { vi: { sections: sections('luat', 'tim-kiem') }, en: { sections: sections('laws', 'search') }, tyz: { sections: sections('luat', 'tim-kiem') } },
};

test('Vietnamese at the root, other languages under their prefix', () => {
  assert.equal(pathFor({ kind: 'home' }, 'vi', ctx), '/');
  assert.equal(pathFor({ kind: 'home' }, 'en', ctx), '/en/');
  assert.equal(pathFor({ kind: 'section', section: 'laws' }, 'vi', ctx), '/luat/');
  assert.equal(pathFor({ kind: 'section', section: 'laws' }, 'en', ctx), '/en/laws/');
  assert.equal(pathFor({ kind: 'entry', section: 'laws', slug: 'x' }, 'tyz', ctx), '/tay/luat/x/');
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
