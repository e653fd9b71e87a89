import type { Direction } from "../model";

/**
 * Direction vocabulary (DOMAIN §1 "Direction"). `DIRECTION_WORDS` are whole cell values in
 * `normalizeText` form (lower-case; symbols kept, so "↑" and "+" work); `DIRECTION_STEMS` are searched
 * inside longer text ("higher is better", "指标越低越好"). Extend freely.
 */
export const DIRECTION_WORDS: Readonly<Record<Direction, readonly string[]>> = {
  higher: [
    "higher", "high", "up", "max", "maximise", "maximize", "increase", "more", "bigger", "larger", "positive", "↑", "⬆", "+", "▲", "h", "hib",
    "higher is better", "higher better", "the higher the better", "more is better", "bigger is better", "larger is better",
    "越高越好", "越大越好", "越多越好", "正向", "正向指标", "高优", "高", "上升", "增长", "提高", "越高越优", "望大",
  ],
  lower: [
    "lower", "low", "down", "min", "minimise", "minimize", "decrease", "reduce", "less", "smaller", "fewer", "negative", "↓", "⬇", "-", "−", "▼", "l", "lib",
    "lower is better", "lower better", "the lower the better", "less is better", "smaller is better", "fewer is better",
    "越低越好", "越小越好", "越少越好", "反向", "反向指标", "低优", "低", "下降", "降低", "减少", "越低越优", "望小",
  ],
  target: [
    "target", "on target", "at target", "maintain", "keep", "stable", "exact", "equal", "nominal", "=", "≈", "~", "nominal is best",
    "适中", "适度", "稳定", "保持", "持平", "目标值", "居中", "望目", "越接近越好",
  ],
  band: ["band", "range", "within range", "between", "in range", "corridor", "区间", "范围", "区间值", "范围内", "区间内"],
};

/** Stems searched inside longer direction text; a text that hits stems of two directions is unreadable. */
export const DIRECTION_STEMS: Readonly<Record<Direction, readonly string[]>> = {
  higher: ["higher", "increas", "maximi", "bigger", "larger", "越高", "越大", "越多", "正向", "高优", "望大"],
  lower: ["lower", "decreas", "minimi", "smaller", "fewer", "reduc", "越低", "越小", "越少", "反向", "低优", "望小"],
  target: ["on target", "maintain", "适中", "保持", "接近"],
  band: ["range", "区间", "范围", "between"],
};

/**
 * Names that are unambiguously lower-is-better (DOMAIN §1: cost, churn, complaints, defects, CAC …).
 * English entries match whole words (a trailing "s" allowed); Chinese entries match anywhere.
 */
export const LOWER_IS_BETTER_NAME_WORDS: readonly string[] = [
  "cost", "costs", "expense", "expenses", "spend", "churn", "attrition", "complaint", "defect", "cac", "error", "downtime", "outage",
  "incident", "accident", "injury", "injuries", "bug", "rework", "scrap", "waste", "backlog", "overdue", "delay", "absenteeism",
  "dso", "ltir", "trir", "mttr", "bad debt", "write-off", "write off", "shrinkage", "leakage", "cycle time", "lead time", "turnaround time",
  "response time", "resolution time", "handling time", "wait time", "waiting time",
  "成本", "费用", "流失率", "流失", "投诉", "缺陷", "差错", "错误率", "故障", "停机", "事故", "离职率", "不良率", "不良品", "损耗", "逾期",
  "延误", "返工", "报废", "坏账", "呆账", "次品", "漏洞", "工伤", "周期时间", "响应时间", "等待时间", "处理时长", "平均时长",
];

/**
 * Words that turn a lower-is-better word around ("cost savings", "complaints resolved", "投诉处理率"):
 * when one of these is in the name, no direction is inferred.
 */
export const LOWER_WORD_NEGATORS: readonly string[] = [
  "saving", "savings", "saved", "reduction", "reduced", "avoid", "avoided", "avoidance", "resolved", "resolution rate", "solved",
  "handled", "closed", "closure", "free", "detection", "detected", "prevent", "prevented", "coverage", "recovery", "recovered", "fixed",
  "节约", "节省", "降低", "下降", "减少", "降本", "处理率", "解决率", "办结", "回复率", "关闭率", "检出", "追回", "回收", "避免", "覆盖",
];
