/**
 * Tells the pane when the KPI table (or its strategy table) changes after an evaluation, so that it
 * can say the figures are stale and offer Refresh (issue 14 §1). One `Worksheet.onChanged` handler
 * (ExcelApi 1.7) per source sheet, registered once and kept for the pane's life: event handlers live
 * until the add-in closes, and removing one needs the request context it was added in
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events). A new watch replaces
 * what the handlers report on; a change outside the watched ranges (and the row below / column to the
 * right of each, where a plain range grows) is ignored.
 */
import type { TableRef } from "../port";
import { parseAddress, type SheetRect } from "../address";
import type { ApiSet, IsSetSupported } from "./apiSets";
import { supports } from "./apiSets";
import { rangeOfRef } from "./rangeOfRef";

/** `Worksheet.onChanged`: "[Api set: ExcelApi 1.7]" in @types/office-js. */
export const SHEET_CHANGED_EVENT: ApiSet = { name: "ExcelApi", version: "1.7" };

interface Watched {
  readonly sheetId: string;
  readonly rect: SheetRect;
}

/**
 * Whether a changed address (as WorksheetChangedEventArgs gives it: local, maybe several areas)
 * touches a range or the row just below / column just to its right.
 * @param address the changed area, e.g. "B10" or "A1:B2, D4"
 * @param rect the watched range (0-based)
 * @example touches("B10", { sheet: "S", row: 2, column: 0, rowCount: 7, columnCount: 12 }) // true: A3:L9, and row 10 is just below it
 */
export function touches(address: string, rect: SheetRect): boolean {
  return address.split(",").some((part) => {
    const a = parseAddress(part.trim());
    if (!a) return true; // an address we cannot read: better a stale notice too many than one too few
    return a.row <= rect.row + rect.rowCount && a.row + a.rowCount > rect.row && a.column <= rect.column + rect.columnCount && a.column + a.columnCount > rect.column;
  });
}

/** The port's `watch`: see WorkbookPort.watch. */
export function createSourceWatch(
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>,
  isSetSupported: IsSetSupported,
): (tables: readonly TableRef[], onChange: () => void) => Promise<boolean> {
  const handled = new Set<string>();
  let watched: readonly Watched[] = [];
  let notify: () => void = () => undefined;
  return async (tables, onChange) => {
    if (!supports(isSetSupported, SHEET_CHANGED_EVENT)) return false;
    return run(async (context) => {
      const reads = tables.map((ref) => {
        const range = rangeOfRef(context, ref).load("rowIndex, columnIndex, rowCount, columnCount");
        const sheet = range.worksheet.load("id, name");
        return { range, sheet };
      });
      await context.sync();
      watched = reads.map(({ range, sheet }) => ({
        sheetId: sheet.id,
        rect: { sheet: sheet.name, row: range.rowIndex, column: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount },
      }));
      notify = onChange;
      const fresh = reads.filter(({ sheet }, i) => !handled.has(sheet.id) && reads.findIndex((r) => r.sheet.id === sheet.id) === i);
      for (const { sheet } of fresh) {
        sheet.onChanged.add((args) => {
          if (watched.some((w) => w.sheetId === args.worksheetId && touches(args.address, w.rect))) notify();
          return Promise.resolve();
        });
      }
      if (fresh.length > 0) {
        await context.sync();
        for (const { sheet } of fresh) handled.add(sheet.id);
      }
      return true;
    });
  };
}
