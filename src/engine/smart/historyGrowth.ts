/**
 * Per-period growth of a KPI's history (DOMAIN §3 "A", history rule): the mean growth ḡ and its spread s
 * that a target's required growth is compared with.
 */

/** Growth statistics of a history. */
export interface GrowthStats {
  /** How many numbers the history holds (blanks and non-finite values skipped). */
  count: number;
  /** The latest number, when there is one. */
  last?: number;
  /** Per-period growth rates between successive numbers. */
  rates: number[];
  /** Mean per-period growth ḡ (0 when there are no rates). */
  mean: number;
  /** Sample standard deviation s of the rates (n − 1 in the denominator; 0 with fewer than 2 rates). */
  spread: number;
}

/**
 * Growth statistics of a history, oldest first.
 * - A blank between two numbers still counts as a period: values k periods apart give the per-period
 *   rate (v₂/v₁)^(1/k) − 1.
 * - Growth is a ratio, so a pair with a value ≤ 0 gives no rate (a ratio across zero or between
 *   negatives is meaningless); such pairs are skipped, and the caller falls back to the baseline rule
 *   when too few rates remain.
 * @param history values oldest first, `null` for a blank period
 * @returns count, last value, rates, ḡ and s
 * @example historyGrowth([100, 110, 121, 133.1, 146.41]).mean // 0.1 (every step is +10%)
 */
export function historyGrowth(history: readonly (number | null)[] | undefined): GrowthStats {
  const rates: number[] = [];
  let count = 0;
  let last: number | undefined;
  let lastIndex = -1;
  for (const [i, v] of (history ?? []).entries()) {
    if (typeof v !== "number" || !Number.isFinite(v)) continue;
    if (last !== undefined && last > 0 && v > 0) rates.push((v / last) ** (1 / (i - lastIndex)) - 1);
    count += 1;
    last = v;
    lastIndex = i;
  }
  const mean = rates.length === 0 ? 0 : rates.reduce((a, b) => a + b, 0) / rates.length;
  const spread = rates.length < 2 ? 0 : Math.sqrt(rates.reduce((a, r) => a + (r - mean) ** 2, 0) / (rates.length - 1));
  const stats: GrowthStats = { count, rates, mean, spread };
  if (last !== undefined) stats.last = last;
  return stats;
}
