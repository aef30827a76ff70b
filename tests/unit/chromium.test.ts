import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pickChromium } from '../../src/lib/chromium.ts';

const only =
  (...files: string[]) =>
  (file: string) =>
    files.includes(file);

test('CHROMIUM_PATH is used exactly when it exists', () => {
  assert.equal(pickChromium({ CHROMIUM_PATH: '/opt/chrome/chrome' }, only('/opt/chrome/chrome', '/usr/bin/chromium')), '/opt/chrome/chrome');
});

test('a CHROMIUM_PATH that does not exist fails, naming the variable and the path, with no fallback', () => {
  assert.throws(
    () => pickChromium({ CHROMIUM_PATH: '/opt/nowhere/chrome' }, only('/usr/bin/chromium')),
    (error: Error) =>
      error.message.includes('CHROMIUM_PATH=/opt/nowhere/chrome') &&
      /install Debian's chromium package/.test(error.message) &&
      /fix the CHROMIUM_PATH variable/.test(error.message),
  );
});

test('without CHROMIUM_PATH: Debian’s Chromium where installed, else Playwright’s own (undefined)', () => {
  assert.equal(pickChromium({}, only('/usr/bin/chromium', '/usr/bin/chromium-browser')), '/usr/bin/chromium');
  assert.equal(pickChromium({}, only('/usr/bin/chromium-browser')), '/usr/bin/chromium-browser');
  assert.equal(pickChromium({ CHROMIUM_PATH: '' }, only('/usr/bin/chromium')), '/usr/bin/chromium');
  assert.equal(pickChromium({}, only()), undefined);
});
