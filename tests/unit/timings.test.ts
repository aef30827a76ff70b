import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { recordTiming } from '../../src/lib/after-build/timings.ts';

test('build steps add their timings to one file, and write nothing without one', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'timings-'));
  const file = path.join(dir, 'sub', 'timings.json');
  recordTiming('pagefind', { ms: 120, count: 101 }, file);
  recordTiming('pdfs', { ms: 900, count: 9 }, file);
  recordTiming('pagefind', { ms: 130, count: 101 }, file);
  assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), { pagefind: { ms: 130, count: 101 }, pdfs: { ms: 900, count: 9 } });
  recordTiming('x', { ms: 1 }, undefined);
  assert.ok(!existsSync(path.join(dir, 'undefined')));
  rmSync(dir, { recursive: true });
});
