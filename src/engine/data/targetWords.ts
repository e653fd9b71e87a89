/**
 * Words in a target cell or goal text that are, or stand for, a target (DOMAIN §3 "Targets given as
 * words are judged, never refused"). Written for this project. Matched after NFKC folding and lower
 * casing: English by whole word, Chinese as substrings. To extend: add a term to its list.
 */

/** Vague targets: they say "more" or "good" without a number, so M is not met. */
export const VAGUE_TARGETS_EN: readonly string[] = [
  "high", "higher", "very high", "low", "lower", "significant", "significantly", "substantial", "best in class",
  "best-in-class", "world class", "world-class", "industry leading", "industry-leading", "market leading",
  "market-leading", "leading", "excellent", "good", "very good", "better", "improved", "improvement", "strong",
  "stronger", "competitive", "acceptable", "satisfactory", "as high as possible", "as low as possible",
  "as much as possible", "maximum", "maximise", "maximize", "minimal", "minimum possible", "optimal", "optimum",
  "double-digit", "double digit", "double-digit growth", "double digit growth", "steady growth", "growth",
  "increase", "decrease", "reduce", "continuous improvement", "on par", "above average", "above market",
  "benchmark", "healthy", "robust", "more", "less", "fewer", "positive", "upward trend", "stable",
];
export const VAGUE_TARGETS_ZH: readonly string[] = [
  "显著提升", "显著提高", "大幅提升", "大幅提高", "明显提升", "明显改善", "持续改善", "持续提升", "稳步提升", "稳步提高",
  "逐步提高", "逐步提升", "进一步提升", "进一步提高", "较大提升", "有所提升", "有所提高", "行业领先", "国内领先", "国际领先",
  "领先水平", "一流水平", "先进水平", "较高水平", "高水平", "两位数增长", "两位数", "稳定增长", "持续增长", "大幅增长",
  "较高", "更高", "更好", "较好", "良好", "优秀", "提升", "提高", "改善", "降低", "减少", "增长", "最大化", "最小化", "尽可能",
  "高", "低", "稳定", "合理", "适当",
];

/** A target that is no target yet: M is not met, and nothing is vague about it either. */
export const NO_TARGET_WORDS: readonly string[] = ["tbd", "tba", "tbc", "to be defined", "to be determined", "to be confirmed", "n/a", "na", "none", "nil", "-", "—", "待定", "暂无", "无", "未定", "待确定"];

/** Multiples of the starting value ("double", "翻一番") → factor. */
export const MULTIPLE_WORDS_EN: ReadonlyArray<readonly [string, number]> = [
  ["double", 2], ["doubled", 2], ["doubling", 2], ["twice", 2], ["triple", 3], ["tripled", 3], ["treble", 3],
  ["quadruple", 4], ["halve", 0.5], ["halved", 0.5], ["half", 0.5], ["cut in half", 0.5], ["cut by half", 0.5],
];
export const MULTIPLE_WORDS_ZH: ReadonlyArray<readonly [string, number]> = [
  ["翻两番", 4], ["翻一番", 2], ["翻番", 2], ["翻倍", 2], ["增长一倍", 2], ["提高一倍", 2], ["增加一倍", 2], ["提升一倍", 2],
  ["两倍", 2], ["三倍", 3], ["四倍", 4], ["减半", 0.5], ["降低一半", 0.5], ["减少一半", 0.5], ["降低50%", 0.5],
];

/** Zero targets ("zero defects", "零事故"): a number, 0. */
export const ZERO_WORDS_EN: readonly string[] = ["zero", "nil incidents", "no incidents", "no accidents", "no defects", "none at all"];
export const ZERO_WORDS_ZH: readonly string[] = ["零事故", "零缺陷", "零投诉", "零伤亡", "零差错", "零容忍", "零", "无事故", "无重大事故", "无安全事故"];
