/**
 * The Excel range behind a TableRef: a table's whole range (header row included), a range by sheet
 * and address, or a named range. A deleted table, sheet or name fails at the next sync with
 * ItemNotFound, which errors.ts turns into TABLE_NOT_FOUND.
 */
import type { TableRef } from "../port";
import { localAddress, parseAddress } from "../address";

/**
 * Queues nothing: returns the proxy of the range a reference points to.
 * @param context the request context of the current `Excel.run`
 * @param ref where the table lives
 * @returns the range proxy (load what you need, then sync)
 */
export function rangeOfRef(context: Excel.RequestContext, ref: TableRef): Excel.Range {
  if (ref.kind === "table") return context.workbook.tables.getItem(ref.name).getRange();
  if (ref.kind === "name") return context.workbook.names.getItem(ref.name).getRange();
  const rect = parseAddress(ref.address);
  const local = rect ? localAddress(rect) : ref.address;
  return context.workbook.worksheets.getItem(rect && rect.sheet !== "" ? rect.sheet : ref.sheet).getRange(local);
}

/**
 * The top `rows` rows of a range (fewer when the range is shorter), without knowing its size yet.
 * Uses only ExcelApi ≤ 1.4 members: the entire rows of the first `rows` rows, intersected with the range.
 * Limitation: a range starting in the last `rows` rows of the sheet (row 1,048,527 or below) makes
 * getResizedRange fail with InvalidArgument; no real KPI table starts there.
 * @param range any range proxy
 * @param rows how many rows at most
 * @returns a range proxy (a null object only when the range has no cells)
 */
export function topRows(range: Excel.Range, rows: number): Excel.Range {
  return range.getIntersectionOrNullObject(range.getCell(0, 0).getResizedRange(Math.max(0, rows - 1), 0).getEntireRow());
}
