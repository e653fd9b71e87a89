import type { Bilingual, Lang } from "../../engine";

/**
 * Every message the custom functions show, in both languages, keyed by a stable code. Messages say
 * what to fix. `{name}` placeholders are filled by {@link say}; `{param}` is the parameter label in
 * the message's language (see {@link PARAM_LABELS}).
 */
export const FUNCTION_MESSAGES = {
  NOT_A_NUMBER: { en: "{param} is text '{text}': give a number", zh: "{param}是文本“{text}”：请填写数值" },
  BOOLEAN: { en: "{param} is {text}: give a number, not TRUE/FALSE", zh: "{param}是逻辑值 {text}：请填写数值" },
  ERROR_INPUT: { en: "{param} shows {code}: fix that cell first", zh: "{param}为错误值 {code}：请先修正该单元格" },
  ERROR_INPUT_WITH_REASON: { en: "{param} shows {code} ({reason})", zh: "{param}为错误值 {code}（{reason}）" },
  NO_ACTUAL: { en: "actual is blank: nothing to score yet", zh: "实际值为空：暂无可计算的数据" },
  NO_TARGET: { en: "target is blank: give the target to compare the actual with", zh: "目标值为空：请填写用于比较的目标值" },
  NO_BAND: { en: "low and high are needed: give both bounds of the target band", zh: "需要下限和上限：请填写目标区间的两个界限" },
  BAD_DIRECTION: {
    en: "direction '{text}' is not recognised: use higher, lower or target (越高越好, 越低越好, 适中)",
    zh: "无法识别方向“{text}”：请使用 越高越好、越低越好 或 适中（higher / lower / target）",
  },
  RANGE_DIRECTION: {
    en: "direction '{text}' is a target band: use KPI.BAND(actual, low, high)",
    zh: "方向“{text}”是目标区间：请使用 KPI.BAND(actual, low, high)",
  },
  SHAPE_MISMATCH: {
    en: "{a} is {shapeA} but {b} is {shapeB}: give ranges of the same shape, or a single cell",
    zh: "{a}为 {shapeA}，而{b}为 {shapeB}：请使用形状相同的区域或单个单元格",
  },
  ROWS_MISMATCH: {
    en: "{param} has {rows} row(s) but there are {count} KPIs: give one row per KPI",
    zh: "{param}有 {rows} 行，但共有 {count} 个指标：请为每个指标提供一行",
  },
  NOT_A_DATE: {
    en: "'{text}' is not a date: give a date or period such as 2026-12-31, Q3 2027 or FY2027",
    zh: "“{text}”不是日期：请填写日期或期间，如 2026-12-31、2027年第三季度 或 FY2027",
  },
  VAGUE_DATE: {
    en: "'{text}' names no date: give a deadline such as 2026-12-31 or end of 2026",
    zh: "“{text}”没有给出具体日期：请填写截止日期，如 2026-12-31 或 2026年底",
  },
  NO_NUMBER_IN_TEXT: {
    en: "'{text}' holds no number: give text such as 1,234, 12.5%, ¥3.5万 or (1,200)",
    zh: "“{text}”中没有数值：请填写如 1,234、12.5%、¥3.5万 或 (1,200) 的文本",
  },
  NO_TEXT: { en: "{param} is blank: give the text to read", zh: "{param}为空：请填写要识别的文本" },
  NO_SCORES: { en: "scores are all blank: nothing to total", zh: "得分全部为空：无可汇总的数据" },
  NEGATIVE_WEIGHT: { en: "weight {value} is negative: give weights of 0 or more", zh: "权重 {value} 为负数：权重须大于或等于 0" },
  NO_OBJECTIVES: { en: "objectives is empty: give the list of strategic objectives", zh: "战略目标为空：请提供战略目标列表" },
  NO_KPI_TEXT: { en: "kpiText is blank: give the KPI's name or description", zh: "指标文本为空：请填写指标名称或说明" },
  NO_RELATED_OBJECTIVE: { en: "no objective relates to '{text}'", zh: "没有与“{text}”相关的战略目标" },
  TOO_FEW_FOR_SIGNAL: {
    en: "history has {count} number(s): a signal needs at least {needed}",
    zh: "历史数据只有 {count} 个数值：判断信号至少需要 {needed} 个",
  },
  TOO_FEW_FOR_PROJECTION: {
    en: "history has {count} number(s): a projection needs at least {needed}",
    zh: "历史数据只有 {count} 个数值：预测至少需要 {needed} 个",
  },
  NO_PERIODS: { en: "periodsLeft is blank: give the number of periods until the deadline", zh: "剩余期数为空：请填写距截止日期的期数" },
  WEIGHTS_BLANK: {
    en: "every scored KPI has a blank weight while others have one: give their weights",
    zh: "有得分的指标权重均为空（其他指标有权重）：请填写其权重",
  },
  BAD_PERIODS: { en: "periodsLeft {value} is not a whole number of periods of 0 or more", zh: "剩余期数 {value} 必须是大于或等于 0 的整数" },
  INTERNAL: {
    en: "KPI.{fn} could not compute this ({detail}): please report it",
    zh: "KPI.{fn} 无法计算（{detail}）：请报告此问题",
  },
} as const satisfies Readonly<Record<string, Bilingual>>;

