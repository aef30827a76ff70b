import { test } from 'node:test';
import assert from 'node:assert/strict';
import { budgetMismatch, budgetShares, budgetSum } from '../../src/sections/plans/budget.ts';

const plan87 = [50_000_000, 54_550_000, 16_500_000, 60_000_000, 40_000_000, 25_000_000].map((budget, i) => ({ what: `item ${i}`, budget }));

test('Plan 87 items add up to the stated 246.050.000 đ', () => {
  assert.equal(budgetSum(plan87), 246_050_000);
  assert.equal(budgetMismatch('Plan 87/KH-UBND', plan87, 246_050_000), null);
});

test('a mismatch names the plan and both sums', () => {
  const msg = budgetMismatch('Plan 87/KH-UBND', plan87, 246_000_000);
  assert.ok(msg);
  assert.match(msg, /Plan 87\/KH-UBND/);
  assert.match(msg, /246\.050\.000/);
  assert.match(msg, /246\.000\.000/);
});

test('shares sum to one and items without an amount count as zero', () => {
  const shares = budgetShares([...plan87, { what: 'unbudgeted' }]);
  assert.ok(Math.abs(shares.reduce((a, b) => a + b, 0) - 1) < 1e-9);
  assert.equal(shares.at(-1), 0);
});
