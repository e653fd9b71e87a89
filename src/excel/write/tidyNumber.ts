/**
 * A number from the last refresh as written to a sheet: rounded to 10 significant digits (what a
 * reader can use; Excel shows 15 at most), which also keeps large sheets' requests small.
 * @param value the number, or undefined
 * @returns the rounded number, or "" for undefined / non-finite
 * @example tidyNumber(0.1234567890123) // 0.123456789
 * @example tidyNumber(undefined) // ""
 */
export function tidyNumber(value: number | undefined): number | "" {
  if (value === undefined || !Number.isFinite(value)) return "";
  return Number(value.toPrecision(10)) + 0;
}
