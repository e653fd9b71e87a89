import { makeIssue, type MessageTable } from "../messages/define";
import type { Direction, Issue } from "../model";
import { DEFAULT_THRESHOLDS } from "./status";
import { ISSUE, ISSUES, NO_ISSUES, isBlank, scoreIssue } from "./internal/scoreIssues";

/** What the needed actual is computed from (DOMAIN §2). Blank inputs are `undefined` (or `null`). */
export interface NeededInput {
  readonly target?: number | null;
  readonly baseline?: number | null;
  readonly direction: Direction;
  /** The score to reach; blank → the green threshold, {@link DEFAULT_THRESHOLDS}.green (1.0). */
  readonly threshold?: number | null;
  /** Band bounds [L, U]; used when `direction` is `band`, or `target` with a band given (as in attainment). */
  readonly band?: readonly [number, number] | null;
}

/**
 * Why no needed actual could be computed: `no-target` (blank target), `no-band` (band direction
 * without bounds), `unreachable` (the threshold is above the best score the KPI can get: on target,
 * band and pass/fail score at most 1), `not-finite` (an input or the result is NaN or ±Infinity).
 */
export type NeededFailure = "no-target" | "no-band" | "unreachable" | "not-finite";

/**
 * The outcome of {@link needed}. `low` / `high` bound the actuals whose attainment is at least the
 * threshold: higher is better gives only `low` (at least this), lower is better only `high` (at most
 * this), on target and band give both (stay within them). Every bound given is the exact inverse of
 * {@link attainment}: attainment at it equals the threshold, except for `kind: "pass-fail"` (a zero
 * target without a usable baseline, where the score jumps from 0 to 1 at the bound) and a band bound
 * of 0 (below it bandAttainment has no value). `issues` is a shared frozen array when empty.
 */
export type NeededResult =
  | {
      readonly ok: true;
      readonly low?: number;
      readonly high?: number;
      readonly kind: "ratio" | "pass-fail";
      readonly issues: readonly Issue[];
    }
  | { readonly ok: false; readonly reason: NeededFailure; readonly issues: readonly Issue[] };

/** Messages of {@link needed} beyond those of attainment (SCORE_MESSAGES). Codes are stable. */
export const NEEDED_MESSAGES = {
  THRESHOLD_UNREACHABLE: {
    severity: "error",
    en: "A score of {threshold} cannot be reached: {whyEn}.",
    zh: "无法达到 {threshold} 的得分：{whyZh}。",
  },
} as const satisfies MessageTable;

const WHY = {
  point: { whyEn: "on target, the score is at most 1 (exactly on target)", whyZh: "适中型指标的得分最高为 1（恰好等于目标）" },
  band: { whyEn: "for a range, the score is at most 1 (inside the range)", whyZh: "区间型指标的得分最高为 1（处于区间内）" },
  passFail: { whyEn: "with a target of 0 and no baseline, the score is pass/fail (1 or 0)", whyZh: "目标值为 0 且无基线时，得分只能是 1 或 0" },
} as const;

const DIRECTION_WORDS = {
  higher: { directionEn: "Higher", directionZh: "越高越好", sideEn: "below", sideZh: "低于" },
  lower: { directionEn: "Lower", directionZh: "越低越好", sideEn: "above", sideZh: "高于" },
} as const;

type Ok = Extract<NeededResult, { ok: true }>;

function failed(reason: NeededFailure, issues: readonly Issue[]): NeededResult {
  return { ok: false, reason, issues };
}

function notFinite(inputEn: string, inputZh: string, value: unknown): NeededResult {
  return failed("not-finite", [scoreIssue("NOT_FINITE", { inputEn, inputZh, value: String(value) })]);
}

function unreachable(threshold: number, why: keyof typeof WHY, issues: readonly Issue[]): NeededResult {
  return failed("unreachable", [...issues, makeIssue(NEEDED_MESSAGES, "THRESHOLD_UNREACHABLE", { threshold, ...WHY[why] })]);
}

/** 12 significant digits, as attainment's `ok` rounds: 100 + (0.9 − 1)·100 is 89.99999999999999, shown as 90. */
function tidy(value: number): number {
  return Number(value.toPrecision(12)) + 0;
}

/** A successful result, unless arithmetic overflowed (then `not-finite`). */
function bounds(low: number | undefined, high: number | undefined, issues: readonly Issue[] = NO_ISSUES, kind: Ok["kind"] = "ratio"): NeededResult {
  if ((low !== undefined && !Number.isFinite(low)) || (high !== undefined && !Number.isFinite(high))) {
    return failed("not-finite", issues.length === 0 ? ISSUES.RESULT_NOT_FINITE : [...issues, ISSUE.RESULT_NOT_FINITE]);
  }
  return { ok: true, ...(low === undefined ? {} : { low: tidy(low) }), ...(high === undefined ? {} : { high: tidy(high) }), kind, issues };
}

