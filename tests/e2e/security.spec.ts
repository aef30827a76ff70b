// Security: a strict Content-Security-Policy in every page and in the headers a host sends,
// the same headers in public/_headers and README.md's nginx example, and search working under both.
import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pageCspProblems, policyProblems } from '../../src/lib/checks/csp.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/checks/headers.ts';
import { cspViolations } from '../measure.ts';
import { dist, root, sitemapPaths } from './site.ts';

const rules = parseHeadersFile(readFileSync(path.join(root, 'public/_headers'), 'utf8'));
const required = ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'X-Frame-Options', 'Permissions-Policy'];

test('every built page carries a strict policy <meta> that covers its inline styles and blocks nothing it uses', () => {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html'));
  expect(files.length).toBeGreaterThan(50);
  const problems = files.flatMap((e) => {
    const file = path.join(e.parentPath, e.name);
    return pageCspProblems(readFileSync(file, 'utf8')).map((p) => `${path.relative(dist, file)}: ${p}`);
  });
  expect(problems).toEqual([]);
});

test('pages, the 404 page and files are served with the security headers of _headers', async ({ request }) => {
  const expected = headersFor(rules, '/');
  for (const name of required) expect(expected[name], `public/_headers sets ${name} for every path`).toBeTruthy();
  expect(policyProblems(expected['Content-Security-Policy']!)).toEqual([]);
  expect(expected['Content-Security-Policy']).toContain("frame-ancestors 'none'");

  for (const p of [...sitemapPaths(), '/khong-co-trang-nay/', '/favicon.svg', '/pagefind/vi/pagefind.js']) {
    const response = await request.get(p);
    const headers = response.headers();
    for (const [name, value] of Object.entries(headersFor(rules, p))) expect(headers[name.toLowerCase()], `${name} on ${p}`).toBe(value);
  }
  expect((await request.get('/_headers')).status(), 'hosts read _headers, they do not serve it').toBe(404);
});

test("README's nginx example sends the same headers as public/_headers", () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const nginx = readme.match(/```nginx\n([\s\S]*?)```/)?.[1] ?? '';
  const sent = Object.fromEntries([...nginx.matchAll(/add_header ([\w-]+) "([^"]*)" always;/g)].map((m) => [m[1]!, m[2]!]));
  expect(sent).toEqual(headersFor(rules, '/'));
});

test('search finds results under the real policies, and nothing is blocked', async ({ page, baseURL }) => {
  const violations = cspViolations(page);
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(new URL(baseURL!).origin)) outside.push(r.url());
  });
  for (const p of ['/tim-kiem/?q=ứng%20cử', '/en/search/?q=candidates']) {
    await page.goto(p);
    await expect(page.locator('[data-search-result]').first()).toBeVisible();
  }
  expect(violations).toEqual([]);
  expect(outside).toEqual([]);
});
