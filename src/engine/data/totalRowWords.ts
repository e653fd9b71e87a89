/**
 * A row whose label is one of these (in `normalizeHeader` form) is a totals row, not a KPI
 * (DOMAIN §1). Exact matches only, so "Total revenue" stays a KPI. Extend freely.
 */
export const TOTAL_ROW_WORDS: readonly string[] = [
  "total", "totals", "grandtotal", "subtotal", "sum", "overall", "overalltotal", "overallscore", "totalscore",
  "weightedtotal", "weightedscore", "total100", "average", "avg", "mean",
  "合计", "总计", "小计", "汇总", "总分", "总得分", "合计得分", "综合得分", "加权总分", "加权合计", "平均", "平均值", "总体", "整体",
];

/** A row starting with one of these (lower-case) is a note under or above the table, not a KPI. */
export const FOOTNOTE_PREFIXES: readonly string[] = ["note:", "notes:", "note ", "source:", "*", "注:", "注：", "备注:", "备注：", "说明:", "说明：", "数据来源", "资料来源"];
