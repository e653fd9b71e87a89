/**
 * Charts on the managed sheets (issue 6 §3). Each chart is drawn on the managed sheet from a block of
 * cells on that sheet, placed with `setPosition` over cells to the right of every block (so it never
 * covers data); a refresh deletes the charts it drew last time and draws them again (rebuilt, never
 * duplicated; charts are not referenced by formulas, so nothing of the user's breaks). Series-level changes (a line for the 100% target) need ExcelApi 1.7 (`chartSeries`);
 * colours of single points (the status pie) need ExcelApi 1.1 (`chartPointColours`).
 */
import { cellA1 } from "./a1";
import type { Features } from "./features";
import { rangeA1, type SheetOps } from "./sheetOps";

export interface ChartSpec {
  readonly name: string;
  readonly type: "ColumnClustered" | "BarClustered" | "Line" | "Pie";
  readonly title: string;
  /** Source block on the same sheet (header row included). */
  readonly source: { readonly row: number; readonly column: number; readonly rows: number; readonly columns: number };
  readonly seriesBy: "Columns" | "Rows";
  /** Top-left and bottom-right cells of the chart's place. */
  readonly place: { readonly row: number; readonly column: number; readonly rows: number; readonly columns: number };
  /** Series (0-based) drawn as a line on top of the columns, e.g. the 100% line. */
  readonly lineSeries?: number;
  /** Value-axis number format, e.g. "0%". */
  readonly axisFormat?: string;
  /**
   * A fill colour for each point of the first series, in source order (one per data row when
   * `seriesBy` is "Columns", per data column when "Rows"); skipped when the count does not match.
   */
  readonly pointColours?: readonly string[];
}

/** Rows a chart occupies, and the gap between stacked charts. */
export const CHART_ROWS = 16;
export const CHART_COLUMNS = 8;
export const CHART_GAP = 1;

/**
 * Whether a chart's point colours match its points: the source block minus its header row (series
 * by columns) or header column (series by rows).
 * @param spec the chart
 * @returns true when there are colours and exactly one per point
 * @example pointColoursFit({ ...pie, source: { row: 0, column: 0, rows: 5, columns: 2 }, seriesBy: "Columns", pointColours: ["#63BE7B", "#FFC000", "#F8696B", "#A5A5A5"] }) // true: 5 − 1 = 4 points
 */
export function pointColoursFit(spec: ChartSpec): boolean {
  const points = spec.seriesBy === "Columns" ? spec.source.rows - 1 : spec.source.columns - 1;
  return spec.pointColours !== undefined && spec.pointColours.length > 0 && spec.pointColours.length === points;
}

/**
 * A chart of the sheet, drawn on the managed sheet at every refresh (charts are not referenced by
 * formulas, so they are simply redrawn: see writeEvaluation.ts).
 * @param ops the sheet's operations
 * @param spec what to draw and where
 */
export function addChart(ops: SheetOps, spec: ChartSpec): void {
  if (spec.source.rows < 2 || spec.source.columns < 1) return;
  ops.chart(spec);
}

/**
 * Queues the drawing of a chart on a worksheet.
 * @param ws the managed worksheet
 * @param spec what to draw and where
 * @param features supported APIs: point colours need 1.1, series changes 1.7, axis number formats 1.8
 */
export function drawChart(ws: Excel.Worksheet, spec: ChartSpec, features: Features): void {
  const withSeries = features.has("chartSeries");
  const withAxisFormat = features.has("chartAxisFormat");
  const withPointColours = features.has("chartPointColours") && pointColoursFit(spec);
  const { source, place } = spec;
  {
    const range = ws.getRange(rangeA1(source.row, source.column, source.rows, source.columns));
    const chart = ws.charts.add(spec.type, range, spec.seriesBy);
    chart.name = spec.name;
    chart.title.text = spec.title;
    chart.setPosition(cellA1(place.row, place.column), cellA1(place.row + place.rows - 1, place.column + place.columns - 1));
    if (withAxisFormat && spec.axisFormat !== undefined && spec.type !== "Pie") chart.axes.valueAxis.numberFormat = spec.axisFormat;
    if (withSeries && spec.lineSeries !== undefined) chart.series.getItemAt(spec.lineSeries).chartType = "Line";
    if (withPointColours) {
      const points = chart.series.getItemAt(0).points;
      spec.pointColours?.forEach((colour, i) => points.getItemAt(i).format.fill.setSolidColor(colour));
    }
  }
}
