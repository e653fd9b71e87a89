/**
 * Head words that make a phrase a metric even when the lexicon does not know it (DOMAIN §3 "S"):
 * "online channel return rate", "线上渠道退单率", "monthly active members", "cost per hire". Written
 * for this project from how KPI names are formed in public KPI lists and indicator tables: a Chinese
 * indicator ends in 率/额/量/数/值/度/占比/周期/天数/时长/指数 …, an English one in rate/ratio/count/
 * score/margin/time/cost/share/index …, or is "X per Y", "number of X", "share of X".
 * To extend: add a head to its list, or a word that only looks like one to the exclusions.
 */

/** Chinese heads, longest first when matched: the indicator ends with one of these. */
export const ZH_METRIC_HEADS: readonly string[] = [
  "率", "额", "量", "数", "值", "度", "占比", "比重", "比例", "比率", "周期", "天数", "时长", "时间", "指数", "次数",
  "人数", "金额", "收入", "成本", "费用", "利润", "得分", "评分", "分数", "个数", "件数", "户数", "笔数", "单量",
  "坪效", "人效", "时效", "产值", "增速", "增幅", "降幅", "合格率", "均价", "单价", "毛利", "净利",
];

/** Chinese endings that look like a head but make no indicator ("加大力度", "提升服务质量", "工作效率"). */
export const ZH_HEAD_EXCLUSIONS: readonly string[] = [
  "力度", "制度", "态度", "角度", "程度", "高度", "深度", "广度", "维度", "年度", "季度", "月度", "进度", "幅度",
  "质量", "力量", "考量", "大量", "尽量", "价值", "多数", "少数", "无数", "效率", "规模", "一度", "适度", "热度",
];

/** English heads: the last word of a metric phrase ("return rate", "gross margin", "lead time"). */
export const EN_METRIC_HEADS: readonly string[] = [
  "rate", "ratio", "count", "score", "margin", "time", "cost", "costs", "share", "index", "percentage", "volume",
  "yield", "days", "hours", "minutes", "turnover", "revenue", "sales", "spend", "profit", "income", "accuracy",
  "utilisation", "utilization", "uptime", "downtime", "throughput", "backlog", "variance", "duration", "frequency",
  "coverage", "penetration", "conversion", "attendance", "occupancy", "headcount", "footfall", "ratings", "rating",
  "savings", "losses", "emissions", "consumption",
];

/** Heads that are metrics on their own, even after an article ("halve the backlog", "the headcount"). */
export const EN_SELF_HEADS: readonly string[] = [
  "backlog", "headcount", "footfall", "throughput", "uptime", "downtime", "turnover", "revenue", "sales", "attendance",
  "occupancy", "yield", "emissions", "consumption", "savings", "losses", "spend", "profit", "income", "backorders",
];

/** Words before a head that make it no metric ("on time", "full time", "in time", "real time"). */
export const EN_HEAD_BLOCKERS: readonly string[] = [
  "on", "in", "at", "the", "a", "an", "of", "full", "part", "real", "spare", "free", "over", "any", "some", "no",
  "all", "same", "first", "long", "short", "high", "low", "good", "best", "better", "great", "service", "market",
];

/** Modifiers that make a plural noun a counted metric ("monthly active members", "new subscribers"). */
export const EN_COUNT_MODIFIERS: readonly string[] = [
  "monthly", "weekly", "daily", "annual", "yearly", "quarterly", "new", "active", "total", "net", "average", "avg",
  "qualified", "registered", "paying", "paid", "repeat", "returning", "unique", "enrolled", "accepted", "completed",
  "closed", "open", "resolved", "shipped", "delivered", "billable", "certified", "trained",
];

/** "number of X", "share of X", "X per Y": patterns of English metrics. */
export const EN_METRIC_FRAMES: readonly string[] = [
  "number of", "no. of", "# of", "count of", "share of", "percentage of", "percent of", "% of", "proportion of",
  "ratio of", "rate of", "amount of", "value of", "volume of", "time to", "days to", "cost of", "level of",
];
