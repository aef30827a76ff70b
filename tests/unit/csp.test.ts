import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { pageCspProblems, parsePolicy, policyProblems } from '../../src/lib/checks/csp.ts';

const css = 'body{color:#111}';
const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
const meta = (styleHash = hash, script = "'self'") =>
  `<meta http-equiv="content-security-policy" content="default-src 'self';object-src 'none';base-uri 'self'; script-src ${script}; style-src 'self' ${styleHash};">`;
const page = (head: string, body = '') =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8">${head}<title>t</title></head><body>${body}</body></html>`;

test('policies parse into directives', () => {
  assert.deepEqual(
    parsePolicy("default-src 'self'; img-src 'self' data:;"),
    new Map([
      ['default-src', ["'self'"]],
      ['img-src', ["'self'", 'data:']],
    ]),
  );
});

test('a strict policy passes; unsafe-inline, unsafe-eval, a missing object-src or base-uri do not', () => {
  assert.deepEqual(policyProblems("script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'"), []);
  assert.deepEqual(policyProblems("script-src 'self' 'unsafe-inline' 'unsafe-eval'"), [
    "script-src allows 'unsafe-inline'",
    "script-src allows 'unsafe-eval'",
    "object-src is not 'none'",
    'no base-uri',
  ]);
  assert.deepEqual(policyProblems("object-src 'none'; base-uri 'self'"), ['no script-src (nor default-src): scripts from anywhere']);
});

test('a page with its policy first and its inline style hashed passes', () => {
  assert.deepEqual(
    pageCspProblems(page(`${meta()}<style>${css}</style><script type="module" src="/a.js"></script><script type="application/ld+json">{}</script>`)),
    [],
  );
});

test('pages with what the policies block, or without a policy, fail', () => {
  assert.deepEqual(pageCspProblems(page(`<style>${css}</style>`)), [
    '<style> before the policy <meta>, which does not cover it',
    'no Content-Security-Policy <meta>',
  ]);
  assert.deepEqual(pageCspProblems(page(`${meta("'sha256-other='")}<style>${css}</style>`)), ['an inline <style> whose hash the policy does not list']);
  assert.deepEqual(
    pageCspProblems(page(meta(), '<script>alert(1)</script><button onclick="x()" style="color:red">b</button><a href="javascript:void 0">a</a>')),
    [
      'an inline <script>: the header policy blocks it; load it from a file',
      '<button onclick>: event-handler attributes are blocked',
      '<button style>: style attributes are blocked; use a class',
      '<a href="javascript:…">',
    ],
  );
  assert.deepEqual(pageCspProblems(page(meta(hash, "'self' 'unsafe-inline'"))), ["script-src allows 'unsafe-inline'"]);
});
