/**
 * Writes the sample into a new sheet in two syncs: (1) the existing sheet and table names, to pick
 * free ones; (2) the sheet, a title, the KPI table and, beside it after one blank column, the
 * strategy table — each an Excel table — with number formats, then selects the first KPI.
 */
import type { Lang } from "../../engine";
import type { TableRef } from "../port";
import { formatAddress, type SheetRect } from "../address";
import { sampleGrid } from "./sampleGrid";

/** Row (0-based) of the KPI table's header: a title row and a blank row sit above it. */
export const SAMPLE_TABLE_ROW = 2;

/**
 * The first name not taken (compared case-insensitively, as Excel does).
 * @param wanted the preferred name
 * @param taken names already used
 * @param suffix how the n-th alternative is formed
 * @returns `wanted`, or `wanted` with the first free suffix
 * @example freeName("KPI Sample", ["kpi sample"], (n) => ` (${n})`) // "KPI Sample (2)"
 */
export function freeName(wanted: string, taken: readonly string[], suffix: (n: number) => string): string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!used.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const name = `${wanted}${suffix(n)}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

function tableRef(name: string, rect: SheetRect): TableRef {
  return { kind: "table", name, sheet: rect.sheet, address: formatAddress(rect) };
}

/**
 * Inserts the sample sheet.
 * @param context the request context of the current `Excel.run`
 * @param lang language of the headers and texts
 * @returns references to the two tables written
 */
export async function insertSample(context: Excel.RequestContext, lang: Lang): Promise<{ kpiTable: TableRef; strategyTable: TableRef }> {
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  await context.sync();

  const grid = sampleGrid(lang);
  const sheetName = freeName(grid.sheet, sheets.items.map((s) => s.name), (n) => ` (${n})`);
  const tableNames = tables.items.map((t) => t.name);
  const kpiName = freeName("KpiSample", tableNames, (n) => String(n));
  const strategyName = freeName("StrategySample", tableNames, (n) => String(n));
  const kpiWidth = grid.kpi.values[0]?.length ?? 1;
  const kpiRect: SheetRect = { sheet: sheetName, row: SAMPLE_TABLE_ROW, column: 0, rowCount: grid.kpi.values.length, columnCount: kpiWidth };
  const strategyRect: SheetRect = {
    sheet: sheetName,
    row: SAMPLE_TABLE_ROW,
    column: kpiWidth + 1,
    rowCount: grid.strategy.values.length,
    columnCount: grid.strategy.values[0]?.length ?? 1,
  };

  const sheet = context.workbook.worksheets.add(sheetName);
  const title = sheet.getRange("A1");
  title.values = [[grid.title]];
  title.format.font.bold = true;
  title.format.font.size = 14;
  for (const [rect, block, name] of [
    [kpiRect, grid.kpi, kpiName],
    [strategyRect, grid.strategy, strategyName],
  ] as const) {
    const range = sheet.getRangeByIndexes(rect.row, rect.column, rect.rowCount, rect.columnCount);
    range.numberFormat = block.numberFormats;
    range.values = block.values;
    const table = sheet.tables.add(range, true);
    table.name = name;
    table.style = "TableStyleMedium2";
    range.format.autofitColumns();
  }
  sheet.activate();
  sheet.getRangeByIndexes(SAMPLE_TABLE_ROW + 1, 0, 1, 1).select();
  await context.sync();
  return { kpiTable: tableRef(kpiName, kpiRect), strategyTable: tableRef(strategyName, strategyRect) };
}
