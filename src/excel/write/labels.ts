/**
 * Headings and fixed words of the managed sheets, in both languages (data; easy to extend).
 * Status codes stay the engine's English words in the Status column, what formulas read (DOMAIN §2);
 * the Status text column shows them in the sheet's language (STATUS_TEXT).
 */
import type { Bilingual, Direction, Lang, Perspective, SignalKind } from "../../engine";

const L = (en: string, zh: string): Bilingual => ({ en, zh });

export const LABELS = {
  scorecardTitle: L("KPI Scorecard", "KPI 计分卡"),
  matchTitle: L("KPI–Strategy Match", "KPI 与战略匹配"),
  smartTitle: L("SMART Review", "SMART 评审"),
  logTitle: L("Evaluation Log", "评估日志"),
  refreshed: L("Refreshed", "刷新时间"),
  source: L("Source", "数据源"),
  asOf: L("As of", "截至"),
  settingsUsed: L("Settings used", "所用设置"),
  liveNote: L(
    "Attainment, score, status, needed for green and totals are live Excel formulas linked to the source cells; SMART, match and trend columns are values from the last refresh.",
    "达成率、得分、状态、达绿灯所需和合计为链接到源单元格的 Excel 公式，会随数据更新；SMART、匹配和趋势列为上次刷新时的值。",
  ),
  managedNote: L(
    "KPI Scorecard refreshes this sheet: type your commentary in the Comment column (it stays with its KPI) and anything else outside the add-in's blocks; cells inside them are replaced at each refresh.",
    "此工作表由 KPI 计分卡刷新：请在“备注”列中填写评论（评论随指标保留），其他内容请写在加载项区块之外；区块内的单元格每次刷新都会被替换。",
  ),
  refreshedSheet: L("KPI Scorecard replaces the cells of its blocks at each refresh; type outside them", "KPI 计分卡每次刷新都会替换其区块内的单元格，请在区块外输入"),
  keptBlock: L("Kept notes (comments of removed KPIs, cells typed where the scorecard now writes)", "保留的备注（已移除指标的备注、被计分卡占用位置上输入的单元格）"),
  overall: L("Overall weighted score", "总体加权得分"),
  weightsGiven: L("Weights given", "已填权重"),
  perspectiveBlock: L("Score by perspective", "按维度得分"),
  statusBlock: L("Status counts", "状态统计"),
  chartDataBlock: L("Chart data", "图表数据"),
  historyBlock: L("History of KPIs with signals", "有信号的 KPI 历史"),
  linked: L("Linked", "链接"),
  parsed: L("Parsed value", "解析值"),
  none: L("(none)", "（无）"),
  chartPerspective: L("Score by perspective", "各维度得分"),
  chartStatus: L("Status counts", "状态分布"),
  chartHistory: L("History of KPIs with signals", "有信号的 KPI 历史走势"),
  chartCoverage: L("Best strength by objective", "各目标的最强关联"),
  chartPerspectiveWeights: L("KPI weight by perspective", "各维度 KPI 权重"),
  firstOf: L("first {n} of {total}", "前 {n} 个，共 {total} 个"),
  matchSummary: L("Strategy Match Index", "战略匹配指数"),
  objectivesBlock: L("Coverage by objective", "目标覆盖"),
  matrixBlock: L("Strength matrix (0 / 1 / 3 / 9)", "关联强度矩阵（0 / 1 / 3 / 9）"),
  perspectiveWeightsBlock: L("Perspective balance", "维度平衡"),
  met: L("met", "满足"),
  notMet: L("not met", "不满足"),
  unknown: L("unknown", "未知"),
  yes: L("Yes", "是"),
  no: L("No", "否"),
  thresholdDefault: L("default", "默认"),
  thresholdOwn: L("(this KPI)", "（本指标）"),
  unreachable: L("—", "—"),
  boardNote: L(
    "Green ≥ / Amber ≥ say “default” where a KPI uses the thresholds in row 3, and show the KPI's own value otherwise; Inputs is blank where every input is a live link; Needed for green is “—” where green cannot be reached.",
    "“绿灯 ≥ / 黄灯 ≥”列中，“默认”表示该指标使用第 3 行的阈值，否则显示该指标自己的阈值；“输入来源”为空表示所有输入均为实时链接；“达绿灯所需”为“—”表示无法达到绿灯。",
  ),
} as const;

/**
 * Scorecard KPI block headings (one per column, in COL order: scorecardLayout.ts). First what a board
 * reads (KPI, status, score, actual, target, needed for green, trend), then the descriptive and
 * technical columns. The English texts are the table's header names (the workbook contract, README).
 */
export const SCORECARD_HEADERS: readonly Bilingual[] = [
  L("#", "序号"),
  L("KPI", "指标"),
  L("Status text", "状态"),
  L("Score", "得分"),
  L("Actual", "实际"),
  L("Target", "目标"),
  L("Needed for green", "达绿灯所需"),
  L("Trend", "趋势"),
  L("Comment", "备注"),
  L("Attainment", "达成率"),
  L("Perspective", "维度"),
  L("Owner", "负责人"),
  L("Direction", "方向"),
  L("Unit", "单位"),
  L("Baseline", "基线"),
  L("Band low", "区间下限"),
  L("Band high", "区间上限"),
  L("Weight", "权重"),
  L("Green ≥", "绿灯 ≥"),
  L("Amber ≥", "黄灯 ≥"),
  L("Inputs", "输入来源"),
  L("Expected today", "当前应达值"),
  L("Behind pace", "进度落后"),
  L("Status", "状态代码"),
  L("Weight in total", "计入总分权重"),
  L("Score × weight", "得分×权重"),
  L("SMART score", "SMART 得分"),
  L("SMART letters", "SMART 字母"),
  L("Best objective", "最匹配目标"),
  L("Strength", "关联强度"),
  L("Projection", "预测值"),
  L("Projected score", "预测得分"),
  L("Signal", "信号"),
  L("Source row", "源数据行"),
  L("Key", "标识"),
  L("Parent", "上级指标"),
  L("Worst child", "最差下级指标"),
  L("Worst child score", "最差下级得分"),
];

