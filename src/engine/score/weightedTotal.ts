import type { Issue } from "../model";
import { ISSUE, NO_INDEXES, NO_ISSUES, scoreIssue } from "./internal/scoreIssues";

/** One KPI's contribution to a total: its score and relative weight; blanks are `null`/`undefined`. */
export interface WeightedItem {
  readonly score?: number | null;
  readonly weight?: number | null;
}

/**
 * A weighted total (DOMAIN §2). Index lists refer to positions in the input; an item is in at most
 * one of `used`, `excludedNoScore`, `excludedNoWeight`, `excludedInvalidWeight`.
 */
export interface WeightedTotal {
  /** Σ sᵢwᵢ / Σ wᵢ over `used`; absent when nothing could be totalled. */
  readonly value?: number;
  /** `weighted` with weights, `equal` when every weight is blank, `none` when there is no value. */
  readonly mode: "weighted" | "equal" | "none";
  readonly used: readonly number[];
  /** Scored items left out because their weight is blank while other items have one. */
  readonly excludedNoWeight: readonly number[];
  /** Items without a usable score (blank, or NaN/Infinity, which is also reported). */
  readonly excludedNoScore: readonly number[];
  /** Scored items left out because their weight is negative, NaN or infinite. */
  readonly excludedInvalidWeight: readonly number[];
  readonly issues: readonly Issue[];
}

const isBlank = (v: number | null | undefined): v is null | undefined => v === undefined || v === null;
const push = (list: readonly number[], i: number): number[] => {
  const out = list === NO_INDEXES ? [] : (list as number[]);
  out.push(i);
  return out;
};

/**
 * Weighted total = Σ scoreᵢ·wᵢ / Σ wᵢ over the items that have a score (DOMAIN §2). Weights are
 * relative: 40/30/30, 0.4/0.3/0.3 and 4/3/3 give the same total. The weighting scheme is decided over
 * all items, scored or not: when every weight is blank, scores are averaged with equal weights;
 * otherwise scored items with a blank weight are left out and reported (WEIGHT_BLANK). Negative or
 * non-finite weights are left out and reported (WEIGHT_INVALID), as are NaN/Infinity scores
 * (SCORE_INVALID). Zero weights count (they add nothing); weights that add up to 0 give no value
 * (WEIGHTS_SUM_ZERO). Weights are divided by the largest one first, so huge weights cannot overflow;
 * the total is rounded to 12 significant digits.
 * @param items score and weight per KPI
 * @returns the total, its mode, which items were used or left out, and issues; never throws
 * @example weightedTotal([{ score: 1, weight: 40 }, { score: 0.8, weight: 30 }, { score: 0.5, weight: 30 }]).value
 *   // (1·40 + 0.8·30 + 0.5·30) / 100 = 0.79
 * @example weightedTotal([{ score: 1 }, { score: 0.5 }]) // { value: 0.75, mode: "equal", … }
 */
export function weightedTotal(items: readonly WeightedItem[]): WeightedTotal {
  let anyWeight = false;
  let maxWeight = 0;
  for (const item of items) {
    const w = item.weight;
    if (isBlank(w)) continue;
    anyWeight = true;
    if (Number.isFinite(w) && w > maxWeight) maxWeight = w;
  }
  const used: number[] = [];
  let noScore = NO_INDEXES;
  let noWeight = NO_INDEXES;
  let badWeight = NO_INDEXES;
  let badScores = 0;
  let sum = 0;
  let weightSum = 0;
  for (let i = 0; i < items.length; i++) {
    const { score, weight } = items[i] ?? {};
    if (isBlank(score) || !Number.isFinite(score)) {
      if (!isBlank(score)) badScores++;
      noScore = push(noScore, i);
    } else if (!anyWeight) {
      used.push(i);
      sum += score;
      weightSum += 1;
    } else if (isBlank(weight)) {
      noWeight = push(noWeight, i);
    } else if (!Number.isFinite(weight) || weight < 0) {
      badWeight = push(badWeight, i);
    } else {
      used.push(i);
      const w = maxWeight > 0 ? weight / maxWeight : 0;
      sum += score * w;
      weightSum += w;
    }
  }
  let issues: Issue[] | undefined;
  const report = (issue: Issue) => (issues ??= []).push(issue);
  if (badScores > 0) report(scoreIssue("SCORE_INVALID", { count: badScores }));
  if (noWeight.length > 0) report(scoreIssue("WEIGHT_BLANK", { count: noWeight.length }));
  if (badWeight.length > 0) report(scoreIssue("WEIGHT_INVALID", { count: badWeight.length }));

  let value: number | undefined;
  if (used.length === 0) {
    // Scored items all left out for their weights are already reported; otherwise say there is nothing.
    if (noWeight.length === 0 && badWeight.length === 0) report(ISSUE.NO_SCORES);
  } else if (weightSum === 0) {
    report(ISSUE.WEIGHTS_SUM_ZERO);
  } else {
    // Rounded to 12 significant digits so that 40/30/30, 0.4/0.3/0.3 and 4/3/3 give the very same
    // number (their binary fractions differ in the last bits); Excel shows 15 digits at most.
    value = Number((sum / weightSum).toPrecision(12));
    if (!Number.isFinite(value)) {
      value = undefined;
      report(ISSUE.RESULT_NOT_FINITE);
    }
  }
  return {
    ...(value === undefined ? {} : { value: value + 0 }),
    mode: value === undefined ? "none" : anyWeight ? "weighted" : "equal",
    used: used.length === 0 ? NO_INDEXES : used,
    excludedNoWeight: noWeight,
    excludedNoScore: noScore,
    excludedInvalidWeight: badWeight,
    issues: issues ?? NO_ISSUES,
  };
}
