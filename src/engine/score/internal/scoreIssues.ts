import { makeIssue } from "../../messages/define";
import { SCORE_MESSAGES, type ScoreMessageCode } from "../../messages/score";
import type { Issue } from "../../model";
import type { AttainmentFailure, AttainmentResult } from "../attainmentResult";

/** Shared, frozen "no issues" array: most results have none, so they allocate nothing for it. */
export const NO_ISSUES: readonly Issue[] = Object.freeze([]);

/** Shared, frozen empty index list (weighted totals and roll-ups). */
export const NO_INDEXES: readonly number[] = Object.freeze([]);

/**
 * One issue of the scoring table, frozen so it can be shared.
 * @param code a SCORE_MESSAGES code
 * @param params placeholder values
 * @returns the frozen issue
 * @example scoreIssue("WEIGHT_BLANK", { count: 2 }).severity // "warning"
 */
export function scoreIssue(code: ScoreMessageCode, params?: Readonly<Record<string, string | number>>): Issue {
  return Object.freeze(makeIssue(SCORE_MESSAGES, code, params));
}

/** Issues without parameters, built once. */
export const ISSUE = Object.freeze({
  NO_ACTUAL: scoreIssue("NO_ACTUAL"),
  NO_TARGET: scoreIssue("NO_TARGET"),
  NO_BAND: scoreIssue("NO_BAND"),
  RESULT_NOT_FINITE: scoreIssue("RESULT_NOT_FINITE"),
  ZERO_TARGET_PASS_FAIL: scoreIssue("ZERO_TARGET_PASS_FAIL"),
  NO_SCORES: scoreIssue("NO_SCORES"),
  WEIGHTS_SUM_ZERO: scoreIssue("WEIGHTS_SUM_ZERO"),
});

/** The same, as frozen one-issue lists for results. */
export const ISSUES = Object.freeze({
  NO_ACTUAL: Object.freeze([ISSUE.NO_ACTUAL]),
  NO_TARGET: Object.freeze([ISSUE.NO_TARGET]),
  NO_BAND: Object.freeze([ISSUE.NO_BAND]),
  RESULT_NOT_FINITE: Object.freeze([ISSUE.RESULT_NOT_FINITE]),
  ZERO_TARGET_PASS_FAIL: Object.freeze([ISSUE.ZERO_TARGET_PASS_FAIL]),
});

/** Names of the inputs, for NOT_FINITE messages. */
const INPUT_NAMES = {
  actual: { inputEn: "actual", inputZh: "实际值" },
  target: { inputEn: "target", inputZh: "目标值" },
  baseline: { inputEn: "baseline", inputZh: "基线值" },
  low: { inputEn: "low bound", inputZh: "下限" },
  high: { inputEn: "high bound", inputZh: "上限" },
} as const;

/**
 * A failed attainment result.
 * @param reason why there is no value
 * @param issues what to tell the user
 * @returns `{ ok: false, reason, issues }`
 * @example fail("no-target", ISSUES.NO_TARGET)
 */
export function fail(reason: AttainmentFailure, issues: readonly Issue[]): AttainmentResult {
  return { ok: false, reason, issues };
}

/**
 * A failed result for an input that is NaN or ±Infinity (or not a number at all).
 * @param input which input
 * @param value the value given, shown in the message
 * @returns `{ ok: false, reason: "not-finite", issues: [NOT_FINITE] }`
 * @example notFinite("actual", NaN).issues[0].message.en // "The actual is not a finite number (NaN)."
 */
export function notFinite(input: keyof typeof INPUT_NAMES, value: unknown): AttainmentResult {
  return fail("not-finite", [scoreIssue("NOT_FINITE", { ...INPUT_NAMES[input], value: String(value) })]);
}

/**
 * A successful result, unless arithmetic overflowed (then `not-finite`); `-0` becomes `0`.
 * @param value the attainment
 * @param issues warnings and hints to keep
 * @param kind `ratio` or `pass-fail`
 * @returns the result
 * @example ok(0.9) // { ok: true, value: 0.9, kind: "ratio", issues: NO_ISSUES }
 */
export function ok(value: number, issues: readonly Issue[] = NO_ISSUES, kind: "ratio" | "pass-fail" = "ratio"): AttainmentResult {
  if (!Number.isFinite(value)) return fail("not-finite", issues.length === 0 ? ISSUES.RESULT_NOT_FINITE : [...issues, ISSUE.RESULT_NOT_FINITE]);
  // 12 significant digits: (0.47 − 0.2)/(0.5 − 0.2) is 0.8999999999999999 in binary floating point, which
  // would read as "Off track" against a 0.9 threshold while every display shows 90%.
  return { ok: true, value: Number(value.toPrecision(12)) + 0, kind, issues };
}

/**
 * Whether a value is blank (the caller gave nothing).
 * @param value any value
 * @returns true for `undefined` and `null`
 * @example isBlank(null) // true
 */
export function isBlank(value: unknown): value is null | undefined {
  return value === undefined || value === null;
}
