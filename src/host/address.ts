/**
 * A1 addresses: parsing "A1", "A1:C3", "A:C", "1:3", "Sheet1!A1", "'Strategy Match'!A1:C3",
 * and formatting them back the way `Range.address` does.
 */

/** Excel's grid size (rows × columns). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, zero-based and inclusive. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** A parsed address: its rectangle and the sheet name if one was given. */
export interface ParsedAddress {
  sheet?: string;
  rect: Rect;
}

/** Column index (0-based) → letters: 0 → "A", 27 → "AB". */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Letters → column index (0-based); -1 when invalid. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1 < MAX_COLUMNS ? n - 1 : -1;
}

const cellPart = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const colPart = /^\$?([A-Za-z]{1,3})$/;
const rowPart = /^\$?(\d{1,7})$/;

interface Corner {
  r: number | null;
  c: number | null;
}

function parseCorner(text: string): Corner | undefined {
  const cell = cellPart.exec(text);
  if (cell) {
    const c = columnIndex(cell[1] ?? "");
    const r = Number(cell[2]) - 1;
    return c < 0 || r < 0 || r >= MAX_ROWS ? undefined : { r, c };
  }
  const col = colPart.exec(text);
  if (col) {
    const c = columnIndex(col[1] ?? "");
    return c < 0 ? undefined : { r: null, c };
  }
  const row = rowPart.exec(text);
  if (row) {
    const r = Number(row[1]) - 1;
    return r < 0 || r >= MAX_ROWS ? undefined : { r, c: null };
  }
  return undefined;
}

function splitSheet(address: string): { sheet?: string; local: string } | undefined {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address };
  const rawSheet = address.slice(0, bang);
  const local = address.slice(bang + 1);
  if (rawSheet.startsWith("'")) {
    if (!rawSheet.endsWith("'") || rawSheet.length < 3) return undefined;
    return { sheet: rawSheet.slice(1, -1).replace(/''/g, "'"), local };
  }
  return rawSheet.length === 0 ? undefined : { sheet: rawSheet, local };
}

/**
 * Parses an A1 address (a cell, a rectangle, whole columns or whole rows), with an optional sheet.
 * @param address - e.g. "B2", "A1:C3", "A:C", "2:4", "'My sheet'!A1:B2"
 * @returns the parsed address, or undefined when it is not a valid A1 address
 */
export function parseAddress(address: string): ParsedAddress | undefined {
  const split = splitSheet(address.trim());
  if (!split) return undefined;
  const parts = split.local.split(":");
  if (parts.length > 2 || parts[0] === undefined) return undefined;
  const a = parseCorner(parts[0]);
  const b = parts[1] === undefined ? a : parseCorner(parts[1]);
  if (!a || !b) return undefined;
  if ((a.r === null) !== (b.r === null) || (a.c === null) !== (b.c === null)) return undefined;
  if (parts.length === 1 && (a.r === null || a.c === null)) return undefined;
  const r0 = a.r ?? 0;
  const r1 = b.r ?? MAX_ROWS - 1;
  const c0 = a.c ?? 0;
  const c1 = b.c ?? MAX_COLUMNS - 1;
  const rect = { r0: Math.min(r0, r1), r1: Math.max(r0, r1), c0: Math.min(c0, c1), c1: Math.max(c0, c1) };
  return split.sheet === undefined ? { rect } : { sheet: split.sheet, rect };
}

/**
 * Quotes a sheet name for use in an address or formula when Excel would.
 * Unsure: Excel leaves some non-ASCII names unquoted; we quote anything beyond [A-Za-z0-9_.]
 * (and names that start with a digit or look like a cell), which Excel and HyperFormula both accept.
 */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !cellPart.test(name) && !/^R\d*C\d*$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Formats a rectangle in A1 style without a sheet: "A1", "A1:C3", "A:C", "2:4". */
export function formatRect(rect: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  const wholeCols = rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
  const wholeRows = rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1;
  if (wholeCols && !wholeRows) {
    return `${d}${columnLetters(rect.c0)}:${d}${columnLetters(rect.c1)}`;
  }
  if (wholeRows && !wholeCols) return `${d}${rect.r0 + 1}:${d}${rect.r1 + 1}`;
  const a = `${d}${columnLetters(rect.c0)}${d}${rect.r0 + 1}`;
  if (rect.r0 === rect.r1 && rect.c0 === rect.c1) return a;
  return `${a}:${d}${columnLetters(rect.c1)}${d}${rect.r1 + 1}`;
}

/** Formats a sheet-qualified address as `Range.address` does: "'Strategy Match'!A1:C3". */
export function formatAddress(sheetName: string, rect: Rect, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${formatRect(rect, absolute)}`;
}

/** Number of rows and columns of a rectangle. */
export function rectSize(rect: Rect): { rows: number; cols: number } {
  return { rows: rect.r1 - rect.r0 + 1, cols: rect.c1 - rect.c0 + 1 };
}

/** Whether two rectangles share at least one cell. */
export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

/** Whether a string reads as a cell reference in A1 or R1C1 style (e.g. "A1", "XFD1048576", "R1C1", "R", "C"). */
export function looksLikeCellReference(text: string): boolean {
  if (/^[A-Za-z]{1,3}\d+$/.test(text)) {
    const m = /^([A-Za-z]{1,3})(\d+)$/.exec(text);
    return m !== null && columnIndex(m[1] ?? "") >= 0;
  }
  return /^(R\d*C?\d*|C\d*)$/i.test(text);
}
