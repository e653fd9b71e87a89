/**
 * "Today" for the functions that judge time (SMART's Time-bound and Achievable): the local calendar
 * day of the calculation as an Excel serial. The functions are not volatile, so a result is
 * recomputed when its inputs change, not at midnight. Overridable for tests with {@link setToday}.
 */

let fixed: number | undefined;

/**
 * Fixes "today" (tests); `undefined` restores the clock.
 * @param serial an Excel serial date, or undefined
 */
export function setToday(serial: number | undefined): void {
  fixed = serial;
}

/** Days from Excel's 1900 epoch to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

/** Today as an Excel serial date (1900 system). */
export function today(): number {
  if (fixed !== undefined) return fixed;
  const now = new Date();
  return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000 + UNIX_EPOCH_SERIAL;
}
