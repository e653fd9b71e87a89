/**
 * `host.snapshot()`: the whole workbook as plain JSON with a stable order, so two snapshots can be
 * compared with `toEqual`. Model ids are left out (a rebuilt sheet gets a new id in Excel too).
 */
import { MAX_COLUMNS, columnLetters, formatRect } from "./address";
import { conditionalFormatAddress } from "./conditionalFormat";
import { chartBox } from "./chart";
import type { CellValue } from "./hyperformulaBridge";
import { addressOf, liveSheets } from "./lookup";
import { outlineSnapshot, type OutlineSnapshot } from "./outline";
import { pageLayoutSnapshot, type PageLayoutSnapshot } from "./pageLayout";
import type { HostRuntime } from "./proxy";
import type { CellFormat, ChartSeriesModel, SheetModel } from "./workbookModel";

export interface CellSnapshot {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
  format?: CellFormat;
}

export interface TableSnapshot {
  name: string;
  address: string;
  style: string;
  showHeaders: boolean;
  showTotals: boolean;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  columns: string[];
}

export interface ChartSnapshot {
  name: string;
  chartType: string;
  source: string;
  seriesBy: string;
  position: { top: number; left: number; width: number; height: number };
  /** The cells under the chart's corners: from its top-left to its bottom-right (inclusive). */
  anchor: { from: string; to: string };
  title: Record<string, unknown>;
  legend: Record<string, unknown>;
  axes: Record<string, unknown>;
  dataLabels: Record<string, unknown>;
  series: ChartSeriesSnapshot[];
}

export interface ChartSeriesSnapshot {
  name: string;
  values: string | null;
  xValues: string | null;
  chartType: string | null;
  axisGroup: string;
  hasDataLabels: boolean;
  format: Record<string, unknown>;
  /** Points with their own fill colour, by 0-based index; present only when some point has one. */
  points?: Array<{ index: number; fill: string }>;
  /** Gap between bar groups (% of a bar) and overlap of a group's bars (−100…100); present once set. */
  gapWidth?: number;
  overlap?: number;
}

export interface ConditionalFormatSnapshot {
  type: string;
  address: string;
  priority: number;
  stopIfTrue: boolean;
  settings: Record<string, unknown>;
}

export interface SheetSnapshot {
  name: string;
  position: number;
  visibility: string;
  protected: boolean;
  tabColor: string;
  showGridlines: boolean;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: Record<string, number>;
  rowHeights: Record<string, number>;
  columnFormats: Record<string, CellFormat>;
  rowFormats: Record<string, CellFormat>;
  cells: Record<string, CellSnapshot>;
  tables: TableSnapshot[];
  charts: ChartSnapshot[];
  conditionalFormats: ConditionalFormatSnapshot[];
  customProperties: Record<string, string>;
  /** Merged areas ("A1:C1"), sorted; present only when the sheet has some. */
  merges?: string[];
  /** Outline levels and hidden rows / columns (outline.ts); present only when the sheet has some. */
  outline?: OutlineSnapshot;
  /** Print settings (pageLayout.ts); present only once some were set. */
  pageLayout?: PageLayoutSnapshot;
}

export interface WorkbookSnapshot {
  activeSheet: string | null;
  selection: string | null;
  sheets: SheetSnapshot[];
  names: Array<{ name: string; formula: string; comment: string; visible: boolean }>;
  settings: Record<string, unknown>;
  customProperties: Record<string, unknown>;
}

/** `{ [key]: value }`, or nothing when the value is undefined. */
const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

const copy = <V>(v: V): V => JSON.parse(JSON.stringify(v)) as V;

function sortedRecord<V>(entries: Array<[string, V]>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const [k, v] of [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) out[k] = v;
  return out;
}

function cellsOf(runtime: HostRuntime, sheet: SheetModel): Record<string, CellSnapshot> {
  const keys = new Set<number>(sheet.cellFormats.keys());
  const used = runtime.engine.usedRect(sheet.hfId);
  const values = used ? runtime.engine.values(sheet.hfId, used) : [];
  const formulas = used ? runtime.engine.formulas(sheet.hfId, used) : [];
  if (used) {
    values.forEach((row, i) => row.forEach((v, j) => {
      if (v !== "") keys.add((used.r0 + i) * MAX_COLUMNS + used.c0 + j);
    }));
  }
  const out: Record<string, CellSnapshot> = {};
  for (const key of [...keys].sort((a, b) => a - b)) {
    const r = Math.floor(key / MAX_COLUMNS);
    const c = key % MAX_COLUMNS;
    const inUsed = used && r >= used.r0 && r <= used.r1 && c >= used.c0 && c <= used.c1;
    const value = inUsed ? (values[r - used.r0]?.[c - used.c0] ?? "") : "";
    const formula = inUsed ? formulas[r - used.r0]?.[c - used.c0] : undefined;
    const own = { ...(sheet.cellFormats.get(key) ?? {}) };
    const numberFormat = own.numberFormat;
    delete own.numberFormat;
    const cell: CellSnapshot = { value };
    if (typeof formula === "string" && formula.startsWith("=") && runtime.engine.hasFormula(sheet.hfId, r, c)) cell.formula = formula;
    if (numberFormat !== undefined) cell.numberFormat = String(numberFormat);
    if (Object.keys(own).length > 0) cell.format = sortedRecord(Object.entries(own));
    out[`${columnLetters(c)}${r + 1}`] = cell;
  }
  return out;
}

