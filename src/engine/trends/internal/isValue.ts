/**
 * Whether a history entry is a usable number (finite). Blanks, `NaN` and ±Infinity are not.
 * @param v a history entry
 * @returns true for a finite number
 * @example isValue(3) // true; isValue(null) // false; isValue(NaN) // false
 */
export function isValue(v: number | null | undefined): v is number {
  return typeof v === "number" && Number.isFinite(v);
}
