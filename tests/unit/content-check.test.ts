import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'astro/zod';
import { checkBody, compareFacts, describeIssue, isSafeUrl, keysAt, nearest } from '../../src/lib/build/content-check.ts';
import { isoDate, isRealDate } from '../../src/lib/build/schema.ts';

test('dates are real calendar days written yyyy-mm-dd', () => {
  assert.ok(isRealDate('2020-02-29'));
  assert.ok(!isRealDate('2020-02-31'));
  assert.ok(!isRealDate('2021-02-29'));
  assert.ok(!isRealDate('2006'));
  assert.equal(isoDate.safeParse('2020-02-31').success, false);
  assert.equal(isoDate.safeParse(2006).success, false, 'a year alone is not a date');
  assert.deepEqual(isoDate.parse('2011-09-07'), new Date('2011-09-07T00:00:00Z'));
});

test('an unknown key is named, with the nearest allowed key', () => {
  const schema = z.strictObject({ effective: z.string().optional(), order: z.number().optional(), items: z.array(z.strictObject({ budget: z.number() })) });
  assert.equal(nearest('effectve', ['effective', 'issued']), 'effective');
  assert.equal(nearest('oder', ['order', 'sources']), 'order');
  assert.equal(nearest('xyz', ['order']), undefined);
  assert.deepEqual(keysAt(schema, ['items', 0]), ['budget']);
  const data = { effectve: 'x', items: [{ budget: 1, budjet: 2 }] };
  const issues = schema.safeParse(data).error!.issues;
  const described = issues.flatMap((i) => describeIssue(i, schema, data));
  assert.deepEqual(described.map((d) => d.field).sort(), ['effectve', 'items[0].budjet']);
  assert.match(described.find((d) => d.field === 'effectve')!.text, /did you mean "effective"/);
  assert.match(described.find((d) => d.field === 'items[0].budjet')!.text, /did you mean "budget"/);
});

test('a missing field and a wrong type say so in plain words, in both languages', () => {
  const schema = z.strictObject({ title: z.string().min(1), tags: z.array(z.string()) });
  const data = { tags: 'a' };
  const described = schema.safeParse(data).error!.issues.flatMap((i) => describeIssue(i, schema, data));
  assert.deepEqual(described, [
    { field: 'title', text: 'thiếu trường bắt buộc này — this required field is missing' },
    { field: 'tags', text: 'phải là một danh sách (các dòng bắt đầu bằng "- ") — should be a list (lines starting with "- ")' },
  ]);
});

test('MDX bodies cannot run code or carry HTML, and links have safe schemes', () => {
  assert.deepEqual(checkBody('A plain **paragraph** with [a link](https://example.org/) and [a page](/luat/).', true), []);
  const texts = (body: string, mdx = true) => checkBody(body, mdx).map((p) => p.text);
  assert.match(texts("import fs from 'node:fs'\n\nText")[0]!, /import and export are not allowed/);
  assert.match(texts('Two and {1 + 1}')[0]!, /no \{expressions\}/);
  assert.match(texts('<meta http-equiv="refresh" content="0;url=https://evil.example/" />')[0]!, /no <meta> tags/);
  assert.match(texts('<b>bold</b>', false)[0]!, /no HTML/);
  assert.match(texts('[x](javascript:alert(1))')[0]!, /"javascript:alert\(1\)" is not allowed/);
  assert.ok(isSafeUrl('mailto:a@b.vn') && isSafeUrl('tel:+84') && isSafeUrl('#dieu-5') && !isSafeUrl('//evil.example/') && !isSafeUrl('data:text/html,x'));
});

test('a translation keeps the original’s figures, dates, amounts and references; its words may differ', () => {
  const original = {
    title: 'Kế hoạch',
    number: '87/KH-UBND',
    issued: new Date('2011-09-07'),
    budgetTotal: 15,
    activities: [
      { what: 'in tờ rơi', lead: 'so-a', budget: 10 },
      { what: 'b', lead: 'so-b', budget: 5 },
    ],
    sources: [{ title: 'x' }],
  };
  const same = {
    ...original,
    title: 'Plan',
    activities: [
      { what: 'print leaflets', lead: 'so-a', budget: 10 },
      { what: 'b', lead: 'so-b', budget: 5 },
    ],
    sources: [{ title: 'y' }, { title: 'z' }],
  };
  assert.deepEqual(compareFacts(original, same), []);
  const moved = {
    ...same,
    budgetTotal: 20,
    activities: [
      { what: 'a', lead: 'so-a', budget: 15 },
      { what: 'b', lead: 'so-c', budget: 5 },
    ],
    issued: new Date('2011-09-08'),
  };
  assert.deepEqual(
    compareFacts(original, moved).map((d) => d.field),
    ['issued', 'budgetTotal', 'activities[0].budget', 'activities[1].lead'],
  );
});
