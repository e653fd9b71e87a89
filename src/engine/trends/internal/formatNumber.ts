/**
 * A number for a message: at most 6 significant digits, no float noise (103.00000000001 → "103").
 * @param value the number
 * @returns its text
 * @example formatNumber(2 / 3) // "0.666667"
 */
export function formatNumber(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(6))) : String(value);
}
