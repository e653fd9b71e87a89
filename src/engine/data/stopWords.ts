/**
 * Words that carry no subject for KPI–strategy similarity (DOMAIN §4): function words, and the vague
 * verbs and adjectives of goal statements ("improve", "提升" — DOMAIN §3 lists them as not specific),
 * and generic measurement words ("rate", "率"). "Grow revenue" and "Revenue growth rate" then both
 * reduce to the concept "revenue". English words are compared before and after stemming.
 * To extend: add a word to the list of its language.
 */
export const ENGLISH_STOP_WORDS: readonly string[] = [
  // function words
  "a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "by", "with", "per", "from", "at", "as",
  "into", "across", "our", "we", "us", "its", "their", "all", "each", "every", "is", "are", "be", "this",
  "that", "than", "vs", "via", "within", "over", "under", "up", "down", "more", "less", "most", "least",
  // vague verbs and adjectives of goal statements
  "improve", "improvement", "increase", "grow", "growth", "raise", "boost", "enhance", "enhancement",
  "reduce", "reduction", "decrease", "lower", "cut", "minimise", "minimize", "maximise", "maximize",
  "optimise", "optimize", "optimisation", "optimization", "strengthen", "achieve", "maintain",
  "ensure", "deliver", "drive", "accelerate", "expand", "sustain", "better", "best", "high", "higher",
  "low", "great", "greater", "strong", "stronger", "excellent", "excellence", "world", "class", "leading",
  "significant", "significantly", "key", "overall", "total", "average", "avg", "target", "goal",
  // generic measurement words
  "rate", "ratio", "percentage", "percent", "pct", "number", "count", "level", "index", "score", "kpi",
  "metric", "measure", "value", "amount", "yoy", "mom", "annual", "monthly", "quarterly", "year", "month",
  // generic words of time and quantity: they say how a thing is counted, not what ("Average handle time"
  // and "Deliver on time, every time" share no subject; "on time" itself is a synonym term, see synonyms.ts)
  "time", "times", "day", "days", "hour", "hours", "minute", "minutes", "week", "weeks", "period", "frequency", "new",
  "share", "first",
  // verbs every objective may open with ("Make it right", "Keep customers for life")
  "make", "keep", "get", "run", "put", "bring", "become", "it",
];

/** Chinese stop words (single characters are dropped anyway unless they are a synonym term). */
export const CHINESE_STOP_WORDS: readonly string[] = [
  "提升", "提高", "增加", "增长", "降低", "减少", "加强", "优化", "改善", "做好", "推进", "大力", "进一步",
  "显著", "实现", "确保", "保持", "达到", "完成", "持续", "全面", "有效", "不断", "稳步", "扩大", "强化",
  "打造", "建立", "建设", "推动", "促进", "控制", "压缩", "平均", "总", "年度", "全年", "季度", "月度",
  "指标", "目标", "比例", "比率", "占比", "水平", "数量", "次数", "同比", "环比", "以上", "以下", "及", "以及",
  "和", "与", "的", "我们", "公司", "整体", "关键", "核心", "一流", "领先",
  // generic words of management, time and quantity ("风险管理" and "库存管理" share no subject; nor
  // "客户规模" and "资产规模")
  "管理", "工作", "保障", "能力", "时间", "时长", "天数", "人数", "个数", "起数", "件数", "规模", "体系", "机制", "情况", "累计",
];
