/**
 * Chinese vague words (DOMAIN §3 "S" and "M"): verbs and adjectives that say a goal should be better
 * without naming how much of what (提高, 加强, 显著 …). Matched as substrings. A statement made only of
 * these is not Specific, and "显著提升" is not a Measurable target. To extend: add a term.
 */
export const VAGUE_VERBS_ZH: readonly string[] = [
  "提高", "提升", "加强", "优化", "改善", "做好", "推进", "促进", "推动", "强化", "完善", "落实", "加快", "加大",
  "增强", "巩固", "深化", "拓展", "打造", "确保", "努力", "争取",
];

export const VAGUE_ADJECTIVES_ZH: readonly string[] = [
  "大力", "进一步", "显著", "明显", "有效", "积极", "全面", "不断", "稳步", "大幅", "较大", "尽量", "尽可能", "充分",
  "良好", "较好", "更好", "更高", "高水平", "一流", "合理", "适当", "较高", "大幅度", "切实",
];