export type FunctionMessageCode = keyof typeof FUNCTION_MESSAGES;

/** Parameter labels used inside messages. Unknown names are shown as written. */
export const PARAM_LABELS: Readonly<Record<string, Bilingual>> = {
  actual: { en: "actual", zh: "实际值" },
  target: { en: "target", zh: "目标值" },
  baseline: { en: "baseline", zh: "基线值" },
  threshold: { en: "threshold", zh: "阈值" },
  direction: { en: "direction", zh: "方向" },
  floor: { en: "floor", zh: "得分下限" },
  cap: { en: "cap", zh: "得分上限" },
  low: { en: "low", zh: "区间下限" },
  high: { en: "high", zh: "区间上限" },
  score: { en: "score", zh: "得分" },
  green: { en: "green", zh: "绿灯阈值" },
  amber: { en: "amber", zh: "黄灯阈值" },
  scores: { en: "scores", zh: "得分" },
  weights: { en: "weights", zh: "权重" },
  description: { en: "description", zh: "指标说明" },
  unit: { en: "unit", zh: "单位" },
  deadline: { en: "deadline", zh: "截止日期" },
  objective: { en: "objective", zh: "所属目标" },
  objectives: { en: "objectives", zh: "战略目标" },
  history: { en: "history", zh: "历史数据" },
  kpiText: { en: "kpiText", zh: "指标文本" },
  kpiTexts: { en: "kpiTexts", zh: "指标文本" },
  kpiWeights: { en: "kpiWeights", zh: "指标权重" },
  objectiveWeights: { en: "objectiveWeights", zh: "目标权重" },
  link: { en: "link", zh: "关联目标" },
  kpiLinks: { en: "kpiLinks", zh: "关联目标" },
  kpiPerspectives: { en: "kpiPerspectives", zh: "指标维度" },
  periodsLeft: { en: "periodsLeft", zh: "剩余期数" },
  text: { en: "text", zh: "文本" },
};

/**
 * Fills a message in one language.
 * @param lang the language
 * @param code the message code
 * @param params placeholder values; `param` is looked up in {@link PARAM_LABELS}
 * @returns the text
 */
export function say(lang: Lang, code: FunctionMessageCode, params: Readonly<Record<string, string | number>> = {}): string {
  const template: Bilingual = FUNCTION_MESSAGES[code];
  return template[lang].replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    if (value === undefined) return whole;
    if (key === "param" || key === "a" || key === "b") return PARAM_LABELS[String(value)]?.[lang] ?? String(value);
    return String(value);
  });
}

/** Shortens long cell text for a message. */
export function clip(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
