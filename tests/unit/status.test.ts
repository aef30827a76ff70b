import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deadlineStatus, planStatus } from '../../src/lib/build/status.ts';

const day = (s: string) => new Date(`${s}T00:00:00Z`);

test('a deadline is past only once its day is before the content date', () => {
  assert.equal(deadlineStatus(day('2021-06-15'), day('2026-12-01')), 'past');
  assert.equal(deadlineStatus(day('2026-12-01'), day('2026-12-01')), 'open');
  assert.equal(deadlineStatus(day('2027-03-08'), day('2026-12-01')), 'open');
});

test('a plan has ended once its last day is past; without one its status is unknown', () => {
  assert.equal(planStatus(day('2021-06-15'), day('2026-12-01')), 'ended');
  assert.equal(planStatus(day('2027-01-01'), day('2026-12-01')), 'running');
  assert.equal(planStatus(undefined, day('2026-12-01')), 'unknown');
});
