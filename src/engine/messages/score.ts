import type { MessageTable } from "./define";

/**
 * Messages of the scoring area (DOMAIN §2): attainment, score, status, weighted totals, roll-ups.
 * Codes are stable: the UI, the custom functions and the tests key on them.
 */
export const SCORE_MESSAGES = {
  NO_ACTUAL: {
    severity: "info",
    en: "No actual value yet: nothing to score.",
    zh: "尚无实际值，无法评分。",
  },
  NO_TARGET: {
    severity: "error",
    en: "No target: attainment needs a target to compare the actual with.",
    zh: "缺少目标值：计算达成率需要目标值。",
  },
  NO_BAND: {
    severity: "error",
    en: "The direction is a range, but no low and high bound were given: give both bounds (e.g. 90–110).",
    zh: "方向为区间，但未给出上下限：请给出两个界限（如 90–110）。",
  },
  NOT_FINITE: {
    severity: "error",
    en: "The {inputEn} is not a finite number ({value}).",
    zh: "{inputZh}不是有限数值（{value}）。",
  },
  RESULT_NOT_FINITE: {
    severity: "error",
    en: "The numbers are too large or too small to give a finite result.",
    zh: "数值过大或过小，无法得到有限的结果。",
  },
  ZERO_TARGET_PASS_FAIL: {
    severity: "info",
    en: "The target is 0, so the score is pass/fail (1 or 0): add a baseline to measure progress towards it.",
    zh: "目标值为 0，评分只能是达标/未达标（1 或 0）：请补充基线值以衡量进度。",
  },
  TARGET_CONTRADICTS_DIRECTION: {
    severity: "warning",
    en: "{directionEn} is better, but the target {target} is {sideEn} the baseline {baseline}: check the direction or the target. Scored without the baseline.",
    zh: "指标为{directionZh}，但目标值 {target} {sideZh}基线值 {baseline}：请检查方向或目标值。已不使用基线计分。",
  },
  BAND_REVERSED: {
    severity: "warning",
    en: "The range bounds were given high to low ({low}, {high}): read as {high} to {low}.",
    zh: "区间上下限顺序颠倒（{low}，{high}）：按 {high} 至 {low} 处理。",
  },
  BAND_ZERO_BOUND: {
    severity: "error",
    en: "The actual {actual} is outside the range and the nearer bound is 0: the distance cannot be taken relative to 0.",
    zh: "实际值 {actual} 在区间外，且较近的界限为 0：无法计算相对于 0 的偏离。",
  },
  NO_SCORES: {
    severity: "info",
    en: "No KPI has a score yet: no total.",
    zh: "尚无任何指标得分，无法汇总。",
  },
  WEIGHT_BLANK: {
    severity: "warning",
    en: "{count} KPI(s) with a score have no weight while others have one: they are left out of the weighted total.",
    zh: "有 {count} 个已评分指标未填写权重（其他指标已填写）：未计入加权总分。",
  },
  WEIGHT_INVALID: {
    severity: "warning",
    en: "{count} weight(s) are negative or not finite numbers: those KPIs are left out of the weighted total.",
    zh: "有 {count} 个权重为负数或非有限数值：相应指标未计入加权总分。",
  },
  SCORE_INVALID: {
    severity: "warning",
    en: "{count} score(s) are not finite numbers: those KPIs are left out of the total.",
    zh: "有 {count} 个得分不是有限数值：相应指标未计入汇总。",
  },
  WEIGHTS_SUM_ZERO: {
    severity: "error",
    en: "The weights of the scored KPIs add up to 0: no weighted total.",
    zh: "已评分指标的权重之和为 0，无法计算加权总分。",
  },
} as const satisfies MessageTable;

/** A code of {@link SCORE_MESSAGES}. */
export type ScoreMessageCode = keyof typeof SCORE_MESSAGES;
