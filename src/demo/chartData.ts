import type { ChartSnapshot, WorkbookSnapshot } from "../host";
import { cellName } from "../taskpane/a1";
import { rangeOf } from "./rangeOf";

/** One series ready to draw. */
export interface ChartSeriesData {
  readonly name: string;
  readonly values: readonly (number | null)[];
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

export interface ChartData {
  readonly title: string;
  readonly kind: "bar" | "column" | "line" | "pie";
  readonly categories: readonly string[];
  readonly series: readonly ChartSeriesData[];
}

function cellsOf(workbook: WorkbookSnapshot, address: string | null, sheet: string): unknown[] {
  const range = address ? rangeOf(address, sheet) : undefined;
  if (!range) return [];
  // The host keeps a series' address as written when the chart was made; the writer builds each sheet
  // under a staging name and renames it (Excel would update the reference), so fall back to the chart's sheet.
  const target = workbook.sheets.find((s) => s.name === range.sheet) ?? workbook.sheets.find((s) => s.name === sheet);
  const cells = target?.cells ?? {};
  const out: unknown[] = [];
  for (let r = range.r0; r <= range.r1; r++) for (let c = range.c0; c <= range.c1; c++) out.push(cells[cellName(r, c)]?.value ?? null);
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

/**
 * The numbers and labels of a chart, read from the cells its series point at.
 * @param chart the chart as the host snapshot describes it
 * @param workbook the snapshot holding the cells
 * @param sheet the chart's sheet (for addresses without one)
 */
export function chartData(chart: ChartSnapshot, workbook: WorkbookSnapshot, sheet: string): ChartData {
  const kind = kindOf(chart.chartType);
  const first = chart.series[0];
  const categories = cellsOf(workbook, first?.xValues ?? null, sheet).map((v) => (typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : ""));
  const series = chart.series.map((s, si): ChartSeriesData => {
    const values = cellsOf(workbook, s.values, sheet).map((v) => (typeof v === "number" && Number.isFinite(v) ? v : null));
    const colour = fillOf(s.format) ?? accent(si);
    const own = new Map((s.points ?? []).map((p) => [p.index, p.fill]));
    return {
      name: s.name,
      values,
      kind: (s.chartType && /^Line/i.test(s.chartType)) || kind === "line" ? "line" : "bar",
      colour,
      pointColours: values.map((_, i) => own.get(i) ?? (kind === "pie" ? accent(i) : colour)),
    };
  });
  const title = typeof chart.title.text === "string" ? chart.title.text : chart.name;
  return { title, kind, categories, series };
}
