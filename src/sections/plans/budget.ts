import { formatDong } from '../../lib/build/format.ts';

export interface BudgetItem {
  what: string;
  budget?: number | undefined;
}

export function budgetSum(items: readonly BudgetItem[]): number {
  return items.reduce((sum, item) => sum + (item.budget ?? 0), 0);
}

/** Each budgeted item's share of the total, 0–1, for the bars in budget tables. */
export function budgetShares(items: readonly BudgetItem[]): number[] {
  const total = budgetSum(items);
  return items.map((item) => (total === 0 ? 0 : (item.budget ?? 0) / total));
}

/** Null when the items add up to the stated total, otherwise the message the build fails with. */
export function budgetMismatch(plan: string, items: readonly BudgetItem[], statedTotal: number): string | null {
  const sum = budgetSum(items);
  if (sum === statedTotal) return null;
  return `${plan}: các khoản kinh phí cộng lại ${formatDong(sum)} nhưng kế hoạch ghi tổng ${formatDong(statedTotal)} — budget items add up to ${formatDong(sum)} but the plan states a total of ${formatDong(statedTotal)}`;
}
