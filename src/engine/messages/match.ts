import type { MessageTable } from "./define";

/**
 * Messages of the strategy area (DOMAIN §4): reading objectives and the KPI–strategy match.
 * Codes are stable: the UI, the custom functions and the tests key on them.
 */
export const MATCH_MESSAGES = {
  OBJECTIVES_EMPTY: {
    severity: "warning",
    en: "No strategic objectives were found: give a table with an Objective column, or a list of objective names.",
    zh: "未找到战略目标：请提供含“战略目标”列的表格，或目标名称列表。",
  },
  OBJECTIVE_DUPLICATE: {
    severity: "warning",
    en: "Objective \"{name}\" is listed more than once: the rows were merged into the first.",
    zh: "目标“{name}”重复出现：已合并到第一次出现的行。",
  },
  OBJECTIVE_WEIGHT_INVALID: {
    severity: "warning",
    en: "The priority weight \"{value}\" of objective \"{name}\" is not a number ≥ 0: weight 1 was used.",
    zh: "目标“{name}”的优先级权重“{value}”不是不小于 0 的数值：已按 1 处理。",
  },
  OBJECTIVE_PERSPECTIVE_UNKNOWN: {
    severity: "info",
    en: "The perspective \"{value}\" of objective \"{name}\" is not one of financial, customer, internal process, learning & growth.",
    zh: "目标“{name}”的维度“{value}”不属于财务、客户、内部流程、学习与成长之一。",
  },
  NO_OBJECTIVES: {
    severity: "warning",
    en: "There is no strategy to match against: the Strategy Match Index is 0.",
    zh: "没有可匹配的战略目标：战略匹配指数为 0。",
  },
  NO_KPIS: {
    severity: "warning",
    en: "There are no KPIs to match with the strategy: the Strategy Match Index is 0.",
    zh: "没有可与战略匹配的 KPI：战略匹配指数为 0。",
  },
  LINK_UNKNOWN: {
    severity: "warning",
    en: "KPI \"{kpi}\" names objective \"{link}\", which is not in the strategy: matched by its text instead.",
    zh: "KPI“{kpi}”关联的目标“{link}”不在战略目标中：已改按文本匹配。",
  },
  ORPHAN_KPI: {
    severity: "warning",
    en: "KPI \"{kpi}\" serves none of the objectives (an orphan): link it to an objective or reconsider it.",
    zh: "KPI“{kpi}”与任何战略目标都无关（孤立指标）：请关联目标或重新考虑该指标。",
  },
  WEAK_ONLY_KPI: {
    severity: "info",
    en: "KPI \"{kpi}\" relates only weakly to the objectives: name the objective it serves in its objective column.",
    zh: "KPI“{kpi}”与战略目标仅弱相关：请在“战略目标”列注明其服务的目标。",
  },
  UNCOVERED_OBJECTIVE: {
    severity: "warning",
    en: "Objective \"{objective}\" has no KPI that clearly measures it (strength ≥ 3).",
    zh: "目标“{objective}”没有明确衡量它的 KPI（关联强度 ≥ 3）。",
  },
  KPI_WEIGHT_BLANK: {
    severity: "warning",
    en: "KPI \"{kpi}\" has no weight while others do: it counts 0 in the weight consistency and balance.",
    zh: "KPI“{kpi}”未填权重而其他 KPI 有权重：在权重一致性和维度平衡中按 0 计。",
  },
  KPI_WEIGHT_INVALID: {
    severity: "warning",
    en: "KPI \"{kpi}\" has weight {value}, which is not a number ≥ 0: treated as blank.",
    zh: "KPI“{kpi}”的权重 {value} 不是不小于 0 的数值：按空白处理。",
  },
  KPI_WEIGHTS_ZERO: {
    severity: "warning",
    en: "The KPI weights add up to 0: equal weights were used.",
    zh: "KPI 权重之和为 0：已按等权处理。",
  },
  OBJECTIVE_WEIGHTS_ZERO: {
    severity: "warning",
    en: "The objective priority weights add up to 0: equal priorities were used.",
    zh: "目标优先级权重之和为 0：已按同等优先级处理。",
  },
  IMPORTANCE_ZERO: {
    severity: "warning",
    en: "No KPI relates to any objective, so strategic importance is 0 everywhere: weight consistency is 0.",
    zh: "没有 KPI 与任何目标相关，战略重要性均为 0：权重一致性记为 0。",
  },
  NO_PERSPECTIVES: {
    severity: "info",
    en: "No KPI has a Balanced Scorecard perspective (directly or through its objective): perspective balance is 0.",
    zh: "没有 KPI 具有平衡计分卡维度（直接或通过其目标）：维度平衡记为 0。",
  },
  PERSPECTIVE_EMPTY: {
    severity: "warning",
    en: "The {perspective} perspective has no KPI weight.",
    zh: "{perspectiveZh}维度没有 KPI 权重。",
  },
  PERSPECTIVE_CROWDED: {
    severity: "warning",
    en: "The {perspective} perspective has {count} objectives (more than 5): consider merging some.",
    zh: "{perspectiveZh}维度有 {count} 个目标（多于 5 个）：可考虑合并部分目标。",
  },
  MATCH_WEIGHTS_INVALID: {
    severity: "warning",
    en: "The match-index weights must be numbers ≥ 0 with a positive sum: the defaults 0.3/0.3/0.3/0.1 were used.",
    zh: "匹配指数的权重须为不小于 0 且和为正的数值：已使用默认值 0.3/0.3/0.3/0.1。",
  },
} as const satisfies MessageTable;
