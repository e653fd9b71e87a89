import { wordTable } from "./wordTable";
/**
 * Deadline vocabulary (DOMAIN §1 "Deadlines"), in `normalizeHeader` form (lower-case, no spaces or
 * punctuation). Extend freely.
 */

/** Not dates: a deadline cell with one of these is "vague" (fails SMART's T). */
export const VAGUE_DEADLINE_WORDS: readonly string[] = [
  "asap", "assoonaspossible", "soon", "ongoing", "continuous", "continual", "always", "tbd", "tbc", "tba", "na", "n/a",
  "none", "open", "openended", "longterm", "shortterm", "future", "later", "someday", "whenpossible", "asneeded",
  "尽快", "越快越好", "持续", "长期", "短期", "待定", "未定", "不定", "随时", "及时", "近期", "无", "暂无", "持续推进", "长期坚持",
];

/** Words before a period that do not change it (`by Q3 2027`, `end of 2026`, `截至2026年底`). */
export const DEADLINE_PREFIXES: readonly string[] = [
  "by the end of", "by end of", "at the end of", "end of", "by", "before", "until", "till", "due", "due by", "no later than",
  "eo", "截至", "截止", "截止到", "截止至", "到", "至", "于", "在",
];

/** Words after a period that mean "by its end" (`2026年底`, `2026年前`, `2026 year end`). */
export const DEADLINE_SUFFIXES: readonly string[] = ["底", "末", "年底", "年末", "年终", "前", "之前", "以前", "结束前", "yearend", "end"];

/** Relative deadlines, resolved against "today" (`asOf`): the end of this/next month, quarter or year. */
export const RELATIVE_DEADLINE_WORDS: ReadonlyMap<string, { readonly unit: "month" | "quarter" | "year"; readonly offset: number }> = wordTable({
  thisyear: { unit: "year", offset: 0 }, endofyear: { unit: "year", offset: 0 }, endoftheyear: { unit: "year", offset: 0 },
  yearend: { unit: "year", offset: 0 }, eoy: { unit: "year", offset: 0 }, ye: { unit: "year", offset: 0 },
  年底: { unit: "year", offset: 0 }, 年末: { unit: "year", offset: 0 }, 年终: { unit: "year", offset: 0 }, 今年: { unit: "year", offset: 0 },
  本年: { unit: "year", offset: 0 }, 本年度: { unit: "year", offset: 0 }, 今年底: { unit: "year", offset: 0 }, 今年年底: { unit: "year", offset: 0 },
  nextyear: { unit: "year", offset: 1 }, 明年: { unit: "year", offset: 1 }, 明年底: { unit: "year", offset: 1 }, 下一年: { unit: "year", offset: 1 },
  thisquarter: { unit: "quarter", offset: 0 }, endofquarter: { unit: "quarter", offset: 0 }, eoq: { unit: "quarter", offset: 0 }, quarterend: { unit: "quarter", offset: 0 },
  本季度: { unit: "quarter", offset: 0 }, 本季: { unit: "quarter", offset: 0 }, 季末: { unit: "quarter", offset: 0 }, 季度末: { unit: "quarter", offset: 0 },
  nextquarter: { unit: "quarter", offset: 1 }, 下季度: { unit: "quarter", offset: 1 }, 下个季度: { unit: "quarter", offset: 1 }, 下一季度: { unit: "quarter", offset: 1 },
  thismonth: { unit: "month", offset: 0 }, endofmonth: { unit: "month", offset: 0 }, eom: { unit: "month", offset: 0 }, monthend: { unit: "month", offset: 0 },
  本月: { unit: "month", offset: 0 }, 月底: { unit: "month", offset: 0 }, 月末: { unit: "month", offset: 0 }, 本月底: { unit: "month", offset: 0 },
  nextmonth: { unit: "month", offset: 1 }, 下月: { unit: "month", offset: 1 }, 下个月: { unit: "month", offset: 1 }, 下月底: { unit: "month", offset: 1 },
});
