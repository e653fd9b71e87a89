/**
 * A1 addresses as Excel returns them (`Range.address`: `Sheet1!A1:D10`, `'KPI 2027'!A3:P40`,
 * `'O''Brien'!B2`), parsed into a sheet and 0-based row/column bounds, and written back.
 * Source: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-address-member
 */

/** A rectangle of cells on one sheet, 0-based and inclusive. */
export interface SheetRect {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d{1,7})?$/u;

/** `0 → "A"`, `27 → "AB"`. */
export function columnName(index: number): string {
  let n = Math.max(0, Math.floor(index)) + 1;
  let name = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The sheet part of an address, quoted when Excel would quote it. */
export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/gu, "''")}'`;
}

/** `B3` for row 2, column 1 (0-based); a rectangle gives `B3:D9`. */
export function localAddress(rect: Omit<SheetRect, "sheet">): string {
  const first = `${columnName(rect.column)}${rect.row + 1}`;
  if (rect.rowCount <= 1 && rect.columnCount <= 1) return first;
  return `${first}:${columnName(rect.column + rect.columnCount - 1)}${rect.row + rect.rowCount}`;
}

/** `'KPI 2027'!A3:P40`. */
export function formatAddress(rect: SheetRect): string {
  return `${quoteSheet(rect.sheet)}!${localAddress(rect)}`;
}

function splitSheet(address: string): { sheet: string; local: string } | undefined {
  const text = address.trim();
  if (text.startsWith("'")) {
    let i = 1;
    let sheet = "";
    while (i < text.length) {
      const ch = text[i] ?? "";
      if (ch === "'" && text[i + 1] === "'") {
        sheet += "'";
        i += 2;
      } else if (ch === "'") break;
      else {
        sheet += ch;
        i += 1;
      }
    }
    if (text[i + 1] !== "!") return undefined;
    return { sheet, local: text.slice(i + 2) };
  }
  const bang = text.lastIndexOf("!");
  return bang < 0 ? { sheet: "", local: text } : { sheet: text.slice(0, bang), local: text.slice(bang + 1) };
}

/**
 * Parses an address; whole columns (`A:C`) and whole rows (`3:5`) span the sheet.
 * @param address an A1 address, with or without a sheet
 * @returns the rectangle (sheet "" when the address has none), or undefined when it is not an address
 * @example parseAddress("'KPI 2027'!A3:P40") // { sheet: "KPI 2027", row: 2, column: 0, rowCount: 38, columnCount: 16 }
 */
export function parseAddress(address: string): SheetRect | undefined {
  if (typeof address !== "string") return undefined;
  const parts = splitSheet(address);
  if (!parts || parts.local === "") return undefined;
  const [a, b, extra] = parts.local.split(":");
  if (extra !== undefined || a === undefined) return undefined;
  const ma = CELL.exec(a);
  const mb = CELL.exec(b ?? a);
  if (!ma || !mb || (ma[1] === undefined && ma[2] === undefined) || (mb[1] === undefined && mb[2] === undefined)) return undefined;
  const c0 = ma[1] === undefined ? 0 : columnIndex(ma[1]);
  const c1 = mb[1] === undefined ? MAX_COLUMNS - 1 : columnIndex(mb[1]);
  const r0 = ma[2] === undefined ? 0 : Number(ma[2]) - 1;
  const r1 = mb[2] === undefined ? MAX_ROWS - 1 : Number(mb[2]) - 1;
  if (r0 < 0 || r1 < r0 || c1 < c0 || r1 >= MAX_ROWS || c1 >= MAX_COLUMNS) return undefined;
  return { sheet: parts.sheet, row: r0, column: c0, rowCount: r1 - r0 + 1, columnCount: c1 - c0 + 1 };
}

/** The overlap of two rectangles on the same sheet, or undefined. */
export function intersectRects(a: SheetRect, b: SheetRect): SheetRect | undefined {
  if (a.sheet.toLowerCase() !== b.sheet.toLowerCase()) return undefined;
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const rowEnd = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const columnEnd = Math.min(a.column + a.columnCount, b.column + b.columnCount);
  if (rowEnd <= row || columnEnd <= column) return undefined;
  return { sheet: a.sheet, row, column, rowCount: rowEnd - row, columnCount: columnEnd - column };
}
