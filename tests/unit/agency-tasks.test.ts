import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agencyTasks, deadlinesByBody, membersByGroup, taskCount, tasksOf, timeline } from '../../src/sections/plans/agency-tasks.ts';

const p58 = {
  slug: 'p58',
  activities: [
    { what: 'Tờ rơi', lead: 'so', partners: ['bao'] },
    { what: 'Tập huấn', lead: 'hoi', partners: ['so'] },
  ],
  responsibilities: [{ agency: 'so', duties: ['Chủ trì'] }],
  reporting: [
    { due: new Date('2021-06-15'), duty: 'Báo cáo', agency: 'so' },
    { due: new Date('2020-04-10'), duty: 'Kế hoạch' },
  ],
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

// A plan that gives tasks to a group of bodies ("các sở, ban, ngành") and sets one deadline for no body.
const grouped = {
  slug: 'pg',
  activities: [
    { what: 'Tập huấn', lead: 'so', partners: ['nhom'], timing: 'Quý III/2011' },
    { what: 'Lồng ghép', lead: 'nhom', partners: [] },
  ],
  responsibilities: [
    { agency: 'nhom', duties: ['Xây dựng kế hoạch'] },
    { agency: 'hoi', duties: ['Tuyên truyền'], request: true },
  ],
  reporting: [
    { due: new Date('2020-04-10'), duty: 'Kế hoạch của đơn vị', agency: 'nhom' },
    { due: new Date('2011-12-15'), duty: 'Báo cáo năm' },
  ],
};

test("an agency page lists its own tasks, then its groups' as shared, then the plan-wide deadlines", () => {
  const tasks = agencyTasks('noi-vu', ['nhom'], grouped);
  assert.deepEqual(
    tasks.map((t) => [t.role, t.what, t.via ?? (t.planWide ? 'plan' : 'own')]),
    [
      ['lead', 'Lồng ghép', 'nhom'],
      ['partner', 'Tập huấn', 'nhom'],
      ['responsible', 'Xây dựng kế hoạch', 'nhom'],
      ['reporting', 'Kế hoạch của đơn vị', 'nhom'],
      ['reporting', 'Báo cáo năm', 'plan'],
    ],
  );
  // Each task keeps its time frame or its deadline.
  assert.equal(tasks[1]!.timing, 'Quý III/2011');
  assert.equal(tasks[0]!.timing, undefined);
  assert.equal(tasks[3]!.due?.toISOString().slice(0, 10), '2020-04-10');
  // Own tasks first; a request stays marked; a body with no task gets no plan-wide deadline either.
  assert.deepEqual(
    agencyTasks('so', [], grouped).map((t) => t.what),
    ['Tập huấn', 'Báo cáo năm'],
  );
  assert.equal(agencyTasks('hoi', [], grouped)[0]!.request, true);
  assert.deepEqual(agencyTasks('nobody', [], grouped), []);
  // A group is not its own member.
  assert.equal(agencyTasks('nhom', ['nhom'], grouped).filter((t) => t.via).length, 0);
});

test('members by group, and deadlines by body with the plan-wide ones last', () => {
  assert.deepEqual(
    [
      ...membersByGroup([
        { id: 'a', memberOf: ['g'] },
        { id: 'b', memberOf: ['g', 'h'] },
        { id: 'c', memberOf: [] },
      ]),
    ],
    [
      ['g', ['a', 'b']],
      ['h', ['b']],
    ],
  );
  const groups = deadlinesByBody(
    [
      { due: new Date('2021-06-05'), agency: 'b' },
      { due: new Date('2011-12-15') },
      { due: new Date('2020-04-10'), agency: 'b' },
      { due: new Date('2021-06-15'), agency: 'a' },
    ],
    ['a', 'b'],
  );
  assert.deepEqual(
    groups.map((g) => [g.agency, g.events.map((e) => e.due.toISOString().slice(0, 10))]),
    [
      ['a', ['2021-06-15']],
      ['b', ['2020-04-10', '2021-06-05']],
      [undefined, ['2011-12-15']],
    ],
  );
});
