/**
 * Reads the selection as a KPI table, in two syncs: (1) the selection's address, the region around
 * its top-left cell (where supported) and its sheet's used range; (2) the values of the block: the
 * region when a single cell is selected (else the used range), or the selection cut to the used range
 * (a whole-column selection then reads only the rows in use). A single cell with nothing around it
 * is refused with EMPTY_SELECTION (what to select), where the region can be asked for.
 */
import type { DetectedTable } from "../port";
import { workbookError } from "../errors";
import { intersectRects, localAddress, parseAddress } from "../address";
import { supports, SURROUNDING_REGION, type IsSetSupported } from "./apiSets";
import { DETECT_CELLS } from "./detectTables";
import { HEADER_PROBE_ROWS } from "./readEvaluationInput";
import { readRegion } from "./readRegion";
import { topRows } from "./rangeOfRef";

/**
 * The selection (or the block around a selected cell) as a KPI table.
 * @param context the request context of the current `Excel.run`
 * @param isSetSupported the requirement-set check (gates getSurroundingRegion)
 * @returns the detected table; throws WorkbookError NO_KPI_TABLE when the block is not a KPI table
 */
export async function readSelection(context: Excel.RequestContext, isSetSupported: IsSetSupported): Promise<DetectedTable> {
  const selected = context.workbook.getSelectedRange().load("address, rowCount, columnCount");
  const used = selected.worksheet.getUsedRangeOrNullObject(true).load("address");
  const region = supports(isSetSupported, SURROUNDING_REGION) ? selected.getSurroundingRegion().load("address") : undefined;
  await context.sync();

  const selection = parseAddress(selected.address);
  const usedRect = used.isNullObject ? undefined : parseAddress(used.address);
  if (!selection || !usedRect) throw workbookError("NO_KPI_TABLE");
  const single = selection.rowCount === 1 && selection.columnCount === 1;
  const regionRect = region ? parseAddress(region.address) : undefined;
  // A lone cell outside any block (its region is itself) says nothing about which table is meant:
  // ask for a cell inside the table rather than guess the whole used range (issue 14 §2).
  if (single && regionRect && regionRect.rowCount * regionRect.columnCount <= 1) throw workbookError("EMPTY_SELECTION");
  const block = single ? (regionRect ?? usedRect) : intersectRects(selection, usedRect);
  if (!block) throw workbookError("NO_KPI_TABLE");

  const range = context.workbook.worksheets.getItem(block.sheet).getRange(localAddress(block)).load("address");
  const whole = block.rowCount * block.columnCount <= DETECT_CELLS;
  const values = (whole ? range : topRows(range, HEADER_PROBE_ROWS)).load("values");
  await context.sync();
  const found = readRegion({
    ref: (address) => ({ kind: "range", name: address, sheet: block.sheet, address }),
    range,
    values,
    ...(whole ? {} : { totalRows: block.rowCount }),
  });
  if (!found.kpi) throw workbookError("NO_KPI_TABLE");
  return found.kpi;
}
