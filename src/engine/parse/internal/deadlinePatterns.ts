/**
 * Internal: the written forms of a deadline (DOMAIN §1 "Deadlines"), tried in order on folded text
 * (NFKC, lower case, prefixes such as "by"/"截至" and suffixes such as "底"/"前" already removed).
 */
import { CHINESE_NUMERALS, MONTH_NAMES } from "../../data/monthNames";
import type { Deadline } from "../../model";
import { dateToSerial, endOfMonthSerial, serialToIso } from "../serial";
import { fiscalPartEnd, fiscalYearEnd, fullYear, isRealDay, MAX_YEAR, MIN_YEAR } from "./periodEnd";

type Kind = Deadline["kind"];
/** A recognised period: its last day's serial and kind, or "unreadable" for a form that is recognised but impossible/ambiguous. */
export type PatternResult = { serial: number; kind: Kind } | "unreadable" | undefined;

const YMD = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ t][\d:. apm+z-]*)?$/u;
const DMY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/;
const YM = /^(\d{4})[-/.年](\d{1,2})月?(?:份)?$/u;
const MY = /^(\d{1,2})[-/.](\d{4})$/;
const Q_Y = /^(?:第)?(?:q([1-4])|([1-4一二三四])(?:st|nd|rd|th)? ?(?:季度|季|quarter|qtr))[ \-/,']*(fy)? ?'?(\d{4}|\d{2})(?:年|财年)?$/u;
const Y_Q = /^(fy)? ?(\d{4}|\d{2})(?:年度?|财年)? ?[-/ ]?(?:第)?(?:q([1-4])|([1-4一二三四])(?:季度|季))$/u;
const H_Y = /^(?:h([12])|([12])h|(first|second) half(?: of)?|([上下])半年)[ \-/,']*(fy)? ?'?(\d{4}|\d{2})(?:年)?$/u;
const Y_H = /^(fy)? ?(\d{4})(?:年度?|财年)? ?[-/ ]?(?:h([12])|([上下])半年度?)$/u;
const FY = /^(?:fy ?'?(\d{4}|\d{2})|(\d{4}) ?(?:财年|财务年度|财政年度|fy))$/u;
const YEAR = /^(\d{4})(?:年度?|年)?$/u;
const MONTH_WORD = /(?<![a-z])(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?/u;
const MONTH_REST = /^[\s,\-/']*(?:(\d{1,2})(?:st|nd|rd|th)?[\s,\-/']+)?'?(\d{4}|\d{2})[\s,]*$|^[\s,\-/']*(\d{4})[\s,\-/']+(\d{1,2})$/u;
const ZH_MONTH = /^(\d{4})年([一二三四五六七八九十]{1,2})月$/u;

const num = (s: string | undefined): number => (s === undefined ? NaN : (CHINESE_NUMERALS.get(s) ?? Number(s)));
const yearOk = (y: number) => y >= MIN_YEAR && y <= MAX_YEAR;
const day = (y: number, m: number, d: number): PatternResult => (isRealDay(y, m, d) ? { serial: dateToSerial(y, m, d), kind: "date" } : "unreadable");
const month = (y: number, m: number): PatternResult => (yearOk(y) && m >= 1 && m <= 12 ? { serial: endOfMonthSerial(y, m), kind: "month" } : "unreadable");
const part = (fy: boolean, y: number, p: number, length: number, start: number): PatternResult =>
  yearOk(y) ? { serial: fiscalPartEnd(y, p, length, fy ? start : 1), kind: length === 3 ? "quarter" : "half" } : "unreadable";

/**
 * Tries every written form.
 * @param t folded text
 * @param start fiscal year start month
 * @returns the period end, "unreadable", or undefined when no form matched
 * @example matchDeadline("2027q3", 1) // { serial: 46660, kind: "quarter" }
 */
export function matchDeadline(t: string, start: number): PatternResult {
  let m = YMD.exec(t);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = DMY.exec(t))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = fullYear(m[3] ?? "");
    if (a > 12) return day(y, b, a);
    if (b > 12 || a === b) return day(y, a, b);
    return "unreadable";
  }
  if ((m = YM.exec(t))) return month(Number(m[1]), Number(m[2]));
  if ((m = MY.exec(t))) return month(Number(m[2]), Number(m[1]));
  if ((m = ZH_MONTH.exec(t))) return month(Number(m[1]), num(m[2]));
  if ((m = Q_Y.exec(t))) return part(m[3] !== undefined, fullYear(m[4] ?? ""), num(m[1] ?? m[2]), 3, start);
  if ((m = Y_Q.exec(t))) return part(m[1] !== undefined || t.includes("财年"), fullYear(m[2] ?? ""), num(m[3] ?? m[4]), 3, start);
  if ((m = H_Y.exec(t))) {
    const h = m[1] ?? m[2] ?? (m[3] === "first" || m[4] === "上" ? "1" : "2");
    return part(m[5] !== undefined, fullYear(m[6] ?? ""), Number(h), 6, start);
  }
  if ((m = Y_H.exec(t))) return part(m[1] !== undefined, Number(m[2]), m[3] !== undefined ? Number(m[3]) : m[4] === "上" ? 1 : 2, 6, start);
  if ((m = FY.exec(t))) {
    const y = fullYear(m[1] ?? m[2] ?? "");
    return yearOk(y) ? { serial: fiscalYearEnd(y, start), kind: "fiscal-year" } : "unreadable";
  }
  if ((m = YEAR.exec(t))) {
    const y = Number(m[1]);
    return yearOk(y) ? { serial: dateToSerial(y, 12, 31), kind: "year" } : "unreadable";
  }
  return matchMonthName(t);
}

function matchMonthName(t: string): PatternResult {
  const word = MONTH_WORD.exec(t);
  if (!word?.[1]) return undefined;
  const mo = MONTH_NAMES.get(word[1]) ?? MONTH_NAMES.get(word[1].slice(0, 3));
  if (mo === undefined) return undefined;
  const rest = `${t.slice(0, word.index)} ${t.slice(word.index + word[0].length)}`;
  const r = MONTH_REST.exec(rest);
  if (!r) return undefined;
  if (r[3] !== undefined) return day(Number(r[3]), mo, Number(r[4]));
  const y = fullYear(r[2] ?? "");
  return r[1] !== undefined ? day(y, mo, Number(r[1])) : month(y, mo);
}

/**
 * `{ serial, iso, kind }` from a match.
 * @param serial the last day's serial
 * @param kind what the text named
 * @returns the deadline with its ISO text
 * @example toDeadline(46387, "year") // { serial: 46387, iso: "2026-12-31", kind: "year" }
 */
export function toDeadline(serial: number, kind: Kind): Deadline {
  return { serial, iso: serialToIso(serial), kind };
}
