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
 */
import { readKpiTable, type ColumnMap, type ReadOptions } from "../../engine";
import type { ColumnOverrides, EvaluateRequest } from "../port";
import { parseAddress, type SheetRect } from "../address";
import type { IsSetSupported } from "./apiSets";
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
  await context.sync();

  const parsed = parseAddress(kpiRange.address);
  const rect: SheetRect = {
    sheet: parsed?.sheet ?? request.kpiTable.sheet,
    row: kpiRange.rowIndex,
    column: kpiRange.columnIndex,
    rowCount: kpiRange.rowCount,
    columnCount: kpiRange.columnCount,
  };
  const head = readKpiTable(probe.values, { columns: readColumnsOption(request.columns), numberFormats: probe.numberFormat });
  const numeric = formatColumns(head.columns);
  const formatShare = rect.columnCount > 0 ? numeric.length / rect.columnCount : 0;
  const cellBytes = bytesPerCell(probe.values) + formatShare * bytesPerCell(probe.numberFormat);
  const textColumns = [head.columns.objective, head.columns.department].filter((c): c is number => c !== undefined);
  // Queued now, sent with the first sync of readCells: no extra round trip.
  const merged = queueMergedAreas(context, rect, textColumns, isSetSupported);
  const [kpi] = await readCells(context, [{ rect, formatColumns: numeric, cellBytes }]);
  const areas = merged();
  return {
    kpi: kpi as CellBlock,
    ...(strategy && !strategy.isNullObject ? { strategy: strategy.values } : {}),
    ...(areas ? { merged: areas } : {}),
  };
}
