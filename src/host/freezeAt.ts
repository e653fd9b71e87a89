/**
 * `WorksheetFreezePanes.freezeAt(frozenRange)` (ExcelApi 1.7): "Sets the frozen cells in the active
 * worksheet view. The range provided corresponds to cells that will be frozen in the top- and
 * left-most pane" (learn.microsoft.com/javascript/api/excel/excel.worksheetfreezepanes#excel-excel-worksheetfreezepanes-freezeat-member(1)).
 * The frozen pane is one: rows above and columns left of the range's bottom-right corner, replacing
 * what was frozen before.
 *
 * Stricter than Excel where the docs do not say: only an address string (no Range object), on the
 * sheet itself (no other sheet's name), starting at A1 (whole columns `A:B` freeze columns only,
 * whole rows `1:7` rows only); anything else is refused with InvalidArgument.

 */
import { MAX_COLUMNS, MAX_ROWS, parseAddress } from "./address";
import { hostError } from "./errors";
import type { SheetModel } from "./workbookModel";

/**
 * Freezes the rows and columns of `range` (an A1-anchored address) on `sheet`.
 * @param sheet the worksheet's model
 * @param range e.g. "A1:B7"
 * @throws InvalidArgument for anything but an A1-anchored address on the sheet
 * @example freezeAt(sheet, "A1:B7") // sheet.frozenRows 7, sheet.frozenColumns 2
 */
export function freezeAt(sheet: Pick<SheetModel, "name" | "frozenRows" | "frozenColumns">, range: unknown): void {
  if (typeof range !== "string") throw hostError("InvalidArgument", "freezeAt expects an address string in this host.");
  const parsed = parseAddress(range);
  if (!parsed) throw hostError("InvalidArgument", `Invalid address ${range}.`);
  if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) throw hostError("InvalidArgument", "The range must be on this worksheet.");
  const { r0, c0, r1, c1 } = parsed.rect;
  if (r0 !== 0 || c0 !== 0) throw hostError("InvalidArgument", "The frozen range must start at A1.");
  const wholeColumns = r1 === MAX_ROWS - 1;
  const wholeRows = c1 === MAX_COLUMNS - 1;
  if (wholeColumns && wholeRows) throw hostError("InvalidArgument", "The whole sheet cannot be frozen.");
  sheet.frozenRows = wholeColumns ? 0 : r1 + 1;
  sheet.frozenColumns = wholeRows ? 0 : c1 + 1;
}
