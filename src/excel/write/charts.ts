/**
 * Charts on the managed sheets (issue 6 §3, issue 14 §4). Each chart is drawn from a block of cells on
 * its sheet and placed with `setPosition` over cells no block of ours uses (chartPlaces.ts); a refresh
 * deletes the charts it drew last time and draws them again (rebuilt, never duplicated; charts are not
 * referenced by formulas, so nothing of the user's breaks).
 *
 * API sets (every one at or below the manifest's minimum, ExcelApi 1.9; gated anyway so an older host
 * still gets a plain chart): axis bounds, data labels, legend, series and point fills are ExcelApi 1.1;
 * deleting a series, gap width, the category order and where its labels sit need 1.7 (`chartSeries`);
 * number formats on the value axis and the labels, where the value axis crosses, and the overlap of
 * bars need 1.8 (`chartAxisFormat`); colours of single points are 1.1 (`chartPointColours`).
 */
import { cellA1 } from "./a1";
import type { Features } from "./features";
import type { Rect } from "./rects";
import { rangeA1, type SheetOps } from "./sheetOps";

export interface ChartSpec {
  readonly name: string;
  readonly type: "ColumnClustered" | "BarClustered" | "Line" | "Pie";
  readonly title: string;
  /** Source block on the same sheet (header row included). */
  readonly source: Rect;
  readonly seriesBy: "Columns" | "Rows";
  /** The cells the chart covers. */
  readonly place: Rect;
  /** Value axis: bounds (bars beyond them are cut at the edge), tick step and number format (e.g. "0%"). */
  readonly valueAxis?: { readonly min?: number; readonly max?: number; readonly majorUnit?: number; readonly format?: string };
  /** Bar charts: the first category at the top (as in the table), with the value axis kept at the bottom. */
  readonly topDown?: boolean;
  /** Category labels at the low end of the value axis, so bars below zero never cover them. */
  readonly labelsLow?: boolean;
  /** The value of every point beside it, in this number format. */
  readonly dataLabels?: { readonly format: string; readonly position: "OutsideEnd" | "InsideEnd" | "Center" | "BestFit" };
  /** Series (0-based, source order) deleted once the chart is made: source columns that are not plotted. */
  readonly dropSeries?: readonly number[];
  /** A fill per series (after `dropSeries`), e.g. green for "better than target". */
  readonly seriesColours?: readonly string[];
  /**
   * A fill colour for each point of the first series, in source order (one per data row when
   * `seriesBy` is "Columns", per data column when "Rows"); skipped when the count does not match.
   */
  readonly pointColours?: readonly string[];
  /** Overlap of a category's bars (100: on top of each other) and the gap between categories (% of a bar). */
  readonly overlap?: number;
  readonly gapWidth?: number;
  readonly legend?: "Top" | "Bottom" | "Right" | "hidden";
}

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
 * @param features supported APIs (see the file's comment)
 */
export function drawChart(ws: Excel.Worksheet, spec: ChartSpec, features: Features): void {
  const v17 = features.has("chartSeries");
  const v18 = features.has("chartAxisFormat");
  const { source, place } = spec;
  const chart = ws.charts.add(spec.type, ws.getRange(rangeA1(source.row, source.column, source.rows, source.columns)), spec.seriesBy);
  chart.name = spec.name;
  chart.title.text = spec.title;
  chart.setPosition(cellA1(place.row, place.column), cellA1(place.row + place.rows - 1, place.column + place.columns - 1));
  if (spec.legend === "hidden") chart.legend.visible = false;
  else if (spec.legend !== undefined) chart.legend.position = spec.legend;
  if (v17) for (const i of [...(spec.dropSeries ?? [])].sort((a, b) => b - a)) chart.series.getItemAt(i).delete();
  if (spec.type !== "Pie") axes(chart, spec, v17, v18);
  if (spec.dataLabels) {
    chart.dataLabels.showValue = true;
    chart.dataLabels.position = spec.dataLabels.position;
    if (v18) chart.dataLabels.numberFormat = spec.dataLabels.format;
  }
  spec.seriesColours?.forEach((colour, i) => chart.series.getItemAt(i).format.fill.setSolidColor(colour));
  const first = chart.series.getItemAt(0);
  if (v17 && spec.gapWidth !== undefined) first.gapWidth = spec.gapWidth;
  if (v18 && spec.overlap !== undefined) first.overlap = spec.overlap;
  if (features.has("chartPointColours") && pointColoursFit(spec)) {
    spec.pointColours?.forEach((colour, i) => first.points.getItemAt(i).format.fill.setSolidColor(colour));
  }
}

function axes(chart: Excel.Chart, spec: ChartSpec, v17: boolean, v18: boolean): void {
  const value = chart.axes.valueAxis;
  const scale = spec.valueAxis;
  if (scale?.min !== undefined) value.minimum = scale.min;
  if (scale?.max !== undefined) value.maximum = scale.max;
  if (scale?.majorUnit !== undefined) value.majorUnit = scale.majorUnit;
  if (v18 && scale?.format !== undefined) value.numberFormat = scale.format;
  const category = chart.axes.categoryAxis;
  if (v17 && spec.topDown) {
    // Excel plots a bar chart's first category at the bottom: reversed, the table's order reads
    // top-down, and the value axis crosses at the last category so it stays at the bottom.
    category.reversePlotOrder = true;
    if (v18) category.position = "Maximum";
  }
  if (v17 && spec.labelsLow) category.tickLabelPosition = "Low";
}
