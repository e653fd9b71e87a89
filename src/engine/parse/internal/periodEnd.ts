/**
 * Internal period arithmetic for deadlines and period headers, on Excel 1900 serials.
 */
import { dateToSerial, endOfMonthSerial, serialToParts } from "../serial";

/** Earliest and latest years accepted anywhere a year is read. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

/**
 * Serial of the last day of the period of `length` months that contains month (`year`, `month`), where
 * periods start at `startMonth` (1 = calendar quarters/halves/years; 4 = April fiscal periods).
 * @param year year of the month
 * @param month 1–12
 * @param length 1, 3, 6 or 12
 * @param startMonth first month of a period, 1–12
 * @returns the serial of the period's last day
 * @example periodEndContaining(2026, 11, 3, 1) // serial of 2026-12-31
 */
export function periodEndContaining(year: number, month: number, length: number, startMonth: number): number {
  const index = year * 12 + (month - 1);
  const offset = (((index - (startMonth - 1)) % length) + length) % length;
  const endIndex = index - offset + length - 1;
  return endOfMonthSerial(Math.floor(endIndex / 12), (endIndex % 12) + 1);
}

/**
 * Last day of fiscal year `fy` (FY2027 with a start in April ends 2027-03-31; start 1 = calendar year).
 * @param fy the fiscal year's name
 * @param startMonth first month of the fiscal year, 1–12
 * @returns the serial of its last day
 * @example fiscalYearEnd(2027, 4) // serial of 2027-03-31
 */
export function fiscalYearEnd(fy: number, startMonth: number): number {
  return startMonth === 1 ? dateToSerial(fy, 12, 31) : endOfMonthSerial(fy, startMonth - 1);
}

/**
 * Last day of quarter `q` (1–4) or half `h` of fiscal year `fy`.
 * @param fy fiscal year name
 * @param part quarter (1–4) or half (1–2)
 * @param length 3 for quarters, 6 for halves
 * @param startMonth first month of the fiscal year
 * @returns the serial of the part's last day
 * @example fiscalPartEnd(2027, 1, 3, 4) // serial of 2026-06-30
 */
export function fiscalPartEnd(fy: number, part: number, length: number, startMonth: number): number {
  const startYear = startMonth === 1 ? fy : fy - 1;
  const endIndex = startYear * 12 + (startMonth - 1) + part * length - 1;
  return endOfMonthSerial(Math.floor(endIndex / 12), (endIndex % 12) + 1);
}

/**
 * Whether a day exists (rejects 2026-02-30, month 13 …).
 * @returns true for a real calendar day in the supported years
 * @param year full year
 * @param month 1–12
 * @param day 1–31
 * @example isRealDay(2026, 2, 30) // false
 */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  const serial = dateToSerial(year, month, day);
  return serialToParts(serial).day === day;
}

/**
 * Two-digit years are 20xx (`Dec-26`, `Q3'27`).
 * @param text "26", "'26" or "2026"
 * @returns the full year
 * @example fullYear("'27") // 2027
 */
export function fullYear(text: string): number {
  const n = Number(text.replace("'", ""));
  return text.replace("'", "").length <= 2 ? 2000 + n : n;
}

/**
 * Today's serial (UTC), used when no `asOf` is given.
 * @returns the serial of the current UTC date
 * @example todaySerial() // e.g. 46353 on 2026-11-27
 */
export function todaySerial(): number {
  const now = new Date();
  return dateToSerial(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
}
