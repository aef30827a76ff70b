import { test } from 'node:test';
import assert from 'node:assert/strict';
import { taskCount, tasksOf, timeline } from '../../src/sections/plans/agency-tasks.ts';

const p58 = {
  slug: 'p58',
  activities: [{ what: 'Tờ rơi', lead: 'so', partners: ['bao'] }, { what: 'Tập huấn', lead: 'hoi', partners: ['so'] }],
  responsibilities: [{ agency: 'so', duties: ['Chủ trì'] }],
  reporting: [{ due: new Date('2021-06-15'), duty: 'Báo cáo', agency: 'so' }, { due: new Date('2020-04-10'), duty: 'Kế hoạch' }],
};
const p87 = {
  slug: 'p87',
  activities: [{ what: 'In tài liệu', lead: 'so', partners: [] }],
  responsibilities: [],
  reporting: [{ due: new Date('2011-12-15'), duty: 'Báo cáo năm' }],
};

test('an agency’s tasks in a plan: led, partnered, duties and reports', () => {
  const t = tasksOf('so', p58);
  assert.deepEqual(t.lead, ['Tờ rơi']);
  assert.deepEqual(t.partner, ['Tập huấn']);
  assert.deepEqual(t.duties, ['Chủ trì']);
  assert.equal(t.reporting.length, 1);
  assert.equal(taskCount(t), 4);
  assert.equal(taskCount(tasksOf('so', p87)), 1);
  assert.equal(taskCount(tasksOf('nobody', p87)), 0);
});

test('the timeline lists every dated duty across plans, earliest first', () => {
  assert.deepEqual(
    timeline([p58, p87]).map((e) => e.due.toISOString().slice(0, 10)),
    ['2011-12-15', '2020-04-10', '2021-06-15'],
  );
});
