import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { isPlaceholderHost, loadSite } from '../../src/config/load.ts';

const file = path.resolve(import.meta.dirname, '../../content/site.yaml');

test('a release build refuses the placeholder address; other builds keep it', () => {
  assert.ok(isPlaceholderHost('https://binhdanggioi.langson.example/'));
  assert.ok(!isPlaceholderHost('https://binhdanggioi.langson.gov.vn/'));
  assert.doesNotThrow(() => loadSite(file, {}));
  assert.throws(() => loadSite(file, { RELEASE: '1' }), /placeholder; a release build needs the real address/);
  assert.equal(loadSite(file, { RELEASE: '1', SITE_URL: 'https://binhdanggioi.langson.gov.vn/' }).url, 'https://binhdanggioi.langson.gov.vn/');
});

test('every language names a locale that Intl knows', () => {
  const site = loadSite(file, {});
  for (const l of site.languages) assert.ok(Intl.DateTimeFormat.supportedLocalesOf(l.locale).length > 0, l.code);
});
