/**
 * Range.insert(shift) and Range.delete(shift) (ExcelApi 1.1): cells move down/right to make room,
 * or up/left to close the gap, and everything that refers to them follows.
 * Sources: Excel.Range.insert / delete, Excel.InsertShiftDirection, Excel.DeleteShiftDirection
 * (learn.microsoft.com/javascript/api/excel), support.microsoft.com "Insert or delete rows and
 * columns", "How to correct a #REF! error", "Resize a table by adding or removing rows and columns".
 * - Cells, their formats (and, for whole rows or columns, row heights, column widths and row or
 *   column formats), merged areas and conditional-format ranges move.
 * - Every formula, defined name, chart series and conditional-format formula that refers to moved
 *   cells follows them; a range grows when cells are inserted inside it and shrinks when some of its
 *   cells are deleted; a reference to deleted cells becomes #REF! (formulaRewrite.ts).
 * - Tables: rows inserted above a table (or at its header row) move it down; rows inserted inside it
 *   grow it; rows deleted inside it shrink it; deleting all its rows deletes it (structured references
 *   to it become #REF!); the same for columns moving a table left or right.
 * Refused (stricter where Excel's behaviour is not documented): a shift that moves part of a table
 * (InvalidOperation, Excel's "The operation is attempting to shift cells in a table"), deleting a
 * table's header row but not the whole table, deleting all its data rows, inserting or deleting
 * columns inside a table (NotImplemented), cutting through a merged area (InvalidOperation), pushing
 * non-blank cells off the sheet (InvalidOperation), whole rows shifted right / whole columns shifted
 * down (InvalidArgument). Inserted cells are unformatted (Unsure: Excel's UI copies the formats above).
 */
import type { Rect } from "./address";
import { MAX_COLUMNS, MAX_ROWS } from "./address";
import { assertUnprotected } from "./cellWrite";
import type { Stored } from "./engineContent";
import { hostError } from "./errors";
import type { ShiftOp } from "./formulaRewrite";
import { adjustForShift, mayNameSheet, shiftSpan } from "./formulaRewrite";
import type { HostRuntime } from "./proxy";
import { replaceTableRefs } from "./structuredRefs";
import type { CellFormat, SheetModel, TableModel } from "./workbookModel";
import { retranslateAll, rewriteWorkbook } from "./workbookRefs";

type Direction = "Down" | "Right" | "Up" | "Left";

const TABLE_SHIFT = "This operation is not allowed. The operation is attempting to shift cells in a table on your worksheet.";

/** The move an insert or a delete of `rect` makes. */
function shiftOf(sheet: SheetModel, rect: Rect, direction: Direction): ShiftOp {
  const wholeRows = rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1;
  const wholeCols = rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
  const rows = direction === "Down" || direction === "Up";
  if (wholeRows && wholeCols) throw hostError("InvalidOperation", "The whole worksheet cannot be inserted or deleted.");
  if (rows && wholeCols) throw hostError("InvalidArgument", `Whole columns are shifted ${direction === "Down" ? "Right" : "Left"}, not ${direction}.`);
  if (!rows && wholeRows) throw hostError("InvalidArgument", `Whole rows are shifted ${direction === "Right" ? "Down" : "Up"}, not ${direction}.`);
  const kind = direction === "Down" || direction === "Right" ? "insert" : "delete";
  return rows
    ? { sheet: sheet.name, axis: "rows", kind, at: rect.r0, count: rect.r1 - rect.r0 + 1, band: wholeRows ? null : { from: rect.c0, to: rect.c1 } }
    : { sheet: sheet.name, axis: "cols", kind, at: rect.c0, count: rect.c1 - rect.c0 + 1, band: wholeCols ? null : { from: rect.r0, to: rect.r1 } };
}

/** Where a cell goes: its new (row, column), or null when it is deleted. */
function mover(op: ShiftOp): (r: number, c: number) => [number, number] | null {
  const rows = op.axis === "rows";
  const d1 = op.at + op.count - 1;
  return (r, c) => {
    const along = rows ? r : c;
    const across = rows ? c : r;
    if (op.band && (across < op.band.from || across > op.band.to)) return [r, c];
    let next = along;
    if (op.kind === "insert") next = along >= op.at ? along + op.count : along;
    else if (along >= op.at && along <= d1) return null;
    else if (along > d1) next = along - op.count;
    return rows ? [next, c] : [r, next];
  };
}

/** A rectangle's span along and across the moving axis. */
function spans(rect: Rect, op: ShiftOp): { along: [number, number]; across: [number, number] } {
  return op.axis === "rows" ? { along: [rect.r0, rect.r1], across: [rect.c0, rect.c1] } : { along: [rect.c0, rect.c1], across: [rect.r0, rect.r1] };
}

