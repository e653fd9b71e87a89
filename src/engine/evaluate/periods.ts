/**
 * Counting reporting periods between dates (DOMAIN §3 "n" and §5 "periods left"): months, quarters,
 * halves and years count calendar boundaries; weeks and days count elapsed days.
 */
import type { Cadence } from "../model";
import { parsePeriodHeader } from "../parse/periodHeader";
import { dateToSerial, serialToParts } from "../parse/serial";

const MONTHS_PER: Partial<Record<Cadence, number>> = { monthly: 1, quarterly: 3, "half-yearly": 6, yearly: 12 };
const DAYS_PER: Partial<Record<Cadence, number>> = { daily: 1, weekly: 7 };

/**
 * Whole periods from one date to a later one at a cadence (negative when `to` is earlier).
 * @param from Excel serial
 * @param to Excel serial
 * @param cadence reporting cadence
 * @returns the number of period boundaries crossed
 * @example periodsBetween(dateToSerial(2026, 6, 30), dateToSerial(2026, 12, 31), "monthly") // 6
 */
export function periodsBetween(from: number, to: number, cadence: Cadence): number {
  const months = MONTHS_PER[cadence];
  if (months !== undefined) {
    const a = serialToParts(from);
    const b = serialToParts(to);
    const ordinal = (p: { year: number; month: number }) => Math.floor((p.year * 12 + p.month - 1) / months);
    return ordinal(b) - ordinal(a);
  }
  return Math.floor((to - from) / (DAYS_PER[cadence] ?? 1));
}

/**
 * The serial of the last day of a history column's period, from its header. Headers without a year
 * (`Jan`, `Q3`, `1月`) are taken to be in the as-of year.
 * @param header the header cell
 * @param asOf Excel serial "today"
 * @returns the period's end, or undefined when the header is not a period
 * @example historyPeriodEnd("2026-03", 46300) // serial of 2026-03-31
 */
export function historyPeriodEnd(header: unknown, asOf: number): number | undefined {
  const period = parsePeriodHeader(header);
  if (period === undefined) return undefined;
  const year = period.year ?? serialToParts(asOf).year;
  const months = MONTHS_PER[period.cadence];
  if (months !== undefined) {
    const lastMonth = period.cadence === "yearly" ? 12 : period.index * months;
    return dateToSerial(year, lastMonth + 1, 0);
  }
  return undefined;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;

/**
 * The first and last day of the period a label names (DOMAIN §5 "Per-period targets"): months,
 * quarters, halves and years from their calendar bounds, weeks and days from their dates; a date
 * header read as `2026-01-01` is its month. Labels without a year (`Jan`, `Q3`, `1月`) are taken to be
 * in the as-of year, as in {@link historyPeriodEnd}.
 * @param label a history or period-target label
 * @param asOf Excel serial "today"
 * @returns the period's first and last day (Excel serials), or undefined when the label names no period
 * @example periodSpan("Q1", dateToSerial(2026, 7, 1)) // { start: serial of 2026-01-01, end: serial of 2026-03-31 }
 */
export function periodSpan(label: string, asOf: number): { start: number; end: number } | undefined {
  const day = ISO_DAY.exec(label.trim());
  const period = parsePeriodHeader(day ? dateToSerial(Number(day[1]), Number(day[2]), Number(day[3])) : label);
  if (period === undefined) return undefined;
  const year = period.year ?? serialToParts(asOf).year;
  const months = MONTHS_PER[period.cadence];
  if (months !== undefined) {
    const lastMonth = period.cadence === "yearly" ? 12 : period.index * months;
    return { start: dateToSerial(year, lastMonth - months + 1, 1), end: dateToSerial(year, lastMonth + 1, 0) };
  }
  const days = DAYS_PER[period.cadence] ?? 1;
  const end = dateToSerial(year, 1, period.index * days);
  return { start: end - days + 1, end };
}
