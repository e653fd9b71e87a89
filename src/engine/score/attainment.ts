import type { Direction, Issue } from "../model";
import type { AttainmentResult } from "./attainmentResult";
import { bandAttainment } from "./bandAttainment";
import { ISSUE, ISSUES, NO_ISSUES, fail, isBlank, notFinite, ok, scoreIssue } from "./internal/scoreIssues";

/** What attainment is computed from (DOMAIN §2). Blank inputs are `undefined` (or `null`). */
export interface AttainmentInput {
  readonly actual?: number | null;
  readonly target?: number | null;
  readonly baseline?: number | null;
  readonly direction: Direction;
  /** Band bounds [L, U]; used when `direction` is `band`, or `target` with a band given. */
  readonly band?: readonly [number, number] | null;
}

const DIRECTION_WORDS = {
  higher: { directionEn: "Higher", directionZh: "越高越好", sideEn: "below", sideZh: "低于" },
  lower: { directionEn: "Lower", directionZh: "越低越好", sideEn: "above", sideZh: "高于" },
} as const;

/**
 * Attainment of one KPI (DOMAIN §2); 1 = exactly on target.
 * - higher is better: `1 + (A − T) / |T|` (= A/T for T > 0; right for negative targets)
 * - lower is better: `1 − (A − T) / |T|` (= 2 − A/T for T > 0; never T/A)
 * - on target: `1 − |A − T| / |T|`; band, or on target with a band: see {@link bandAttainment}
 * - baseline B ≠ T: progress `(A − B) / (T − B)` for higher and lower; on target: `1 − |A − T| / |T − B|`
 * - T = 0 without a usable baseline: pass/fail (`kind: "pass-fail"`): 1 when A is on the good side of
 *   0 or equal to it (on target: only A = 0), else 0, with a ZERO_TARGET_PASS_FAIL hint
 * - a target on the wrong side of its baseline (lower-is-better with T > B, higher-is-better with
 *   T < B) gets a TARGET_CONTRADICTS_DIRECTION warning and is scored as if there were no baseline:
 *   target and direction are kept as given, never "fixed".
 * The value is finite and may be negative or above 1; {@link clampScore} makes it a score.
 * @param input actual, target, baseline, direction and band
 * @returns `{ ok: true, value, kind, issues }` or `{ ok: false, reason, issues }`; never throws
 * @example attainment({ actual: 90, target: 100, direction: "higher" }).value // 1 + (90 − 100)/100 = 0.9
 * @example attainment({ actual: 8, target: 6, baseline: 10, direction: "lower" }).value // (8 − 10)/(6 − 10) = 0.5
 * @example attainment({ actual: 3, target: 0, direction: "lower" }) // { ok: true, value: 0, kind: "pass-fail", issues: [ZERO_TARGET_PASS_FAIL] }
 */
export function attainment(input: AttainmentInput): AttainmentResult {
  const { actual, target, baseline, direction, band } = input;
  if (direction === "band" || (direction === "target" && !isBlank(band))) {
    if (isBlank(band)) return isBlank(actual) ? fail("no-actual", ISSUES.NO_ACTUAL) : fail("no-band", ISSUES.NO_BAND);
    return bandAttainment(actual, band[0], band[1]);
  }
  if (isBlank(actual)) return fail("no-actual", ISSUES.NO_ACTUAL);
  if (!Number.isFinite(actual)) return notFinite("actual", actual);
  if (isBlank(target)) return fail("no-target", ISSUES.NO_TARGET);
  if (!Number.isFinite(target)) return notFinite("target", target);

  let issues: readonly Issue[] = NO_ISSUES;
  if (!isBlank(baseline)) {
    if (!Number.isFinite(baseline)) return notFinite("baseline", baseline);
    if (baseline !== target) {
      const contradicts = (direction === "lower" && target > baseline) || (direction === "higher" && target < baseline);
      if (!contradicts) {
        // DOMAIN §2: progress from baseline to target, any direction.
        return direction === "target"
          ? ok(1 - Math.abs(actual - target) / Math.abs(target - baseline))
          : ok((actual - baseline) / (target - baseline));
      }
      const words = direction === "lower" ? DIRECTION_WORDS.lower : DIRECTION_WORDS.higher;
      issues = [scoreIssue("TARGET_CONTRADICTS_DIRECTION", { ...words, target, baseline })];
    }
  }

  if (target === 0) {
    // DOMAIN §2: T = 0 and no baseline → pass/fail, with a hint to add one.
    const pass = direction === "lower" ? actual <= 0 : direction === "target" ? actual === 0 : actual >= 0;
    return ok(pass ? 1 : 0, issues.length === 0 ? ISSUES.ZERO_TARGET_PASS_FAIL : [...issues, ISSUE.ZERO_TARGET_PASS_FAIL], "pass-fail");
  }
  // DOMAIN §2: divide by |T| (IBCS), so negative targets keep their sense.
  const relative = (actual - target) / Math.abs(target);
  if (direction === "lower") return ok(1 - relative, issues);
  if (direction === "target") return ok(1 - Math.abs(relative), issues);
  return ok(1 + relative, issues);
}
