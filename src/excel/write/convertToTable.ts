/**
 * Turns a plain-range KPI source into an Excel table (issue 13 §4), which then grows by itself as
 * rows are added to it, and which the Scorecard's live links follow by structured reference.
 * Two syncs: (1) the names in use and, where ExcelApi 1.13 is supported, the range's merged areas;
 * (2) `tables.add(address, true)` from the header row down, named, and read back.
 *
 * Refused, with nothing changed:
 * - merged cells: Excel refuses them in a table (Excel.ErrorCodes `MergedRangeConflict`: "A table
 *   can't overlap with another table, … merged cells …"), and unmerging a merged 战略目标 cell would
 *   leave the rows below it blank: the user fills the value down first;
 * - an overlap with another table (same error: CANNOT_CONVERT's message).
 * The cells keep their values and formats; formulas that point at them keep working (a table over
 * cells does not move them).
 */
import type { Bilingual } from "../../engine";
import { formatAddress, localAddress, parseAddress, type SheetRect } from "../address";
import { officeErrorCode, workbookError } from "../errors";
import { WorkbookError, type DetectedTable, type TableRef } from "../port";
import { MERGED_AREAS, supports, type IsSetSupported } from "../read/apiSets";

/** The name a converted table gets: `Kpis`, or `Kpis2` … when taken. */
export const CONVERTED_TABLE_NAME = "Kpis";

const MERGED_TEXT = (where: string): Bilingual => ({
  en: `The range has merged cells (${where}). An Excel table cannot hold merged cells, and unmerging would leave the rows below blank. Unmerge them and fill each value down, then convert again. Nothing was changed.`,
  zh: `该区域包含合并单元格（${where}）。Excel 表格不能包含合并单元格，而取消合并会使下方各行变为空白。请先取消合并并向下填充各值，然后再转换。工作簿未做任何更改。`,
});

const NOT_A_RANGE_TEXT: Bilingual = {
  en: "Only a plain range of cells can be converted; this KPI table is already an Excel table or a named range.",
  zh: "只有普通单元格区域可以转换；此 KPI 表已经是 Excel 表格或命名区域。",
};

/**
 * The rows that become the table: from the header row to the end of the range.
 * @param table a detected plain-range KPI table
 * @returns the rectangle, or undefined when its address does not parse
 */
export function tableRect(table: DetectedTable): SheetRect | undefined {
  const rect = parseAddress(table.ref.address);
  if (!rect) return undefined;
  const skip = Math.max(0, Math.min(table.headerRow, rect.rowCount - 1));
  return { ...rect, sheet: rect.sheet || table.ref.sheet, row: rect.row + skip, rowCount: rect.rowCount - skip };
}

/**
 * Converts the range to a table.
 * @param context the request context of the current `Excel.run`
 * @param table the detected plain-range KPI table (its header row is the table's header row)
 * @param isSetSupported the requirement-set check (merged areas need ExcelApi 1.13)
 * @returns the new table's reference
 */
export async function convertToTable(context: Excel.RequestContext, table: DetectedTable, isSetSupported: IsSetSupported): Promise<TableRef> {
  const rect = table.ref.kind === "range" ? tableRect(table) : undefined;
  if (!rect) throw new WorkbookError("CANNOT_CONVERT", NOT_A_RANGE_TEXT);
  const sheet = context.workbook.worksheets.getItem(rect.sheet);
  const range = sheet.getRange(localAddress(rect));
  const tables = context.workbook.tables.load("items/name");
  const names = context.workbook.names.load("items/name");
  const merged = supports(isSetSupported, MERGED_AREAS) ? range.getMergedAreasOrNullObject().load("address") : undefined;
  await context.sync();

  if (merged && !merged.isNullObject) throw new WorkbookError("CANNOT_CONVERT", MERGED_TEXT(merged.address));
  const taken = new Set([...tables.items, ...names.items].map((item) => item.name.toLowerCase()));
  let name = CONVERTED_TABLE_NAME;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${CONVERTED_TABLE_NAME}${n}`;

  const created = sheet.tables.add(localAddress(rect), true);
  created.name = name;
  const address = created.getRange().load("address");
  try {
    await context.sync();
  } catch (error) {
    if (officeErrorCode(error) === "MergedRangeConflict") throw workbookError("CANNOT_CONVERT", error);
    throw error;
  }
  const at = parseAddress(address.address);
  return { kind: "table", name, sheet: rect.sheet, address: at ? formatAddress({ ...at, sheet: at.sheet || rect.sheet }) : address.address };
}
