/** Excel 1900-system serial dates for the as-of setting (the pane shows them as YYYY-MM-DD). */

const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/**
 * Serial of a `YYYY-MM-DD` date.
 * @returns the serial, or undefined for text that is not a date
 * @example isoToSerial("2026-12-31") // 46387
 */
export function isoToSerial(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return undefined;
  const time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const back = new Date(time);
  if (back.getUTCDate() !== Number(m[3])) return undefined;
  return Math.round((time - EPOCH) / DAY);
}

/**
 * `YYYY-MM-DD` of a serial.
 * @example serialToIso(46387) // "2026-12-31"
 */
export function serialToIso(serial: number): string {
  return new Date(EPOCH + Math.round(serial) * DAY).toISOString().slice(0, 10);
}

/**
 * Today's serial in local time (the pane's default as-of date).
 * @param now the clock @default new Date()
 */
export function todaySerial(now: Date = new Date()): number {
  return Math.round((Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) - EPOCH) / DAY);
}
