/**
 * Sheet geometry in points: where a column or row starts, and which cells a rectangle of points
 * covers. Used for chart positions (setPosition, top/left) and for the snapshot's chart anchors.
 */
import type { SheetModel } from "./workbookModel";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from "./workbookModel";

function offset(sizes: Map<number, number>, index: number, standard: number): number {
  let total = index * standard;
  for (const [i, size] of sizes) if (i < index) total += size - standard;
  return total;
}

/** Left edge of a column, in points. */
export function columnLeft(sheet: SheetModel, column: number): number {
  return offset(sheet.columnWidths, column, DEFAULT_COLUMN_WIDTH);
}

/** Top edge of a row, in points. */
export function rowTop(sheet: SheetModel, row: number): number {
  return offset(sheet.rowHeights, row, DEFAULT_ROW_HEIGHT);
}

function indexAt(sizes: Map<number, number>, standard: number, points: number): number {
  const lastCustom = sizes.size === 0 ? -1 : Math.max(...sizes.keys());
  let edge = 0;
  for (let i = 0; i <= lastCustom; i++) {
    const size = sizes.get(i) ?? standard;
    if (edge + size > points) return i;
    edge += size;
  }
  return lastCustom + 1 + Math.floor(Math.max(0, points - edge) / standard);
}

/** The cell (row, column) containing a point. */
export function cellAt(sheet: SheetModel, top: number, left: number): { row: number; column: number } {
  return {
    row: indexAt(sheet.rowHeights, DEFAULT_ROW_HEIGHT, top),
    column: indexAt(sheet.columnWidths, DEFAULT_COLUMN_WIDTH, left),
  };
}

function sizeAt(sizes: Map<number, number>, standard: number, index: number): number {
  return sizes.get(index) ?? standard;
}

/** A fractional row position (row index + fraction of that row) → points from the top. */
export function rowPosToPoints(sheet: SheetModel, pos: number): number {
  const row = Math.floor(pos);
  return rowTop(sheet, row) + (pos - row) * sizeAt(sheet.rowHeights, DEFAULT_ROW_HEIGHT, row);
}

/** A fractional column position → points from the left. */
export function columnPosToPoints(sheet: SheetModel, pos: number): number {
  const column = Math.floor(pos);
  return columnLeft(sheet, column) + (pos - column) * sizeAt(sheet.columnWidths, DEFAULT_COLUMN_WIDTH, column);
}

/** Points from the top → a fractional row position. */
export function pointsToRowPos(sheet: SheetModel, points: number): number {
  const { row } = cellAt(sheet, points, 0);
  return row + (points - rowTop(sheet, row)) / sizeAt(sheet.rowHeights, DEFAULT_ROW_HEIGHT, row);
}

/** Points from the left → a fractional column position. */
export function pointsToColumnPos(sheet: SheetModel, points: number): number {
  const { column } = cellAt(sheet, 0, points);
  return column + (points - columnLeft(sheet, column)) / sizeAt(sheet.columnWidths, DEFAULT_COLUMN_WIDTH, column);
}
