/** A1 notation helpers (0-based indexes in, Excel addresses out). */

/**
 * @param column 0-based column index
 * @returns the column letters
 * @example columnLetter(0) // "A"
 * @example columnLetter(27) // "AB"
 */
export function columnLetter(column: number): string {
  let n = column + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * @param row 0-based row
 * @param column 0-based column
 * @param absolute `$` on both parts
 * @returns e.g. `B7` or `$B$7`
 * @example cellA1(6, 1) // "B7"
 */
export function cellA1(row: number, column: number, absolute = false): string {
  return absolute ? `$${columnLetter(column)}$${row + 1}` : `${columnLetter(column)}${row + 1}`;
}

/**
 * A column span between two 0-based rows, e.g. `$S$7:$S$20`.
 * @param column 0-based column
 * @param first first 0-based row
 * @param last last 0-based row
 * @returns the absolute range address
 * @example columnSpan(18, 6, 19) // "$S$7:$S$20"
 */
export function columnSpan(column: number, first: number, last: number): string {
  return `${cellA1(first, column, true)}:${cellA1(last, column, true)}`;
}
