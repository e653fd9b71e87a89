/**
 * The plain data model behind the host: sheets, formats, tables, charts, conditional formats,
 * names and settings. Cell contents live in HyperFormula (see hyperformulaBridge.ts); everything
 * else lives here. Nothing in this file knows about proxies or syncs.
 */
import type { Rect } from "./address";

/** A format property value. */
export type FormatValue = string | number | boolean;

/** Format properties of one cell, flat: "fill.color", "font.bold", "numberFormat", … */
export type CellFormat = Record<string, FormatValue>;

/** Format defaults, as Excel reports them for an unformatted cell. */
export const FORMAT_DEFAULTS: Readonly<CellFormat> = {
  numberFormat: "General",
  "fill.color": "#FFFFFF",
  "font.bold": false,
  "font.italic": false,
  "font.color": "#000000",
  "font.size": 11,
  "font.name": "Calibri",
  "font.underline": "None",
  wrapText: false,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
};

/** Default column width and row height in points (8.43 characters ≈ 64 px ≈ 48 pt; 20 px = 15 pt). */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export interface TableModel {
  id: string;
  name: string;
  sheet: SheetModel;
  rect: Rect;
  style: string;
  showHeaders: boolean;
  showTotals: boolean;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  highlightFirstColumn: boolean;
  highlightLastColumn: boolean;
  deleted: boolean;
}

export interface ChartSeriesModel {
  name: string;
  /** Address of the values (sheet-qualified) or null when set from an array. */
  values: string | null;
  xValues: string | null;
  /** Per-series chart type for combo charts (null: the chart's type). */
  chartType: string | null;
  axisGroup: "Primary" | "Secondary";
  hasDataLabels: boolean;
  /** Series format (fill, line) as a plain record. */
  format: Record<string, unknown>;
  /** Formats of single points (`{ fill: { color } }`) by point index; absent until a point is formatted. */
  points?: Record<string, Record<string, unknown>>;
  /** Bar / column group settings (ExcelApi 1.7 / 1.8), the same on every series of the chart; absent until set. */
  gapWidth?: number;
  overlap?: number;
}

export interface ChartModel {
  id: string;
  name: string;
  sheet: SheetModel;
  chartType: string;
  source: string;
  seriesBy: string;
  /**
   * Where the chart sits, in fractional cell positions (row/column index plus the fraction of that
   * cell): Excel's default "move and size with cells" placement, so resizing columns moves it.
   * r1/c1 are the bottom-right edge.
   */
  anchor: { r0: number; c0: number; r1: number; c1: number };
  title: Record<string, unknown>;
  legend: Record<string, unknown>;
  axes: Record<string, unknown>;
  dataLabels: Record<string, unknown>;
  series: ChartSeriesModel[];
  deleted: boolean;
}

export interface ConditionalFormatModel {
  id: string;
  type: string;
  sheet: SheetModel;
  rect: Rect;
  stopIfTrue: boolean;
  /** Type-specific settings (iconSet, colorScale, cellValue, …) as plain nested records. */
  props: Record<string, unknown>;
  deleted: boolean;
}

export interface ProtectionModel {
  protected: boolean;
  password: string | null;
  options: Record<string, unknown>;
}

export interface SheetModel {
  id: string;
  name: string;
  /** HyperFormula's id for this sheet. */
  hfId: number;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  tabColor: string;
  showGridlines: boolean;
  protection: ProtectionModel;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  /** Formats keyed by cell (row * MAX_COLUMNS + column). */
  cellFormats: Map<number, CellFormat>;
  columnFormats: Map<number, CellFormat>;
  rowFormats: Map<number, CellFormat>;
  charts: ChartModel[];
  conditionalFormats: ConditionalFormatModel[];
  customProperties: Map<string, { key: string; value: string }>;
  /** Merged areas (each at least two cells, none overlapping), in the order they were merged. */
  merges: Rect[];
  deleted: boolean;
}

export interface NamedItemModel {
  name: string;
  /** Formula text, e.g. "=Sheet1!$A$1:$B$3". */
  formula: string;
  comment: string;
  visible: boolean;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  tables: TableModel[];
  names: NamedItemModel[];
  settings: Map<string, { key: string; value: unknown }>;
  customProperties: Map<string, { key: string; value: unknown }>;
  activeSheet: SheetModel | null;
  selection: { sheet: SheetModel; rect: Rect } | null;
  nextId: number;
}

/** Creates an empty workbook model (sheets are added through the host so HyperFormula knows them). */
export function createWorkbookModel(): WorkbookModel {
  return {
    sheets: [],
    tables: [],
    names: [],
    settings: new Map(),
    customProperties: new Map(),
    activeSheet: null,
    selection: null,
    nextId: 1,
  };
}

/** Creates a sheet record (not yet in the workbook). */
export function createSheetModel(id: string, name: string, hfId: number): SheetModel {
  return {
    id,
    name,
    hfId,
    visibility: "Visible",
    tabColor: "",
    showGridlines: true,
    protection: { protected: false, password: null, options: {} },
    frozenRows: 0,
    frozenColumns: 0,
    columnWidths: new Map(),
    rowHeights: new Map(),
    cellFormats: new Map(),
    columnFormats: new Map(),
    rowFormats: new Map(),
    charts: [],
    conditionalFormats: [],
    customProperties: new Map(),
    merges: [],
    deleted: false,
  };
}

/** A fresh id in Excel's braces style, deterministic per workbook so snapshots are stable. */
export function nextModelId(model: WorkbookModel): string {
  const n = model.nextId++;
  return `{${String(n).padStart(8, "0")}-0000-0000-0000-000000000000}`;
}
