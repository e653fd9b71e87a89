import type { Issue } from "../model";
import type { AttainmentResult } from "./attainmentResult";
import { ISSUES, NO_ISSUES, fail, isBlank, notFinite, ok, scoreIssue } from "./internal/scoreIssues";

/**
 * Attainment for a target band [L, U] (DOMAIN §2): 1 inside the band (bounds included), else
 * `1 − d / |bound|`, where d is the distance to the nearer bound and `bound` is that bound.
 * Bounds given high to low are swapped, with a BAND_REVERSED warning. An actual outside the band
 * whose nearer bound is 0 has no relative distance: `{ ok: false, reason: "zero-divisor" }`.
 * The value may be negative far outside the band; {@link clampScore} turns it into a score.
 * @param actual the actual value (blank → `no-actual`)
 * @param low the lower bound L
 * @param high the upper bound U
 * @returns the attainment, or why there is none; never throws
 * @example bandAttainment(100, 90, 110) // { ok: true, value: 1, kind: "ratio", issues: [] }
 * @example bandAttainment(121, 90, 110) // value 1 − (121 − 110) / 110 = 0.9
 * @example bandAttainment(81, 90, 110)  // value 1 − (90 − 81) / 90 = 0.9
 */
export function bandAttainment(actual: number | null | undefined, low: number, high: number): AttainmentResult {
  if (isBlank(actual)) return fail("no-actual", ISSUES.NO_ACTUAL);
  if (!Number.isFinite(actual)) return notFinite("actual", actual);
  if (!Number.isFinite(low)) return notFinite("low", low);
  if (!Number.isFinite(high)) return notFinite("high", high);
  let issues: readonly Issue[] = NO_ISSUES;
  let lo = low;
  let hi = high;
  if (lo > hi) {
    lo = high;
    hi = low;
    issues = [scoreIssue("BAND_REVERSED", { low, high })];
  }
  if (actual >= lo && actual <= hi) return ok(1, issues);
  const bound = actual < lo ? lo : hi;
  if (bound === 0) return fail("zero-divisor", [...issues, scoreIssue("BAND_ZERO_BOUND", { actual })]);
  return ok(1 - Math.abs(actual - bound) / Math.abs(bound), issues);
}
