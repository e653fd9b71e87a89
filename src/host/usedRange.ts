/**
 * The used range of a sheet, as `getUsedRange(valuesOnly)` defines it: cells with values or
 * formulas, plus (unless valuesOnly) cells with their own formatting.
 * Whole-row and whole-column formats do not extend it (Excel does not grow the used range to the
 * sheet's last row for a formatted column).
 */
import type { Rect } from "./address";
import { MAX_COLUMNS } from "./address";
import type { HostRuntime } from "./proxy";
import type { SheetModel } from "./workbookModel";

/**
 * Bounding rectangle of the used cells.
 * @param runtime - the host runtime
 * @param sheet - the sheet
 * @param valuesOnly - true to ignore formatting
 * @returns the rectangle, or null for an unused sheet
 */
export function usedBounds(runtime: HostRuntime, sheet: SheetModel, valuesOnly: boolean): Rect | null {
  const content = runtime.engine.usedRect(sheet.hfId);
  if (valuesOnly || sheet.cellFormats.size === 0) return content;
  let rect = content ? { ...content } : null;
  for (const key of sheet.cellFormats.keys()) {
    const r = Math.floor(key / MAX_COLUMNS);
    const c = key % MAX_COLUMNS;
    if (!rect) rect = { r0: r, r1: r, c0: c, c1: c };
    else {
      rect.r0 = Math.min(rect.r0, r);
      rect.r1 = Math.max(rect.r1, r);
      rect.c0 = Math.min(rect.c0, c);
      rect.c1 = Math.max(rect.c1, c);
    }
  }
  return rect;
}