function seriesSnapshot(series: ChartSeriesModel): ChartSeriesSnapshot {
  const { points, ...rest } = series;
  const filled: Array<{ index: number; fill: string }> = [];
  for (const [index, format] of Object.entries(points ?? {})) {
    const fill = format.fill as { color?: unknown } | undefined;
    if (typeof fill?.color === "string") filled.push({ index: Number(index), fill: fill.color });
  }
  filled.sort((a, b) => a.index - b.index);
  return { ...copy(rest), ...(filled.length > 0 ? { points: filled } : {}) };
}

function sheetSnapshot(runtime: HostRuntime, sheet: SheetModel, position: number): SheetSnapshot {
  const tables = runtime.model.tables
    .filter((t) => t.sheet === sheet && !t.deleted)
    .map((t) => ({
      name: t.name,
      address: addressOf({ sheet, rect: t.rect }),
      style: t.style,
      showHeaders: t.showHeaders,
      showTotals: t.showTotals,
      showBandedRows: t.showBandedRows,
      showBandedColumns: t.showBandedColumns,
      showFilterButton: t.showFilterButton,
      columns: (runtime.engine.values(sheet.hfId, { ...t.rect, r1: t.rect.r0 })[0] ?? []).map(String),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const charts = sheet.charts.map((ch) => {
    const box = chartBox(ch);
    const round = (n: number): number => Math.round(n * 100) / 100;
    const from = { row: Math.floor(ch.anchor.r0), column: Math.floor(ch.anchor.c0) };
    const to = { row: Math.max(from.row, Math.ceil(ch.anchor.r1) - 1), column: Math.max(from.column, Math.ceil(ch.anchor.c1) - 1) };
    return {
      name: ch.name,
      chartType: ch.chartType,
      source: ch.source,
      seriesBy: ch.seriesBy,
      position: { top: round(box.top), left: round(box.left), width: round(box.width), height: round(box.height) },
      anchor: {
        from: formatRect({ r0: from.row, r1: from.row, c0: from.column, c1: from.column }),
        to: formatRect({ r0: to.row, r1: to.row, c0: to.column, c1: to.column }),
      },
      title: copy(ch.title),
      legend: copy(ch.legend),
      axes: copy(ch.axes),
      dataLabels: copy(ch.dataLabels),
      series: ch.series.map(seriesSnapshot),
    };
  });
  return {
    name: sheet.name,
    position,
    visibility: sheet.visibility,
    protected: sheet.protection.protected,
    tabColor: sheet.tabColor,
    showGridlines: sheet.showGridlines,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    columnWidths: sortedRecord([...sheet.columnWidths].sort((a, b) => a[0] - b[0]).map(([c, w]) => [columnLetters(c), w])),
    rowHeights: sortedRecord([...sheet.rowHeights].map(([r, h]) => [String(r + 1), h])),
    columnFormats: sortedRecord([...sheet.columnFormats].map(([c, f]) => [columnLetters(c), { ...f }])),
    rowFormats: sortedRecord([...sheet.rowFormats].map(([r, f]) => [String(r + 1), { ...f }])),
    cells: cellsOf(runtime, sheet),
    tables,
    charts,
    conditionalFormats: sheet.conditionalFormats.map((cf, priority) => ({
      type: cf.type,
      address: conditionalFormatAddress(cf),
      priority,
      stopIfTrue: cf.stopIfTrue,
      settings: copy(cf.props),
    })),
    customProperties: sortedRecord([...sheet.customProperties.values()].map((p) => [p.key, p.value])),
    ...(sheet.merges.length > 0 ? { merges: [...sheet.merges].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0).map((m) => formatRect(m)) } : {}),
    ...optional("outline", outlineSnapshot(sheet)),
    ...optional("pageLayout", pageLayoutSnapshot(sheet)),
  };
}

/**
 * Takes a snapshot of the whole workbook.
 * @param runtime - the host runtime
 * @returns plain JSON, stable for identical workbooks
 */
export function takeSnapshot(runtime: HostRuntime): WorkbookSnapshot {
  const model = runtime.model;
  runtime.engine.resume();
  return {
    activeSheet: model.activeSheet?.name ?? null,
    selection: model.selection ? addressOf(model.selection) : null,
    sheets: liveSheets(model).map((s, i) => sheetSnapshot(runtime, s, i)),
    names: [...model.names].map((n) => ({ ...n })).sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1)),
    settings: sortedRecord([...model.settings.values()].map((s) => [s.key, copy(s.value)])),
    customProperties: sortedRecord([...model.customProperties.values()].map((p) => [p.key, copy(p.value)])),
  };
}
