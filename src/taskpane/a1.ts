/** A1-style cell names for the pane (formulas and "go to cell" labels). Positions are 0-based. */

/**
 * Column letters of a 0-based column index.
 * @param index 0 → "A", 25 → "Z", 26 → "AA"
 * @returns the letters; "" for a negative or non-integer index
 * @example columnLetter(27) // "AB"
 */
export function columnLetter(index: number): string {
  if (!Number.isInteger(index) || index < 0) return "";
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * A1 name of a 0-based row and column.
 * @example cellName(4, 5) // "F5"
 */
export function cellName(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/**
 * A sheet name as a formula writes it before `!` (quoted when it is not a plain word).
 * @example sheetPrefix("KPI 2027") // "'KPI 2027'!"
 */
export function sheetPrefix(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
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
 * @example parseRangeStart("'KPI 2027'!C3:P40") // { sheet: "KPI 2027", row: 2, column: 2 }
 */
export function parseRangeStart(address: string): RangeStart | undefined {
  const bang = address.lastIndexOf("!");
  const rawSheet = bang >= 0 ? address.slice(0, bang) : "";
  const sheet = rawSheet.startsWith("'") && rawSheet.endsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?[A-Za-z]{1,3}\$?(\d+))?$/.exec(address.slice(bang + 1));
  if (!match?.[1] || !match[2]) return undefined;
  let column = 0;
  for (const ch of match[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  const start = { sheet, row: Number(match[2]) - 1, column: column - 1 };
  return match[3] ? { ...start, endRow: Number(match[3]) - 1 } : start;
}
