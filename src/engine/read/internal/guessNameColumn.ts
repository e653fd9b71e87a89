/**
 * Internal: when no header names the KPI name column, the leftmost unrecognised column that holds mostly
 * text (not numbers) in its first rows is taken as the name.
 */
import { isBlank } from "./rowKind";

const SAMPLE_ROWS = 20;

/**
 * Guesses the name column.
 * @param rows the table's rows
 * @param first first data row
 * @param candidates unrecognised columns, left to right
 * @returns the column, or undefined
 * @example guessNameColumn([["No.", "Label"], [1, "Revenue"]], 1, [0, 1]) // 1
 */
export function guessNameColumn(rows: readonly (readonly unknown[])[], first: number, candidates: readonly number[]): number | undefined {
  for (const c of candidates) {
    let text = 0;
    let filled = 0;
    for (let r = first; r < Math.min(rows.length, first + SAMPLE_ROWS); r++) {
      const cell = rows[r]?.[c];
      if (isBlank(cell)) continue;
      filled++;
      if (typeof cell === "string" && !/^[\d\s.,%()-]+$/u.test(cell)) text++;
    }
    if (filled > 0 && text * 2 > filled) return c;
  }
  return undefined;
}
