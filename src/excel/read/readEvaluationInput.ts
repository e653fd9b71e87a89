/**
 * Reads what an evaluation needs — the KPI table's values and number formats, and the strategy
 * table's values — in two syncs at any table size that fits Excel's response limit:
 * 1. the KPI range's position and size, its top rows (values and formats: to find the header and
 *    the numeric columns, and to measure bytes per cell), and the strategy table's top rows;
 * 2. the whole KPI range in row blocks, with number formats only for the numeric columns (baseline,
 *    target, actual, history: the only ones `readKpiTable` reads formats for), which keeps the response
 *    small; and, where ExcelApi 1.13 is supported, the merged areas of the objective and department
 *    columns (mergedAreas.ts), in that same sync. A table larger than the budget takes one more sync
 *    per ~4 MB (see readCells.ts).
 * A plain-range source (not an Excel table, which grows by itself) is re-detected in sync 1: where
 * ExcelApi 1.7 is supported, the surrounding region of its last row's first cell is loaded with it
 * (the block the KPI rows sit in, whatever title rows lie above), and rows
 * or columns typed just below or to the right of the range join it (issue 13 §4). Its top-left cell
 * never moves and it never shrinks. Only when columns were added is the header probed again (one more
 * sync); the caller reports the change.
 */
import { readKpiTable, type ColumnMap, type ReadOptions } from "../../engine";
import type { ColumnOverrides, EvaluateRequest } from "../port";
import { formatAddress, localAddress, parseAddress, type SheetRect } from "../address";
import { supports, SURROUNDING_REGION, type IsSetSupported } from "./apiSets";
import { queueMergedAreas, type MergedArea } from "./mergedAreas";
import { bytesPerCell } from "./payload";
import { rangeOfRef, topRows } from "./rangeOfRef";
import { readCells, type CellBlock } from "./readCells";

/** Rows searched for the header (readKpiTable looks at the first 50). */
export const HEADER_PROBE_ROWS = 50;
/** Rows of a strategy table read (objectives are a handful; a longer range is cut here). */
export const STRATEGY_ROWS = 500;

/** The cells an evaluation reads. */
export interface EvaluationInput {
  /** The KPI range: absolute position, values and number formats (null where not read). */
  readonly kpi: CellBlock;
  /** The strategy table's values, when the request names one. */
  readonly strategy?: unknown[][];
  /** Merged areas of the objective / department columns, 0-based in the KPI range (when ExcelApi 1.13 is supported). */
  readonly merged?: readonly MergedArea[];
  /** Set when a plain range grew: its address when asked for, and the address read. */
  readonly grown?: { readonly from: string; readonly to: string };
}

/**
 * The range after growth: the region's cells below and to the right of `range` join it; its top-left
 * corner stays, and it never shrinks (a region that stops short of the range changes nothing).
 * @param range the range as asked for
 * @param region the surrounding region of a cell in its last row
 * @returns the grown range, or `range` itself when nothing was added
 * @example grownRect({ sheet: "S", row: 2, column: 0, rowCount: 5, columnCount: 12 }, { sheet: "S", row: 0, column: 0, rowCount: 8, columnCount: 12 }) // rowCount 6
 */
export function grownRect(range: SheetRect, region: SheetRect): SheetRect {
  const rowCount = Math.max(range.rowCount, region.row + region.rowCount - range.row);
  const columnCount = Math.max(range.columnCount, region.column + region.columnCount - range.column);
  return rowCount === range.rowCount && columnCount === range.columnCount ? range : { ...range, rowCount, columnCount };
}

/** Columns whose number formats matter (percent detection in readKpiTable). */
export function formatColumns(columns: ColumnMap): number[] {
  const list = [columns.baseline, columns.target, columns.actual, ...columns.history];
  return list.filter((c): c is number => typeof c === "number");
}

/** readKpiTable's `columns` option from the pane's overrides (both 0-based inside the range). */
export function readColumnsOption(overrides: ColumnOverrides | undefined): ReadOptions["columns"] {
  if (!overrides) return undefined;
  const out: Record<string, number | number[]> = {};
  for (const [role, value] of Object.entries(overrides) as [string, unknown][]) {
    if (role === "history" && Array.isArray(value)) out.history = value.filter((c): c is number => typeof c === "number");
    else if (typeof value === "number") out[role] = value;
  }
  return out;
}

/**
 * Reads the KPI and strategy tables of a request.
 * @param context the request context of the current `Excel.run`
 * @param request the pane's evaluate request
 * @param isSetSupported the requirement-set check (gates the merged areas; default: none supported)
 * @returns the cells read; a deleted table fails the first sync with ItemNotFound
 */
export async function readEvaluationInput(
  context: Excel.RequestContext,
  request: EvaluateRequest,
  isSetSupported: IsSetSupported = () => false,
): Promise<EvaluationInput> {
  const kpiRange = rangeOfRef(context, request.kpiTable).load("address, rowIndex, columnIndex, rowCount, columnCount");
  const probe = topRows(kpiRange, HEADER_PROBE_ROWS).load("values, numberFormat");
  const strategy = request.strategy.table ? topRows(rangeOfRef(context, request.strategy.table), STRATEGY_ROWS).load("values") : undefined;
  const region = request.kpiTable.kind === "range" && supports(isSetSupported, SURROUNDING_REGION)
    ? kpiRange.getLastRow().getCell(0, 0).getSurroundingRegion().load("rowIndex, columnIndex, rowCount, columnCount")
    : undefined;
  await context.sync();

  const parsed = parseAddress(kpiRange.address);
  const asked: SheetRect = {
    sheet: parsed?.sheet ?? request.kpiTable.sheet,
    row: kpiRange.rowIndex,
    column: kpiRange.columnIndex,
    rowCount: kpiRange.rowCount,
    columnCount: kpiRange.columnCount,
  };
  const rect = region
    ? grownRect(asked, { sheet: asked.sheet, row: region.rowIndex, column: region.columnIndex, rowCount: region.rowCount, columnCount: region.columnCount })
    : asked;
  let top: { values: unknown[][]; numberFormat: unknown[][] } = probe;
  if (rect.columnCount > asked.columnCount) {
    // New columns: the header row must be read again over the full width (the only extra sync).
    const wider = context.workbook.worksheets
      .getItem(rect.sheet)
      .getRange(localAddress({ ...rect, rowCount: Math.min(rect.rowCount, HEADER_PROBE_ROWS) }))
      .load("values, numberFormat");
    await context.sync();
    top = wider;
  }
  const head = readKpiTable(top.values, { columns: readColumnsOption(request.columns), numberFormats: top.numberFormat });
  const numeric = formatColumns(head.columns);
  const formatShare = rect.columnCount > 0 ? numeric.length / rect.columnCount : 0;
  const cellBytes = bytesPerCell(top.values) + formatShare * bytesPerCell(top.numberFormat);
  const textColumns = [head.columns.objective, head.columns.department].filter((c): c is number => c !== undefined);
  // Queued now, sent with the first sync of readCells: no extra round trip.
  const merged = queueMergedAreas(context, rect, textColumns, isSetSupported);
  const [kpi] = await readCells(context, [{ rect, formatColumns: numeric, cellBytes }]);
  const areas = merged();
  return {
    kpi: kpi as CellBlock,
    ...(strategy && !strategy.isNullObject ? { strategy: strategy.values } : {}),
    ...(areas ? { merged: areas } : {}),
    ...(rect !== asked ? { grown: { from: formatAddress(asked), to: formatAddress(rect) } } : {}),
  };
}
