/**
 * The pane's small cell actions, one sync each: jump to a cell, read the active cell, put a formula
 * into the active cell. Workbook.getActiveCell is ExcelApi 1.7; Worksheet.activate and Range.select 1.1.
 */
import type { CellTarget } from "../port";
import { workbookError } from "../errors";
import { parseAddress } from "../address";

function targetOf(cell: Excel.Range): CellTarget {
  const rect = parseAddress(cell.address);
  if (!rect) throw workbookError("NOT_A_RANGE");
  return { sheet: rect.sheet, row: cell.rowIndex, column: cell.columnIndex };
}

/**
 * Activates the sheet and selects the cell.
 * @param context the request context of the current `Excel.run`
 * @param target sheet and 0-based row/column
 * @returns nothing; a deleted sheet fails with ItemNotFound (TABLE_NOT_FOUND)
 */
export async function selectCell(context: Excel.RequestContext, target: CellTarget): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(target.sheet);
  sheet.activate();
  sheet.getCell(Math.max(0, Math.floor(target.row)), Math.max(0, Math.floor(target.column))).select();
  await context.sync();
}

/**
 * The active cell.
 * @param context the request context of the current `Excel.run`
 * @returns its sheet and 0-based row/column
 */
export async function activeCell(context: Excel.RequestContext): Promise<CellTarget> {
  const cell = context.workbook.getActiveCell().load("address, rowIndex, columnIndex");
  await context.sync();
  return targetOf(cell);
}

/**
 * Puts a formula into the active cell (through `formulas`, so it is a formula even in a text-formatted cell
 * only if the cell is not formatted as text — Excel's rule; we do not change the cell's format).
 * @param context the request context of the current `Excel.run`
 * @param formula a formula, with or without its leading "="
 * @returns where it was written
 */
export async function insertFormula(context: Excel.RequestContext, formula: string): Promise<CellTarget> {
  const text = formula.trim();
  const cell = context.workbook.getActiveCell().load("address, rowIndex, columnIndex");
  cell.formulas = [[text.startsWith("=") ? text : `=${text}`]];
  await context.sync();
  return targetOf(cell);
}
