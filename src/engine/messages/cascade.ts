import type { MessageTable } from "./define";

/**
 * Messages of cascades (DOMAIN §2 "Cascades"): parent–child KPIs inside a table, and the company
 * roll-up of team tables. Codes are stable: the UI and the tests key on them. `{row}` is the KPI's row
 * in the block that was read, counted from 1.
 */
export const CASCADE_MESSAGES = {
  PARENT_NOT_FOUND: {
    severity: "warning",
    en: "\"{name}\" (row {row}) rolls up into \"{parent}\", which is not a KPI of this table: it is treated as a top-level KPI.",
    zh: "“{name}”（第 {row} 行）的上级指标“{parent}”不在本表中：按顶层指标处理。",
  },
  PARENT_AMBIGUOUS: {
    severity: "warning",
    en: "\"{name}\" (row {row}) rolls up into \"{parent}\", which names more than one KPI ({candidatesEn}): give each a distinct name. It is treated as a top-level KPI.",
    zh: "“{name}”（第 {row} 行）的上级指标“{parent}”对应多个指标（{candidatesZh}）：请使用不同的名称。按顶层指标处理。",
  },
  PARENT_CYCLE: {
    severity: "warning",
    en: "Parent KPIs go round in a circle: {cycleEn}. These KPIs are treated as having no parent.",
    zh: "上级指标形成循环：{cycleZh}。这些指标按无上级处理。",
  },
  PARENT_FROM_CHILDREN: {
    severity: "info",
    en: "\"{name}\" (row {row}) has no actual of its own: its score is the weighted mean of its {count} child KPI(s)' scores.",
    zh: "“{name}”（第 {row} 行）没有自己的实际值：其得分为 {count} 个下级指标得分的加权平均。",
  },
  PARENT_NO_CHILD_SCORES: {
    severity: "info",
    en: "\"{name}\" (row {row}) has no actual of its own and none of its child KPIs has a score yet: no score.",
    zh: "“{name}”（第 {row} 行）没有自己的实际值，其下级指标也尚无得分：无法评分。",
  },
  CHILD_WEIGHT_BLANK: {
    severity: "warning",
    en: "\"{name}\" (row {row}): {count} child KPI(s) with a score have no weight while their siblings have one ({children}): they are left out of its score.",
    zh: "“{name}”（第 {row} 行）：有 {count} 个已评分的下级指标未填写权重（同级其他指标已填写）（{children}）：未计入其得分。",
  },
  CHILD_WEIGHT_INVALID: {
    severity: "warning",
    en: "\"{name}\" (row {row}): {count} child KPI weight(s) are negative or not finite ({children}): those KPIs are left out of its score.",
    zh: "“{name}”（第 {row} 行）：有 {count} 个下级指标的权重为负数或非有限数值（{children}）：未计入其得分。",
  },
  CHILD_WEIGHTS_ZERO: {
    severity: "warning",
    en: "\"{name}\" (row {row}): the weights of its scored child KPIs add up to 0: no score from its children.",
    zh: "“{name}”（第 {row} 行）：已评分下级指标的权重之和为 0：无法由下级指标得出得分。",
  },
  TOTAL_TOP_LEVEL_ONLY: {
    severity: "info",
    en: "{count} KPI(s) roll up into a parent KPI: the weighted total counts only the {top} top-level KPI(s), so no child is counted twice.",
    zh: "有 {count} 个指标归属于上级指标：加权总分只计入 {top} 个顶层指标，避免重复计算下级指标。",
  },
  TEAM_NO_TOTAL: {
    severity: "warning",
    en: "Team \"{team}\" has no total (or it is not a finite number): it is left out of the company roll-up.",
    zh: "团队“{team}”没有总分（或不是有限数值）：未计入公司汇总。",
  },
  TEAM_WEIGHT_BLANK: {
    severity: "warning",
    en: "{count} team(s) with a total have no weight while others have one ({teams}): they are left out of the company roll-up.",
    zh: "有 {count} 个已有总分的团队未填写权重（其他团队已填写）（{teams}）：未计入公司汇总。",
  },
  TEAM_WEIGHT_INVALID: {
    severity: "warning",
    en: "{count} team weight(s) are negative or not finite numbers ({teams}): those teams are left out of the company roll-up.",
    zh: "有 {count} 个团队权重为负数或非有限数值（{teams}）：未计入公司汇总。",
  },
  TEAM_WEIGHTS_ZERO: {
    severity: "error",
    en: "The weights of the teams with a total add up to 0: no company roll-up.",
    zh: "有总分的团队权重之和为 0：无法计算公司汇总。",
  },
  NO_TEAM_TOTALS: {
    severity: "info",
    en: "No team has a total yet: no company roll-up.",
    zh: "尚无任何团队总分：无法计算公司汇总。",
  },
} as const satisfies MessageTable;

/** A code of {@link CASCADE_MESSAGES}. */
export type CascadeMessageCode = keyof typeof CASCADE_MESSAGES;
