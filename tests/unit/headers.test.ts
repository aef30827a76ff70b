import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { headersFor, parseHeadersFile } from '../../src/lib/checks/headers.ts';

const text = `# comment
/*
  X-Frame-Options: DENY
  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'

/data/*.csv
  Content-Type: text/csv; charset=utf-8
/exact/
  X-Frame-Options: SAMEORIGIN
`;

test('_headers rules apply by path pattern, later rules overriding earlier ones', () => {
  const rules = parseHeadersFile(text);
  assert.deepEqual(headersFor(rules, '/'), {
    'X-Frame-Options': 'DENY',
    'Content-Security-Policy': "default-src 'self'; frame-ancestors 'none'",
  });
  assert.equal(headersFor(rules, '/data/plan.csv')['Content-Type'], 'text/csv; charset=utf-8');
  assert.equal(headersFor(rules, '/data/plan.json')['Content-Type'], undefined);
  assert.equal(headersFor(rules, '/exact/')['X-Frame-Options'], 'SAMEORIGIN');
  assert.equal(headersFor(rules, '/exact/more/')['X-Frame-Options'], 'DENY');
});

test('a malformed _headers file fails with the line number', () => {
  assert.throws(() => parseHeadersFile('  X-Frame-Options: DENY\n'), /_headers:1: a header before any path/);
  assert.throws(() => parseHeadersFile('/*\n  no colon here\n'), /_headers:2: expected "Name: value"/);
  assert.throws(() => parseHeadersFile('*.html\n'), /_headers:1: a rule must start with a path/);
});

test('the site _headers sends the security headers on every path', () => {
  const rules = parseHeadersFile(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8'));
  for (const p of ['/', '/en/laws/', '/pagefind/pagefind.js']) {
    const h = headersFor(rules, p);
    for (const name of ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'X-Frame-Options', 'Permissions-Policy']) {
      assert.ok(h[name], `${name} on ${p}`);
    }
    assert.match(h['Content-Security-Policy']!, /frame-ancestors 'none'/);
    assert.doesNotMatch(h['Content-Security-Policy']!, /unsafe-inline|'unsafe-eval'/);
  }
});
