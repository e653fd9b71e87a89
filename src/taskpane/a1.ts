/**
 * A1-style cell names for the pane (formulas and "go to cell" labels), on top of the adapter's one
 * address module (src/excel/address.ts, which imports nothing, so the pane's first download stays
 * small). Positions are 0-based.
 */
import { columnName, localAddress, parseAddress, quoteSheet } from "../excel/address";

/**
 * Column letters of a 0-based column index.
 * @param index 0 → "A", 25 → "Z", 26 → "AA"
 * @returns the letters; "" for a negative or non-integer index
 * @example columnLetter(27) // "AB"
 */
export function columnLetter(index: number): string {
  return Number.isInteger(index) && index >= 0 ? columnName(index) : "";
}

/**
 * A1 name of a 0-based row and column.
 * @example cellName(4, 5) // "F5"
 */
export function cellName(row: number, column: number): string {
  return localAddress({ row, column, rowCount: 1, columnCount: 1 });
}

/**
 * A sheet name as a formula writes it before `!` (quoted when it is not a plain word).
 * @example sheetPrefix("KPI 2027") // "'KPI 2027'!"
 */
export function sheetPrefix(sheet: string): string {
  return `${quoteSheet(sheet)}!`;
}

/** Top-left corner of a range address (0-based), its sheet, and its last row when given. */
export interface RangeStart {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly endRow?: number;
}

/**
 * Sheet and top-left cell of an address such as `'KPI 2027'!A3:P40` or `Sheet1!$B$2`.
 * @param address the address as Excel writes it
 * @returns the start, or undefined when the address does not parse
 * @example parseRangeStart("'KPI 2027'!C3:P40") // { sheet: "KPI 2027", row: 2, column: 2, endRow: 39 }
 */
export function parseRangeStart(address: string): RangeStart | undefined {
  const rect = parseAddress(address);
  if (rect === undefined) return undefined;
  const start = { sheet: rect.sheet, row: rect.row, column: rect.column };
  return rect.rowCount > 1 ? { ...start, endRow: rect.row + rect.rowCount - 1 } : start;
}
