/**
 * Recognising a history period column from its header (DOMAIN §1 "history"): months (`Jan`, `1月`,
 * `2026-01`, `Jan-26`, `2026年1月`), quarters (`Q1`, `2026Q1`, `Q1 2026`, `一季度`), halves, years,
 * weeks, and real dates (Excel serials) in the header row.
 */
import { CHINESE_NUMERALS, MONTH_NAMES } from "../data/monthNames";
import type { Cadence } from "../model";
import { cellText, foldText } from "./internal/cellText";
import { fullYear, MAX_YEAR, MIN_YEAR } from "./internal/periodEnd";
import { dateToSerial, endOfMonthSerial, serialToIso, serialToParts } from "./serial";

/**
 * A period header. `index` is the position within the year (month 1–12, quarter 1–4, half 1–2, week 1–53,
 * day of year, 1 for a year); `sortKey` orders headers oldest first: the serial of the period's last day when
 * the year is known, else a position within a year.
 */
export interface PeriodHeader {
  label: string;
  cadence: Cadence;
  year?: number;
  index: number;
  sortKey: number;
}

const MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const ZH_NUM = "[一二三四五六七八九十]{1,3}|\\d{1,2}";
const Y = "(?:fy)?'?(\\d{4}|\\d{2})";
/** Words around a period that keep it a period: "Jan Actual", "1月实际", "Q1 (act.)". */
const ACTUAL_WORDS = /^(?:actuals?|act|result|实际值?|完成值?|实绩)\s*|\s*(?:actuals?|act|result|实际值?|完成值?|实绩)$/u;
type Layout = "name" | "zh" | "ym" | "my" | "y";
const PATTERNS: readonly [RegExp, Cadence, Layout][] = [
  [new RegExp(`^(?:(\\d{4})[-/.年 ]?)?(${MONTHS})\\.?(?:[-/ ']*${Y})?$`, "u"), "monthly", "name"],
  [new RegExp(`^(?:${Y}年)?(${ZH_NUM})月(?:份)?$`, "u"), "monthly", "zh"],
  [/^(\d{4})[-/.](\d{1,2})$/u, "monthly", "ym"],
  [/^(\d{1,2})[-/.](\d{4})$/u, "monthly", "my"],
  [new RegExp(`^(?:${Y}[-/ ]?(?:年)?(?:第)?)?(?:q([1-4])|([1-4一二三四])(?:季度|季|q))(?:[-/ ']*${Y})?$`, "u"), "quarterly", "y"],
  [new RegExp(`^(?:${Y}[-/ ]?(?:年)?)?(?:h([12])|([12])h|([上下])半年)(?:[-/ ']*${Y})?$`, "u"), "half-yearly", "y"],
  [new RegExp(`^(?:${Y}[-/ ]?(?:年)?)?(?:w|wk|week|第)\\s?(\\d{1,2})周?(?:[-/ ']*${Y})?$`, "u"), "weekly", "y"],
  [/^(?:fy|cy)?\s?(\d{4})(?:年度?|财年)?$/u, "yearly", "y"],
];
const num = (s: string | undefined) => (s === undefined ? NaN : (CHINESE_NUMERALS.get(s) ?? Number(s)));
const yearOk = (y: number | undefined) => y === undefined || (y >= MIN_YEAR && y <= MAX_YEAR);

/**
 * Parses a header as a history period.
 * @param header a header cell: text, or an Excel serial date (20000–80000) for a real date written as a header
 * @returns the period, or `undefined` when the header names none
 * @example parsePeriodHeader("Jan-26") // { label: "Jan-26", cadence: "monthly", year: 2026, index: 1, sortKey: 46053 }
 * @example parsePeriodHeader("Q3") // { label: "Q3", cadence: "quarterly", index: 3, sortKey: 279 }
 */
export function parsePeriodHeader(header: unknown): PeriodHeader | undefined {
  if (typeof header === "number") return fromSerial(header);
  if (typeof header !== "string") return undefined;
  const label = header.trim();
  if (label === "" || label.length > 40) return undefined;
  const t = foldText(cellText(label)).replace(ACTUAL_WORDS, "").replace(/[()（）]/gu, "").trim();
  for (const [pattern, cadence, layout] of PATTERNS) {
    const m = pattern.exec(t);
    if (m) return build(label, cadence, layout, m);
  }
  return undefined;
}

function build(label: string, cadence: Cadence, layout: Layout, m: RegExpExecArray): PeriodHeader | undefined {
  const groups = m.slice(1);
  const [a, b, c] = groups;
  let year: number | undefined;
  let index: number;
  if (layout === "name") [year, index] = [a !== undefined ? Number(a) : c !== undefined ? fullYear(c) : undefined, MONTH_NAMES.get(b ?? "") ?? MONTH_NAMES.get((b ?? "").slice(0, 3)) ?? NaN];
  else if (layout === "zh") [year, index] = [a !== undefined ? fullYear(a) : undefined, num(b)];
  else if (layout === "ym") [year, index] = [Number(a), Number(b)];
  else if (layout === "my") [year, index] = [Number(b), Number(a)];
  else if (cadence === "yearly") [year, index] = [Number(a), 1];
  else {
    const parts = groups.slice(1, -1).filter((g) => g !== undefined);
    const first = parts[0];
    index = first === "上" ? 1 : first === "下" ? 2 : num(first);
    const y = groups[0] ?? groups[groups.length - 1];
    year = y !== undefined ? fullYear(y) : undefined;
  }
  const max = { daily: 366, weekly: 53, monthly: 12, quarterly: 4, "half-yearly": 2, yearly: 1 }[cadence];
  if (!Number.isInteger(index) || index < 1 || index > max || !yearOk(year)) return undefined;
  const result: PeriodHeader = { label, cadence, index, sortKey: sortKey(cadence, year, index) };
  if (year !== undefined) result.year = year;
  return result;
}

function sortKey(cadence: Cadence, year: number | undefined, index: number): number {
  const monthsPer = { monthly: 1, quarterly: 3, "half-yearly": 6, yearly: 12 } as const;
  if (cadence === "weekly" || cadence === "daily") {
    const days = cadence === "weekly" ? index * 7 : index;
    return year === undefined ? days : dateToSerial(year, 1, days);
  }
  const endMonth = index * monthsPer[cadence];
  return year === undefined ? endMonth * 31 : endOfMonthSerial(year, endMonth);
}

function fromSerial(n: number): PeriodHeader | undefined {
  if (Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR) return { label: String(n), cadence: "yearly", year: n, index: 1, sortKey: dateToSerial(n, 12, 31) };
  if (!Number.isFinite(n) || n < 20000 || n > 80000) return undefined;
  const serial = Math.floor(n);
  const { year, month, day } = serialToParts(serial);
  const monthLike = day === 1 || serial === endOfMonthSerial(year, month);
  if (monthLike) return { label: serialToIso(serial).slice(0, 7), cadence: "monthly", year, index: month, sortKey: endOfMonthSerial(year, month) };
  const dayOfYear = serial - dateToSerial(year, 1, 0);
  return { label: serialToIso(serial), cadence: "daily", year, index: dayOfYear, sortKey: serial };
}
