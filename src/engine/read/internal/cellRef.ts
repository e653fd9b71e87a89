/**
 * Internal: A1-style addresses inside the block that was read (column 0 = "A", row 0 = "1").
 */

/**
 * Column letters of a 0-based index.
 * @param index 0-based column
 * @returns "A", "B", … "Z", "AA" …
 * @example columnLetter(27) // "AB"
 */
export function columnLetter(index: number): string {
  let n = Math.max(0, Math.floor(index)) + 1;
  let letters = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * A1 address of a 0-based cell.
 * @returns e.g. "C5" for row 4, column 2
 * @param row 0-based row
 * @param column 0-based column
 * @example cellAddress(4, 2) // "C5"
 */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}
