import type { Cadence } from "../model";

/**
 * Words for a reporting cadence (DOMAIN §1 "frequency"), keyed by `normalizeHeader` form (lower-case,
 * no spaces or punctuation). Extend freely.
 */
export const CADENCE_WORDS: Readonly<Record<Cadence, readonly string[]>> = {
  daily: ["daily", "day", "everyday", "eachday", "perday", "每日", "每天", "日", "日度", "按日", "逐日"],
  weekly: ["weekly", "week", "everyweek", "eachweek", "perweek", "wk", "每周", "周", "周度", "按周", "每星期"],
  monthly: ["monthly", "month", "everymonth", "eachmonth", "permonth", "mth", "mo", "每月", "月", "月度", "按月", "逐月", "每个月"],
  quarterly: ["quarterly", "quarter", "everyquarter", "eachquarter", "perquarter", "qtr", "qtrly", "每季度", "每季", "季度", "季", "按季", "按季度"],
  "half-yearly": ["halfyearly", "halfyear", "semiannual", "semiannually", "biannual", "biannually", "sixmonthly", "每半年", "半年", "半年度", "按半年"],
  yearly: ["yearly", "annual", "annually", "year", "everyyear", "eachyear", "peryear", "每年", "年", "年度", "按年", "全年"],
};
