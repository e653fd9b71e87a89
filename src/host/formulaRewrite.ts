/**
 * How Excel rewrites the references of a formula's text when the workbook changes around it:
 * - a paste (or a sort) moves a formula: relative references shift by the offset, absolute ones stay,
 *   a reference pushed off the grid becomes `#REF!`
 *   (support.microsoft.com "Move or copy a formula", "Switch between relative, absolute, and mixed references");
 * - cells are inserted or deleted: references to moved cells follow them, a range grows when cells are
 *   inserted inside it and shrinks when some of its cells are deleted, a reference to deleted cells
 *   becomes `#REF!` (`Data!#REF!` when it named a sheet) (support.microsoft.com "Insert or delete rows
 *   and columns", "How to correct a #REF! error");
 * - a sheet is renamed: references follow the new name; a sheet is deleted: they become `#REF!A1`.
 * Pure functions over formula text (see formulaTokens.ts).
 */
import { MAX_COLUMNS, MAX_ROWS, quoteSheetName } from "./address";
import type { A1Token, Corner, RefToken, SheetPart } from "./formulaTokens";
import { a1Text, cornerInGrid, namesSheet, refErrorText, rewriteReferences } from "./formulaTokens";

/** Cells moved by an insert or a delete. */
export interface ShiftOp {
  /** Name of the sheet whose cells move. */
  sheet: string;
  /** "rows": cells move up or down; "cols": left or right. */
  axis: "rows" | "cols";
  kind: "insert" | "delete";
  /** First row (or column) inserted or deleted, 0-based. */
  at: number;
  count: number;
  /** The columns (for "rows") or rows (for "cols") that move; null when whole rows (columns) move. */
  band: { from: number; to: number } | null;
}

/** The sheet a reference points at: its own sheet part, or the formula's home sheet. */
function targetSheet(sheet: SheetPart, home: string | null): string | null {
  if (sheet === "#REF!") return null;
  return sheet === null ? home : sheet.name;
}

const sameName = (a: string | null, b: string): boolean => a !== null && a.toLowerCase() === b.toLowerCase();

/**
 * The new span along the moving axis of a reference [lo, hi] after an insert or a delete, or null
 * when every cell it named was deleted.
 */
export function shiftSpan(lo: number, hi: number, op: Pick<ShiftOp, "kind" | "at" | "count">, limit: number): [number, number] | null {
  const { at, count } = op;
  if (op.kind === "insert") {
    const nLo = lo >= at ? lo + count : lo;
    const nHi = hi >= at ? hi + count : hi;
    return nHi >= limit ? null : [nLo, nHi];
  }
  const d1 = at + count - 1;
  const nLo = lo > d1 ? lo - count : lo >= at ? at : lo;
  const nHi = hi > d1 ? hi - count : hi >= at ? at - 1 : hi;
  return nLo > nHi ? null : [nLo, nHi];
}

/** A reference's corners after cells moved; null when it now names deleted cells; the same object when unaffected. */
function shiftCorners(a: Corner, b: Corner | null, op: ShiftOp): { a: Corner; b: Corner | null } | null {
  const rows = op.axis === "rows";
  const along = (c: Corner): number | null => (rows ? c.row : c.col);
  const across = (c: Corner): number | null => (rows ? c.col : c.row);
  const second = b ?? a;
  const a0 = along(a);
  const b0 = along(second);
  if (a0 === null || b0 === null) return { a, b }; // whole columns are not moved by row shifts (and vice versa)
  if (op.band) {
    const x0 = across(a);
    const x1 = across(second);
    if (x0 === null || x1 === null) return { a, b }; // whole rows only move with whole-row shifts
    if (Math.min(x0, x1) < op.band.from || Math.max(x0, x1) > op.band.to) return { a, b };
  }
  const lo = Math.min(a0, b0);
  const hi = Math.max(a0, b0);
  const span = shiftSpan(lo, hi, op, rows ? MAX_ROWS : MAX_COLUMNS);
  if (!span) return null;
  if (span[0] === lo && span[1] === hi) return { a, b };
  const set = (c: Corner, v: number): Corner => (rows ? { ...c, row: v } : { ...c, col: v });
  const aIsLo = a0 <= b0;
  const na = set(a, aIsLo ? span[0] : span[1]);
  const nb = b ? set(b, aIsLo ? span[1] : span[0]) : null;
  return { a: na, b: nb };
}

