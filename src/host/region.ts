/**
 * The current region (`Range.getSurroundingRegion()`, Excel's Ctrl+Shift+* / VBA `CurrentRegion`):
 * "a range bounded by any combination of blank rows and blank columns relative to this range",
 * grown from the range's top-left cell. Source: @types/office-js Range.getSurroundingRegion
 * (ExcelApi 1.7) and https://learn.microsoft.com/dotnet/api/microsoft.office.interop.excel.range.currentregion
 * - A cell counts as non-blank when it holds a value or a formula (a formula that shows "" too).
 * - Diagonal neighbours join the region (the border rows and columns scanned include the corners).
 * - Merged areas that overlap the region are taken in whole.
 * - A blank cell with no non-blank neighbour is its own region.
 */
import type { Rect } from "./address";
import { MAX_COLUMNS, MAX_ROWS, rectsOverlap } from "./address";
import type { HostRuntime } from "./proxy";
import type { SheetModel } from "./workbookModel";

/**
 * The region around a cell.
 * @param runtime - the host runtime
 * @param sheet - the sheet
 * @param row - the start cell's row (0-based)
 * @param column - the start cell's column (0-based)
 * @returns the region's rectangle
 */
export function surroundingRegion(runtime: HostRuntime, sheet: SheetModel, row: number, column: number): Rect {
  const filled = (r: number, c: number): boolean => runtime.engine.hasContent(sheet.hfId, r, c);
  const rowHas = (r: number, c0: number, c1: number): boolean => {
    if (r < 0 || r >= MAX_ROWS) return false;
    for (let c = Math.max(0, c0); c <= Math.min(MAX_COLUMNS - 1, c1); c++) if (filled(r, c)) return true;
    return false;
  };
  const columnHas = (c: number, r0: number, r1: number): boolean => {
    if (c < 0 || c >= MAX_COLUMNS) return false;
    for (let r = Math.max(0, r0); r <= Math.min(MAX_ROWS - 1, r1); r++) if (filled(r, c)) return true;
    return false;
  };
  const rect: Rect = { r0: row, c0: column, r1: row, c1: column };
  let changed = true;
  while (changed) {
    changed = false;
    while (rowHas(rect.r1 + 1, rect.c0 - 1, rect.c1 + 1)) {
      rect.r1++;
      changed = true;
    }
    while (rowHas(rect.r0 - 1, rect.c0 - 1, rect.c1 + 1)) {
      rect.r0--;
      changed = true;
    }
    while (columnHas(rect.c1 + 1, rect.r0 - 1, rect.r1 + 1)) {
      rect.c1++;
      changed = true;
    }
    while (columnHas(rect.c0 - 1, rect.r0 - 1, rect.r1 + 1)) {
      rect.c0--;
      changed = true;
    }
    for (const m of sheet.merges) {
      if (!rectsOverlap(m, rect)) continue;
      const grown = { r0: Math.min(rect.r0, m.r0), c0: Math.min(rect.c0, m.c0), r1: Math.max(rect.r1, m.r1), c1: Math.max(rect.c1, m.c1) };
      if (grown.r0 !== rect.r0 || grown.c0 !== rect.c0 || grown.r1 !== rect.r1 || grown.c1 !== rect.c1) {
        Object.assign(rect, grown);
        changed = true;
      }
    }
  }
  return rect;
}
