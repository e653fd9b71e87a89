import { wordTable } from "./wordTable";
/**
 * Words around a number in a cell (DOMAIN §1 "Text numbers"): scale suffixes and currency markers.
 * Keys are lower-case after NFKC folding (so `￥` is already `¥`). Extend freely.
 */

/** Scale suffix → power of ten (`1.2k` = 1.2e3, `3.5万` = 3.5e4, `2亿` = 2e8). Longer keys are tried first. */
export const NUMBER_SCALES: ReadonlyMap<string, number> = wordTable({
  k: 3,
  thousand: 3,
  千: 3,
  m: 6,
  mn: 6,
  mm: 6,
  million: 6,
  百万: 6,
  b: 9,
  bn: 9,
  billion: 9,
  十亿: 9,
  万: 4,
  亿: 8,
  万亿: 12,
  t: 12,
  tn: 12,
  trillion: 12,
});

/** Currency markers written before or after a number → the code reported in `ParsedNumber.currency`. */
export const CURRENCY_MARKERS: ReadonlyMap<string, string> = wordTable({
  $: "$",
  "us$": "$",
  usd: "USD",
  "hk$": "HK$",
  hkd: "HKD",
  "¥": "¥",
  rmb: "RMB",
  cny: "CNY",
  元: "元",
  人民币: "RMB",
  美元: "USD",
  "€": "€",
  eur: "EUR",
  "£": "£",
  gbp: "GBP",
  "₹": "₹",
  "₩": "₩",
  jpy: "JPY",
});