function withAlong(rect: Rect, op: ShiftOp, span: [number, number]): Rect {
  return op.axis === "rows" ? { ...rect, r0: span[0], r1: span[1] } : { ...rect, c0: span[0], c1: span[1] };
}

/** A rectangle after the move: null when all its cells are deleted; "split" when the move would cut it. */
function movedRect(rect: Rect, op: ShiftOp): Rect | null | "split" {
  const { along, across } = spans(rect, op);
  if (along[1] < op.at) return rect;
  if (op.band && (across[1] < op.band.from || across[0] > op.band.to)) return rect;
  if (op.band && (across[0] < op.band.from || across[1] > op.band.to)) return "split";
  const span = shiftSpan(along[0], along[1], op, op.axis === "rows" ? MAX_ROWS : MAX_COLUMNS);
  return span ? withAlong(rect, op, span) : null;
}

/** A table's range after the move, null when the table is deleted; throws where Excel (or this host) refuses. */
function movedTable(table: TableModel, op: ShiftOp): Rect | null {
  const { along, across } = spans(table.rect, op);
  const [t0, t1] = along;
  if (op.band && (op.band.to < across[0] || op.band.from > across[1])) return table.rect;
  if (op.at > t1) return table.rect;
  const covers = !op.band || (op.band.from <= across[0] && op.band.to >= across[1]);
  const d1 = op.at + op.count - 1;
  if (op.kind === "delete" && d1 < t0) {
    if (!covers) throw hostError("InvalidOperation", TABLE_SHIFT);
    return withAlong(table.rect, op, [t0 - op.count, t1 - op.count]);
  }
  if (!covers) throw hostError("InvalidOperation", TABLE_SHIFT);
  if (op.kind === "insert") {
    if (op.at <= t0) return withAlong(table.rect, op, [t0 + op.count, t1 + op.count]);
    if (op.axis === "cols") throw hostError("NotImplemented", "Inserting columns inside a table is not supported by the in-memory host.");
    if (t1 + op.count >= MAX_ROWS) throw hostError("InvalidOperation", "The table would extend beyond the worksheet.");
    return withAlong(table.rect, op, [t0, t1 + op.count]);
  }
  if (op.at <= t0 && d1 >= t1) return null;
  if (op.axis === "cols") throw hostError("NotImplemented", "Deleting some of a table's columns is not supported by the in-memory host.");
  // Unsure: Excel's behaviour when the header row, or every data row, is deleted; refused (stricter).
  if (op.at <= t0) throw hostError("InvalidOperation", `Deleting the header row of table ${table.name} without the whole table is not supported.`);
  const removed = Math.min(d1, t1) - op.at + 1;
  if (t1 - t0 - removed < 1) throw hostError("InvalidOperation", `Table ${table.name} needs at least one data row; delete the whole table or resize it.`);
  return withAlong(table.rect, op, [t0, t1 - removed]);
}

function rekeyMap<V>(map: Map<number, V>, move: (i: number) => number | null): Map<number, V> {
  const out = new Map<number, V>();
  for (const [i, v] of map) {
    const next = move(i);
    if (next !== null) out.set(next, v);
  }
  return out;
}

/** Moves the index-keyed layers (row heights and formats, or column widths and formats) for whole-row/column shifts. */
function moveLines(sheet: SheetModel, op: ShiftOp): void {
  if (op.band) return;
  const d1 = op.at + op.count - 1;
  const move = (i: number): number | null => {
    if (op.kind === "insert") return i >= op.at ? i + op.count : i;
    if (i >= op.at && i <= d1) return null;
    return i > d1 ? i - op.count : i;
  };
  if (op.axis === "rows") {
    sheet.rowHeights = rekeyMap(sheet.rowHeights, move);
    sheet.rowFormats = rekeyMap<CellFormat>(sheet.rowFormats, move);
  } else {
    sheet.columnWidths = rekeyMap(sheet.columnWidths, move);
    sheet.columnFormats = rekeyMap<CellFormat>(sheet.columnFormats, move);
  }
}

/** Moves charts placed on the sheet ("move and size with cells") for whole-row/column shifts. */
function moveCharts(sheet: SheetModel, op: ShiftOp): void {
  if (op.band) return;
  const rows = op.axis === "rows";
  const d1 = op.at + op.count;
  const pos = (p: number): number => {
    if (op.kind === "insert") return p >= op.at ? p + op.count : p;
    if (p >= d1) return p - op.count;
    return p > op.at ? op.at : p;
  };
  for (const chart of sheet.charts) {
    const a = chart.anchor;
    chart.anchor = rows ? { ...a, r0: pos(a.r0), r1: pos(a.r1) } : { ...a, c0: pos(a.c0), c1: pos(a.c1) };
  }
}

