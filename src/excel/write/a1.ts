/** A1 notation helpers (0-based indexes in, Excel addresses out). */
import { columnName } from "../address";


/** Column letters of a 0-based index (`0 → "A"`, `27 → "AB"`): the adapter's one implementation. */
export const columnLetter = columnName;

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