/**
 * What the Status text column shows for each stable status code: a symbol (a different shape per
 * status, so it is never colour alone) and the word in the sheet's language.
 */
export const STATUS_TEXT: Readonly<Record<"On track" | "At risk" | "Off track" | "No data", Bilingual>> = {
  "On track": L("✔ On track", "✔ 正常"),
  "At risk": L("▲ At risk", "▲ 有风险"),
  "Off track": L("✖ Off track", "✖ 偏离"),
  "No data": L("○ No data", "○ 无数据"),
};

/** Trend words: the arrow says where the figure is heading, the word whether that is good for the KPI. */
export const TREND_WORDS = {
  better: L("improving", "向好"),
  worse: L("worsening", "变差"),
  rising: L("rising", "上升"),
  falling: L("falling", "下降"),
  steady: L("steady", "平稳"),
} as const;

/** Process-behaviour signals (engine/trends/xmr.ts), as the Signal column shows them. */
export const SIGNAL_WORDS: Readonly<Record<SignalKind, Bilingual>> = {
  ABOVE_LIMIT: L("a point above the upper limit", "有 1 个数据点高于控制上限"),
  BELOW_LIMIT: L("a point below the lower limit", "有 1 个数据点低于控制下限"),
  RUN_ABOVE: L("8 in a row above the centre line", "连续 8 个数据点高于中心线"),
  RUN_BELOW: L("8 in a row below the centre line", "连续 8 个数据点低于中心线"),
  NEAR_UPPER: L("3 of 4 near the upper limit", "4 个数据点中有 3 个接近控制上限"),
  NEAR_LOWER: L("3 of 4 near the lower limit", "4 个数据点中有 3 个接近控制下限"),
};

/**
 * A signal as the sheet shows it: the words, and the period in brackets (full-width in Chinese).
 * @example signalText({ kind: "ABOVE_LIMIT", label: "Nov 2026" }, "en") // "a point above the upper limit (Nov 2026)"
 */
export function signalText(signal: { readonly kind: SignalKind; readonly label?: string }, lang: Lang): string {
  const words = say(SIGNAL_WORDS[signal.kind], lang);
  if (signal.label === undefined) return words;
  return lang === "zh" ? `${words}（${signal.label}）` : `${words} (${signal.label})`;
}

export const PERSPECTIVE_HEADERS: readonly Bilingual[] = [
  L("Perspective", "维度"),
  L("KPIs", "KPI 数"),
  L("Scored", "已评分"),
  L("Weights given", "已填权重"),
  L("Weighted score", "加权得分"),
  L("Worst score", "最低得分"),
];

export const PERSPECTIVE_LABELS: Readonly<Record<Perspective, Bilingual>> = {
  financial: L("Financial", "财务"),
  customer: L("Customer", "客户"),
  process: L("Internal process", "内部流程"),
  learning: L("Learning & growth", "学习与成长"),
};

export const MATCH_BAND_LABELS: Readonly<Record<"strong" | "moderate" | "weak", Bilingual>> = {
  strong: L("Strong (> 75)", "强（> 75）"),
  moderate: L("Moderate (60–75)", "中等（60–75）"),
  weak: L("Weak (< 60)", "弱（< 60）"),
};

export const DIRECTION_LABELS: Readonly<Record<Direction, Bilingual>> = {
  higher: L("Higher is better", "越高越好"),
  lower: L("Lower is better", "越低越好"),
  target: L("On target", "接近目标"),
  band: L("Within band", "区间内"),
};

/** The label separator: "：" in Chinese (full width, no space), ": " in English. */
export const colonOf = (lang: Lang): string => (lang === "zh" ? "：" : ": ");

/**
 * Chart titles, series names and the words inside chart labels (issue 14 §4). Chinese uses full-width
 * brackets and commas; `{…}` are filled by {@link say}.
 */
export const CHART_LABELS = {
  scores: L("Score by KPI (capped at {floor}–{cap})", "各 KPI 得分（封顶 {floor}–{cap}）"),
  score: L("Score", "得分"),
  /** After a KPI's name when its attainment lies beyond the floor or the cap. */
  trueAttainment: L(" (attainment {value})", "（达成率 {value}）"),
  variance: L("Actual vs target (Δ as % of target)", "实际与目标对比（偏差占目标的 %）"),
  varianceCut: L(", bars cut at ±{limit}", "，条形截断于 ±{limit}"),
  varianceKpi: L("KPI · Δ vs target", "指标 · 偏差"),
  better: L("Better than target", "优于目标"),
  worse: L("Worse than target", "差于目标"),
  strongKpis: L("Strongly linked KPIs (strength ≥ 3) by objective", "各目标的强关联 KPI 数（强度 ≥ 3）"),
  weights: L("KPI weight vs strategic importance", "KPI 权重与战略重要度"),
} as const;

/**
 * Picks one language and fills `{name}` placeholders.
 * @param text the bilingual text
 * @param lang the language
 * @param params placeholder values
 * @returns the text
 * @example say(LABELS.firstOf, "en", { n: 50, total: 120 }) // "first 50 of 120"
 */
export function say(text: Bilingual, lang: Lang, params: Readonly<Record<string, string | number>> = {}): string {
  return text[lang].replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}