/**
 * Rewrites a formula after cells of a sheet moved (Range.insert / Range.delete).
 * @param formula - the formula text
 * @param home - the sheet the formula is on (null for a defined name or a chart series: no implicit sheet)
 * @param op - the move
 * @returns the new text (the same string when nothing changed)
 */
export function adjustForShift(formula: string, home: string | null, op: ShiftOp): string {
  return rewriteReferences(formula, (token) => {
    if (token.kind !== "a1" || !sameName(targetSheet(token.sheet, home), op.sheet)) return undefined;
    const moved = shiftCorners(token.a, token.b, op);
    if (!moved) return refErrorText(token.sheet === null || token.sheet === "#REF!" ? null : token.sheet);
    if (moved.a === token.a && moved.b === token.b) return undefined;
    return a1Text(token.sheet, moved.a, moved.b);
  });
}

function shiftCorner(c: Corner, dr: number, dc: number): Corner {
  return {
    ...c,
    row: c.row === null || c.rowAbs ? c.row : c.row + dr,
    col: c.col === null || c.colAbs ? c.col : c.col + dc,
  };
}

/**
 * Moves a formula by (dr, dc) as a paste or a sort does: relative parts of A1 references shift,
 * absolute parts stay; a reference shifted off the grid becomes `#REF!`. Structured references
 * are kept as written, except that `qualify` (when given) names the table of an unqualified one.
 * @param formula - the formula text
 * @param dr - rows moved (down is positive)
 * @param dc - columns moved (right is positive)
 * @param qualify - the table name to put before an unqualified structured reference, or undefined to keep it
 */
export function shiftFormula(formula: string, dr: number, dc: number, qualify?: (token: RefToken) => string | undefined): string {
  if (dr === 0 && dc === 0 && !qualify) return formula;
  return rewriteReferences(formula, (token) => {
    if (token.kind === "struct") {
      const table = token.table === null && qualify ? qualify(token) : undefined;
      return table === undefined ? undefined : `${table}${token.spec}`;
    }
    if (token.kind !== "a1" || (dr === 0 && dc === 0)) return undefined;
    const a = shiftCorner(token.a, dr, dc);
    const b = token.b ? shiftCorner(token.b, dr, dc) : null;
    if (!cornerInGrid(a) || (b && !cornerInGrid(b))) return refErrorText(token.sheet === null || token.sheet === "#REF!" ? null : token.sheet);
    return a1Text(token.sheet, a, b);
  });
}

/** Whether a formula's text names a sheet (plainly or quoted): a cheap test before tokenizing. */
export function mayNameSheet(formula: string, sheetName: string): boolean {
  const lower = formula.toLowerCase();
  const name = sheetName.toLowerCase();
  return lower.includes(name) || lower.includes(name.replace(/'/g, "''"));
}

/** References to a renamed sheet follow its new name. */
export function renameSheetInFormula(formula: string, oldName: string, newName: string): string {
  if (!mayNameSheet(formula, oldName)) return formula;
  return rewriteReferences(formula, (token) => {
    if (token.kind === "a1" && namesSheet(token.sheet, oldName)) return a1Text({ name: newName }, token.a, token.b);
    if (token.kind === "refError" && namesSheet(token.sheet, oldName)) return `${quoteSheetName(newName)}!#REF!`;
    return undefined;
  });
}

/** References to a deleted sheet become `#REF!A1` (and `Gone!#REF!` becomes `#REF!`), as Excel writes them. */
export function deleteSheetInFormula(formula: string, name: string): string {
  if (!mayNameSheet(formula, name)) return formula;
  return rewriteReferences(formula, (token) => {
    if (token.kind === "a1" && namesSheet(token.sheet, name)) return a1Text("#REF!", token.a, token.b);
    if (token.kind === "refError" && namesSheet(token.sheet, name)) return "#REF!";
    return undefined;
  });
}

/** Structured references to a renamed table follow its new name. */
export function renameTableInFormula(formula: string, oldName: string, newName: string): string {
  if (!formula.toLowerCase().includes(oldName.toLowerCase())) return formula;
  return rewriteReferences(formula, (token) =>
    token.kind === "struct" && token.table !== null && token.table.toLowerCase() === oldName.toLowerCase() ? `${newName}${token.spec}` : undefined,
  );
}

/** Whether an A1 token refers to a given sheet (explicitly, or implicitly from its home sheet). */
export function tokenOnSheet(token: A1Token, home: string | null, sheet: string): boolean {
  return sameName(targetSheet(token.sheet, home), sheet);
}
