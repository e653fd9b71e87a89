import type { ChartSnapshot, WorkbookSnapshot } from "../host";
import { cellName } from "../taskpane/a1";
import { rangeOf } from "./rangeOf";

/** One series ready to draw. */
export interface ChartSeriesData {
  readonly name: string;
  readonly values: readonly (number | null)[];
  /** The number format of each value's cell (what a data label shows when the chart sets none). */
  readonly formats: readonly string[];
  /** "line" when the series is drawn as a line over bars (e.g. the 100% target line). */
  readonly kind: "bar" | "line";
  /** The series' colour: its own fill when set, else the Office accent for its position. */
  readonly colour: string;
  /**
   * One colour per value: the point's own fill when the workbook set one, else (in a pie, where
   * Excel varies colours by point) the Office accent for its position, else the series' colour.
   */
  readonly pointColours: readonly string[];
}

/** The value axis as the chart stores it (absent settings: Excel's automatic scale and format). */
export interface ValueAxisData {
  readonly min?: number;
  readonly max?: number;
  readonly majorUnit?: number;
  readonly format?: string;
  readonly visible: boolean;
}

/** The category axis: order, where the value axis crosses it, where its labels sit. */
export interface CategoryAxisData {
  /** reversePlotOrder: a bar chart's first category at the top (Excel's default puts it at the bottom). */
  readonly reverse: boolean;
  /** position "Maximum": the value axis crosses at the last category. */
  readonly crossesAtMaximum: boolean;
  readonly labels: "NextToAxis" | "High" | "Low" | "None";
}

export interface ChartData {
  readonly title: string;
  readonly kind: "bar" | "column" | "line" | "pie";
  readonly categories: readonly string[];
  readonly series: readonly ChartSeriesData[];
  readonly valueAxis: ValueAxisData;
  readonly categoryAxis: CategoryAxisData;
  /** Chart-level data labels, when they show values. */
  readonly dataLabels?: { readonly format?: string; readonly position: string };
  /** Bar group: overlap of a category's bars (−100…100) and gap between categories (% of a bar). */
  readonly overlap: number;
  readonly gapWidth: number;
  readonly legend: { readonly visible: boolean; readonly position: string };
  /** The chart's size in points and the cells under it, as stored. */
  readonly size: { readonly width: number; readonly height: number };
  readonly anchor: { readonly from: string; readonly to: string };
}

function cellsOf(workbook: WorkbookSnapshot, address: string | null, sheet: string): { value: unknown; format: string }[] {
  const range = address ? rangeOf(address, sheet) : undefined;
  if (!range) return [];
  // The host keeps a series' address as written when the chart was made; the writer builds each sheet
  // under a staging name and renames it (Excel would update the reference), so fall back to the chart's sheet.
  const target = workbook.sheets.find((s) => s.name === range.sheet) ?? workbook.sheets.find((s) => s.name === sheet);
  const cells = target?.cells ?? {};
  const out: { value: unknown; format: string }[] = [];
  for (let r = range.r0; r <= range.r1; r++) {
    for (let c = range.c0; c <= range.c1; c++) {
      const cell = cells[cellName(r, c)];
      out.push({ value: cell?.value ?? null, format: cell?.numberFormat ?? "General" });
    }
  }
  return out;
}

/**
 * Office's default accent colours (Accent 1–6), as Excel draws a chart whose colours are not set.
 * Neutral on purpose: green here means "sixth", not "good"; status colours come from the workbook.
 */
const OFFICE_ACCENTS = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"] as const;
const accent = (i: number): string => OFFICE_ACCENTS[i % OFFICE_ACCENTS.length] ?? OFFICE_ACCENTS[0];

/** The fill a snapshot format record holds (`{ fill: { color } }`), if any. */
const fillOf = (format: Record<string, unknown>): string | undefined => {
  const fill = format.fill as { color?: unknown } | undefined;
  return typeof fill?.color === "string" ? fill.color : undefined;
};

const kindOf = (type: string): ChartData["kind"] =>
  /^Bar/i.test(type) ? "bar" : /^Pie|Doughnut/i.test(type) ? "pie" : /^Line/i.test(type) ? "line" : "column";

const record = (v: unknown): Record<string, unknown> => (v !== null && typeof v === "object" ? (v as Record<string, unknown>) : {});
const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const text = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

/**
 * The numbers and labels of a chart, read from the cells its series point at, with every setting the
 * workbook stored for it (axes, data labels, legend, gap and overlap, size).
 * @param chart the chart as the host snapshot describes it
 * @param workbook the snapshot holding the cells
 * @param sheet the chart's sheet (for addresses without one)
 */
export function chartData(chart: ChartSnapshot, workbook: WorkbookSnapshot, sheet: string): ChartData {
  const kind = kindOf(chart.chartType);
  const first = chart.series[0];
  const categories = cellsOf(workbook, first?.xValues ?? null, sheet).map(({ value: v }) => (typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : ""));
  const series = chart.series.map((s, si): ChartSeriesData => {
    const cells = cellsOf(workbook, s.values, sheet);
    const values = cells.map(({ value: v }) => (typeof v === "number" && Number.isFinite(v) ? v : null));
    const colour = fillOf(s.format) ?? accent(si);
    const own = new Map((s.points ?? []).map((p) => [p.index, p.fill]));
    return {
      name: s.name,
      values,
      formats: cells.map((c) => c.format),
      kind: (s.chartType && /^Line/i.test(s.chartType)) || kind === "line" ? "line" : "bar",
      colour,
      pointColours: values.map((_, i) => own.get(i) ?? (kind === "pie" ? accent(i) : colour)),
    };
  });
  const title = typeof chart.title.text === "string" ? chart.title.text : chart.name;
  const value = record(chart.axes.valueAxis);
  const category = record(chart.axes.categoryAxis);
  const labels = record(chart.dataLabels);
  const min = num(value.minimum);
  const max = num(value.maximum);
  const majorUnit = num(value.majorUnit);
  const format = text(value.numberFormat);
  const labelFormat = text(labels.numberFormat);
  const tick = text(category.tickLabelPosition);
  return {
    title,
    kind,
    categories,
    series,
    valueAxis: { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }), ...(majorUnit === undefined ? {} : { majorUnit }), ...(format === undefined ? {} : { format }), visible: value.visible !== false },
    categoryAxis: {
      reverse: category.reversePlotOrder === true,
      crossesAtMaximum: category.position === "Maximum",
      labels: tick === "High" || tick === "Low" || tick === "None" ? tick : "NextToAxis",
    },
    ...(labels.showValue === true ? { dataLabels: { ...(labelFormat === undefined ? {} : { format: labelFormat }), position: text(labels.position) ?? (kind === "pie" ? "BestFit" : "OutsideEnd") } } : {}),
    overlap: first?.overlap ?? 0,
    gapWidth: first?.gapWidth ?? 150,
    legend: { visible: record(chart.legend).visible !== false, position: text(record(chart.legend).position) ?? "Right" },
    size: { width: chart.position.width, height: chart.position.height },
    anchor: chart.anchor,
  };
}