/**
 * Inserts or deletes the cells of `rect`, shifting the others.
 * @param runtime - the host runtime
 * @param sheet - the sheet
 * @param rect - the range inserted (the new blank cells) or deleted
 * @param direction - "Down" / "Right" (insert), "Up" / "Left" (delete)
 */
export function shiftCells(runtime: HostRuntime, sheet: SheetModel, rect: Rect, direction: Direction): void {
  assertUnprotected(sheet);
  const op = shiftOf(sheet, rect, direction);
  const move = mover(op);
  const { engine } = runtime;
  const cells = engine.cellsOf(sheet.hfId);

  // Checks first: nothing changes when the shift is refused.
  if (op.kind === "insert") {
    const limit = (op.axis === "rows" ? MAX_ROWS : MAX_COLUMNS) - op.count;
    for (const key of cells.keys()) {
      const r = Math.floor(key / MAX_COLUMNS);
      const c = key % MAX_COLUMNS;
      const along = op.axis === "rows" ? r : c;
      const across = op.axis === "rows" ? c : r;
      if (along >= limit && (!op.band || (across >= op.band.from && across <= op.band.to))) {
        throw hostError("InvalidOperation", "To prevent possible loss of data, Excel cannot shift nonblank cells off of the worksheet.");
      }
    }
  }
  const merges: Rect[] = [];
  const d1 = op.at + op.count - 1;
  for (const area of sheet.merges) {
    const { along, across } = spans(area, op);
    if (op.band && (across[1] < op.band.from || across[0] > op.band.to)) {
      merges.push(area);
      continue;
    }
    const cut = op.kind === "insert" ? along[0] < op.at && along[1] >= op.at : along[0] <= d1 && along[1] >= op.at && (along[0] < op.at || along[1] > d1);
    const next = movedRect(area, op);
    if (cut || next === "split") throw hostError("InvalidOperation", "We can't do that to a merged cell: the shift would cut through a merged area.");
    if (next) merges.push(next);
  }
  const tables = runtime.model.tables.filter((t) => !t.deleted && t.sheet === sheet);
  const tableRects = new Map<TableModel, Rect | null>(tables.map((t) => [t, movedTable(t, op)]));
  const conditional = sheet.conditionalFormats.map((cf) => {
    const next = movedRect(cf.rect, op);
    return next === "split" ? cf.rect : next;
  });

  // Tables deleted with their cells: structured references to them become #REF! (before they go).
  for (const [table, next] of tableRects) {
    if (next !== null) continue;
    rewriteWorkbook(runtime, (formula, site) => replaceTableRefs(runtime, formula, table, site, "toRef"), { only: (f) => f.includes("[") });
    table.deleted = true;
  }
  runtime.model.tables = runtime.model.tables.filter((t) => !t.deleted);
  for (const [table, next] of tableRects) if (next) table.rect = next;
  engine.version++;

  // The sheet's own cells move, their formulas rewritten; the sheet is rebuilt in HyperFormula once.
  const moved = new Map<number, Stored>();
  for (const [key, content] of engine.cellsOf(sheet.hfId)) {
    const r = Math.floor(key / MAX_COLUMNS);
    const c = key % MAX_COLUMNS;
    const to = move(r, c);
    if (!to) continue;
    const next: Stored = typeof content === "object" && "formula" in content ? { formula: adjustForShift(content.formula, sheet.name, op) } : content;
    moved.set(to[0] * MAX_COLUMNS + to[1], next);
  }
  sheet.cellFormats = rekeyMap(sheet.cellFormats, (key) => {
    const to = move(Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS);
    return to ? to[0] * MAX_COLUMNS + to[1] : null;
  });
  moveLines(sheet, op);
  sheet.merges = merges;
  sheet.conditionalFormats.forEach((cf, i) => {
    const next = conditional[i];
    if (next) cf.rect = next;
    else cf.deleted = true;
  });
  sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !cf.deleted);
  moveCharts(sheet, op);
  engine.replaceCells(sheet.hfId, moved);

  // Everything else that refers to the sheet follows.
  rewriteWorkbook(runtime, (formula, _site, home) => adjustForShift(formula, home?.name ?? null, op), {
    skipCellsOf: sheet,
    only: (formula, home) => home === sheet || mayNameSheet(formula, sheet.name),
  });
  retranslateAll(runtime);
}