/**
 * The actual at which a KPI's attainment reaches a score `s` (DOMAIN §2 "Needed for a score s"):
 * the exact inverse of {@link attainment}, branch by branch.
 * - higher is better: `T + (s − 1)·|T|` (at least this); lower is better: `T − (s − 1)·|T|` (at most
 *   this). Dividing by |T| in attainment keeps negative targets right: T = −50, s = 0.9 → −55.
 * - baseline B ≠ T, higher or lower: progress `(A − B)/(T − B)` = s → `B + s·(T − B)`
 * - on target: `T ± (1 − s)·|T|`; with a baseline B ≠ T (attainment `1 − |A − T|/|T − B|`):
 *   `T ± (1 − s)·|T − B|`. The score is at most 1 there, so s > 1 is `unreachable`.
 * - a target on the wrong side of its baseline (lower-is-better with T > B, higher-is-better with
 *   T < B): attainment ignores the baseline (TARGET_CONTRADICTS_DIRECTION), so this does too.
 * - T = 0 without a usable baseline: attainment is pass/fail, so the answer is 0 (on target: 0 to 0)
 *   for any s ≤ 1, with a ZERO_TARGET_PASS_FAIL hint; s > 1 is `unreachable`.
 * - band [L, U] (a clean inverse of {@link bandAttainment}, which is `1 − d/|bound|` outside the band):
 *   `L − (1 − s)·|L|` to `U + (1 − s)·|U|`; s = 1 gives the band itself, s > 1 is `unreachable`. A
 *   bound of 0 stays 0 (beyond it the distance has no relative size; bandAttainment fails there).
 * @param input target, baseline, direction, threshold (blank → 1.0, the green threshold) and band
 * @returns `{ ok: true, low?, high?, kind, issues }` or `{ ok: false, reason, issues }`; never throws
 * @example needed({ target: 100, direction: "higher", threshold: 0.9 }).low // 100 + (0.9 − 1)·100 = 90
 * @example needed({ target: 100, direction: "lower", threshold: 0.9 }).high // 100 − (0.9 − 1)·100 = 110
 * @example needed({ target: 6, baseline: 10, direction: "lower", threshold: 0.5 }).high // 10 + 0.5·(6 − 10) = 8
 * @example needed({ target: 100, direction: "target", threshold: 0.9 }) // { ok: true, low: 90, high: 110, kind: "ratio", issues: [] }
 */
export function needed(input: NeededInput): NeededResult {
  const { target, baseline, direction, band } = input;
  const s = isBlank(input.threshold) ? DEFAULT_THRESHOLDS.green : input.threshold;
  if (!Number.isFinite(s)) return notFinite("threshold", "阈值", s);

  if (direction === "band" || (direction === "target" && !isBlank(band))) {
    if (isBlank(band)) return failed("no-band", ISSUES.NO_BAND);
    return bandNeeded(band[0], band[1], s);
  }
  if (isBlank(target)) return failed("no-target", ISSUES.NO_TARGET);
  if (!Number.isFinite(target)) return notFinite("target", "目标值", target);

  let issues: readonly Issue[] = NO_ISSUES;
  if (!isBlank(baseline)) {
    if (!Number.isFinite(baseline)) return notFinite("baseline", "基线值", baseline);
    if (baseline !== target) {
      // The same test as attainment's: a contradicting target is scored (and so inverted) without the baseline.
      const contradicts = (direction === "lower" && target > baseline) || (direction === "higher" && target < baseline);
      if (!contradicts) {
        if (direction === "target") {
          // DOMAIN §2: 1 − |A − T|/|T − B| = s ⇔ A = T ± (1 − s)·|T − B|.
          if (s > 1) return unreachable(s, "point", NO_ISSUES);
          const spread = (1 - s) * Math.abs(target - baseline);
          return bounds(target - spread, target + spread);
        }
        // DOMAIN §2: (A − B)/(T − B) = s ⇔ A = B + s·(T − B); higher: at least, lower: at most.
        const value = baseline + s * (target - baseline);
        return direction === "lower" ? bounds(undefined, value) : bounds(value, undefined);
      }
      const words = direction === "lower" ? DIRECTION_WORDS.lower : DIRECTION_WORDS.higher;
      issues = [scoreIssue("TARGET_CONTRADICTS_DIRECTION", { ...words, target, baseline })];
    }
  }

  if (target === 0) {
    // DOMAIN §2: T = 0 and no baseline → pass/fail; 0 is where the score turns 1 (on target: only 0 itself).
    const hinted = issues.length === 0 ? ISSUES.ZERO_TARGET_PASS_FAIL : [...issues, ISSUE.ZERO_TARGET_PASS_FAIL];
    if (s > 1) return unreachable(s, "passFail", hinted);
    if (direction === "lower") return bounds(undefined, 0, hinted, "pass-fail");
    return direction === "target" ? bounds(0, 0, hinted, "pass-fail") : bounds(0, undefined, hinted, "pass-fail");
  }
  // DOMAIN §2 (IBCS): attainment divides by |T|, so the inverse multiplies by |T|.
  const size = Math.abs(target);
  if (direction === "lower") return bounds(undefined, target - (s - 1) * size, issues); // 1 − (A − T)/|T| = s
  if (direction === "target") {
    if (s > 1) return unreachable(s, "point", issues);
    const spread = (1 - s) * size; // 1 − |A − T|/|T| = s
    return bounds(target - spread, target + spread, issues);
  }
  return bounds(target + (s - 1) * size, undefined, issues); // 1 + (A − T)/|T| = s
}

/** Band [L, U] (DOMAIN §2, {@link bandAttainment}): 1 − (L − A)/|L| = s below, 1 − (A − U)/|U| = s above. */
function bandNeeded(low: number, high: number, s: number): NeededResult {
  if (!Number.isFinite(low)) return notFinite("low bound", "下限", low);
  if (!Number.isFinite(high)) return notFinite("high bound", "上限", high);
  let issues: readonly Issue[] = NO_ISSUES;
  let lo = low;
  let hi = high;
  if (lo > hi) {
    lo = high;
    hi = low;
    issues = [scoreIssue("BAND_REVERSED", { low, high })];
  }
  if (s > 1) return unreachable(s, "band", issues);
  return bounds(lo - (1 - s) * Math.abs(lo), hi + (1 - s) * Math.abs(hi), issues);
}
