/**
 * Excel serial dates in the 1900 date system. Serial 1 is 1900-01-01; Excel's fictitious 1900-02-29
 * is serial 60, so real dates from 1900-03-01 on are (days since 1899-12-30).
 */

const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/**
 * Serial number of a calendar day.
 * @param year full year
 * @param month 1–12
 * @param day 1–31 (overflow rolls over like Excel's DATE)
 * @returns the Excel serial (1900 system)
 * @example dateToSerial(2026, 12, 31) // 46387
 */
export function dateToSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH) / MS_PER_DAY);
}

/**
 * Calendar parts of a serial (the fractional time of day is dropped).
 * @param serial Excel serial ≥ 61 (dates before 1900-03-01 are not supported)
 * @returns year, month (1–12) and day
 * @example serialToParts(46387) // { year: 2026, month: 12, day: 31 }
 */
export function serialToParts(serial: number): { year: number; month: number; day: number } {
  const d = new Date(EPOCH + Math.floor(serial) * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * ISO text of a serial.
 * @param serial Excel serial
 * @returns `YYYY-MM-DD`
 * @example serialToIso(46387) // "2026-12-31"
 */
export function serialToIso(serial: number): string {
  const { year, month, day } = serialToParts(serial);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Serial of the last day of a month.
 * @param year full year
 * @param month 1–12
 * @returns the serial of that month's last day
 * @example endOfMonthSerial(2027, 2) // serial of 2027-02-28
 */
export function endOfMonthSerial(year: number, month: number): number {
  return dateToSerial(year, month + 1, 0);
}
