import type { MessageTable } from "./define";

/**
 * Messages of trends and monitoring (DOMAIN §5), keyed by stable codes. Placeholders in `{braces}`
 * are filled by `makeIssue` / `formatMessage`. `{period}` is a history column label (e.g. `Mar`, `2026-03`).
 */
export const TRENDS_MESSAGES = {
  HISTORY_BLANKS_SKIPPED: {
    severity: "info",
    en: "{count} blank period(s) in the history were skipped; they still count as time.",
    zh: "历史数据中有 {count} 个空白期，已跳过（仍按时间计入期数）。",
  },
  TREND_TOO_FEW_POINTS: {
    severity: "warning",
    en: "Two points are not a trend: the history has {n} value(s), a slope and projection need at least {needed}.",
    zh: "两个点不成趋势：历史数据只有 {n} 个数值，计算斜率和预测至少需要 {needed} 个。",
  },
  LIMITS_TOO_FEW_POINTS: {
    severity: "info",
    en: "Process limits need at least {needed} values; the history has {n}.",
    zh: "过程控制限至少需要 {needed} 个数值，历史数据只有 {n} 个。",
  },
  PROJECTION_BAD_HORIZON: {
    severity: "error",
    en: "Periods left to the deadline must be a number ≥ 0 (got {value}).",
    zh: "距截止日期的剩余期数必须是不小于 0 的数字（当前为 {value}）。",
  },
  HOLT_BAD_SMOOTHING: {
    severity: "error",
    en: "Holt smoothing factors must be between 0 and 1 (alpha {alpha}, beta {beta}).",
    zh: "Holt 平滑系数必须在 0 和 1 之间（alpha {alpha}，beta {beta}）。",
  },
  PACE_MISSING_INPUT: {
    severity: "info",
    en: "No pace line: it needs a baseline, a target, a start date and a deadline.",
    zh: "无法计算进度线：需要基线值、目标值、开始日期和截止日期。",
  },
  PACE_NO_SPAN: {
    severity: "warning",
    en: "No pace line: the deadline is not after the start date.",
    zh: "无法计算进度线：截止日期不晚于开始日期。",
  },
  BEHIND_PACE: {
    severity: "warning",
    en: "Behind pace: {actual} today, {expected} expected on the straight line from baseline to target; shown as At risk.",
    zh: "进度落后：当前为 {actual}，按基线到目标的直线进度应为 {expected}；状态记为“有风险”。",
  },
  PACE_FROM_PERIOD_TARGETS: {
    severity: "info",
    en: "Expected today {expected}: the per-period target to date at {period}, instead of the straight line from baseline to target.",
    zh: "当前应达 {expected}：按截至 {period} 的分期目标计算，而非基线到目标的直线进度。",
  },
  PROJECTION_PERIOD_TARGET: {
    severity: "info",
    en: "Projected attainment compares the projection with the target of the deadline's period {period} ({target}).",
    zh: "预测达成率以截止期 {period} 的目标（{target}）与预测值比较。",
  },
  SIGNAL_ABOVE_LIMIT: {
    severity: "warning",
    en: "{period} is above the upper process limit ({limit}): something changed.",
    zh: "{period} 高于过程控制上限（{limit}）：过程出现了变化。",
  },
  SIGNAL_BELOW_LIMIT: {
    severity: "warning",
    en: "{period} is below the lower process limit ({limit}): something changed.",
    zh: "{period} 低于过程控制下限（{limit}）：过程出现了变化。",
  },
  SIGNAL_RUN_ABOVE: {
    severity: "info",
    en: "8 or more values in a row above the centre line (up to {period}): a sustained shift.",
    zh: "连续 8 个或更多数值高于中心线（截至 {period}）：出现持续偏移。",
  },
  SIGNAL_RUN_BELOW: {
    severity: "info",
    en: "8 or more values in a row below the centre line (up to {period}): a sustained shift.",
    zh: "连续 8 个或更多数值低于中心线（截至 {period}）：出现持续偏移。",
  },
  SIGNAL_NEAR_UPPER: {
    severity: "info",
    en: "3 of 4 consecutive values nearer the upper limit than the centre line (up to {period}).",
    zh: "连续 4 个数值中有 3 个更接近控制上限而非中心线（截至 {period}）。",
  },
  SIGNAL_NEAR_LOWER: {
    severity: "info",
    en: "3 of 4 consecutive values nearer the lower limit than the centre line (up to {period}).",
    zh: "连续 4 个数值中有 3 个更接近控制下限而非中心线（截至 {period}）。",
  },
  SUGGEST_TARGET_CENTRE: {
    severity: "info",
    en: "Suggested target {suggested}: the centre line (average of {n} values). A suggestion only; the set target is unchanged.",
    zh: "建议目标 {suggested}：历史中心线（{n} 个数值的平均值）。仅为建议，已设定的目标不变。",
  },
  SUGGEST_TARGET_COMMITMENT: {
    severity: "info",
    en: "Suggested target {suggested}: the centre line {centre} moved {percent}% in the good direction, as the owner commits. A suggestion only; the set target is unchanged.",
    zh: "建议目标 {suggested}：历史中心线 {centre} 按负责人承诺的改进幅度 {percent}% 向有利方向调整。仅为建议，已设定的目标不变。",
  },
  SUGGEST_TARGET_NO_GOOD_SIDE: {
    severity: "info",
    en: "Suggested target {suggested}: the centre line (average of {n} values); an on-target or band KPI has no better side, so the commitment was not applied. A suggestion only; the set target is unchanged.",
    zh: "建议目标 {suggested}：历史中心线（{n} 个数值的平均值）；该指标以达到目标值或区间为好，没有“更好”的方向，因此未采用改进承诺。仅为建议，已设定的目标不变。",
  },
  SUGGEST_TARGET_BAD_COMMITMENT: {
    severity: "info",
    en: "Suggested target {suggested}: the centre line (average of {n} values); the commitment {commitment} is not a positive fraction (e.g. 0.05 for 5%), so it was not applied. A suggestion only; the set target is unchanged.",
    zh: "建议目标 {suggested}：历史中心线（{n} 个数值的平均值）；改进承诺 {commitment} 不是正的比例（如 0.05 表示 5%），因此未采用。仅为建议，已设定的目标不变。",
  },
} as const satisfies MessageTable;

export type TrendsMessageCode = keyof typeof TRENDS_MESSAGES;
