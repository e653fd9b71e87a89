/**
 * The Scorecard's charts (issue 14 §3, §4) and where they go: right under the KPI table, in the board
 * columns A–I (# … Trend, Comment), one blank row below the last KPI — so for a short table the first
 * two charts start on the first screen, and they always sit beside the figures they draw. Two abreast
 * (A–E and F–I), each shelf as tall as its taller chart; the per-KPI charts are sized to show every KPI
 * with its full name. The area under each chart is one of the sheet's blocks (left blank), so nothing
 * of ours is ever under a chart, and a cell a user typed there is moved to the Kept notes block by the
 * refresh (comments.ts) instead of being hidden. A chart whose data says nothing is not drawn
 * (chartWorth.ts): the "(none)" perspective is never one of its bars.
 */
import { NO_GROUP } from "../../engine";
import { addChart, type ChartSpec } from "./charts";
import { barChartRows, clearOf, MIN_CHART_ROWS, shelves } from "./chartPlaces";
import { scoreAxis, varianceLimit } from "./chartScale";
import { barsSaySomething, slicesSaySomething } from "./chartWorth";
import { capText, chartedKpis, deltaOf, kpiChartPoints } from "./kpiCharts";
import { CHART_LABELS, LABELS, say } from "./labels";
import { COL } from "./scorecardLayout";
import { statusChartColours } from "./statusColours";
import type { SheetBuild } from "./sheetBuild";
import type { SheetOps } from "./sheetOps";
import type { Rect } from "./rects";

/** IBCS colours: actuals dark grey; variances green (good) and red (bad), the status shades. */
export const CHART_COLOURS = { actual: "#404040", better: "#63BE7B", worse: "#F8696B" } as const;

const STATUS_CODES = ["On track", "At risk", "Off track", "No data"] as const;

/** Where the side blocks the charts are drawn from are (header rows; the first column of them all). */
export interface ChartBlocks {
  readonly column: number;
  /** Perspective block: header row and its label rows (the "(none)" group, if any, is the last). */
  readonly perspectives: { readonly row: number; readonly groups: number; readonly none: boolean };
  readonly statuses: { readonly row: number };
  readonly kpis: { readonly row: number; readonly rows: number };
  readonly history?: { readonly row: number; readonly rows: number; readonly columns: number };
}

/**
 * The variance bars' cut for the charted KPIs.
 * @param build the run
 * @returns ±limit, and whether some bar is cut
 */
export function kpiVarianceLimit(build: SheetBuild): { limit: number; clipped: boolean } {
  const deltas = chartedKpis(build.input.evaluation.kpis).shown.map(deltaOf).filter((d): d is number => d !== undefined);
  return varianceLimit(deltas);
}

/**
 * Queues the Scorecard's charts below the KPI table.
 * @param ops the sheet's operations (its blocks so far are what the charts must not cover)
 * @param build the run
 * @param blocks where the charts' data are
 * @param lastKpiRow the KPI table's last row
 */
export function scorecardCharts(ops: SheetOps, build: SheetBuild, blocks: ChartBlocks, lastKpiRow: number): void {
  const { lang } = build;
  const e = build.input.evaluation;
  const { shown, scored } = chartedKpis(e.kpis);
  const points = kpiChartPoints(shown);
  const c0 = blocks.column;
  const scale = scoreAxis(e.settings.floor, e.settings.cap);
  const { limit, clipped } = kpiVarianceLimit(build);
  const barsDown = { topDown: true, legend: "hidden" as const, gapWidth: 50 };
  const firstOf = scored > shown.length ? ` (${say(LABELS.firstOf, lang, { n: shown.length, total: scored })})` : "";
  const kpiRows = blocks.kpis.rows;
  const candidates: { spec: Omit<ChartSpec, "place">; rows: number; wide?: boolean; worth: boolean }[] = [
    {
      spec: {
        name: "KS Scores", type: "BarClustered", title: say(CHART_LABELS.scores, lang, capText(e.settings)) + firstOf,
        source: { row: blocks.kpis.row, column: c0, rows: kpiRows, columns: 2 }, seriesBy: "Columns",
        valueAxis: { ...scale, format: "0%" }, dataLabels: { format: "0%", position: "OutsideEnd" }, seriesColours: [CHART_COLOURS.actual], ...barsDown,
      },
      rows: barChartRows(shown.length, false),
      worth: barsSaySomething(points.scores),
    },
    {
      spec: {
        name: "KS Variance", type: "BarClustered", title: say(CHART_LABELS.variance, lang) + (clipped ? say(CHART_LABELS.varianceCut, lang, { limit: percent(limit) }) : "") + firstOf,
        source: { row: blocks.kpis.row, column: c0 + 2, rows: kpiRows, columns: 3 }, seriesBy: "Columns",
        valueAxis: { min: -limit, max: limit, majorUnit: limit / 2, format: '"+"0%;"−"0%;0%' }, labelsLow: true,
        seriesColours: [CHART_COLOURS.better, CHART_COLOURS.worse], overlap: 100, ...barsDown, legend: "Top",
      },
      rows: barChartRows(shown.length, true),
      worth: barsSaySomething(points.variances),
    },
    perspectiveChart(build, blocks, scale),
    {
      // One colour per status row, in STATUS_CODES order (the rows above come from the same list).
      spec: {
        name: "KS Status", type: "Pie", title: say(LABELS.chartStatus, lang), source: { row: blocks.statuses.row, column: c0, rows: 5, columns: 2 }, seriesBy: "Columns",
        pointColours: statusChartColours(STATUS_CODES), dataLabels: { format: "0", position: "BestFit" }, legend: "Right",
      },
      rows: MIN_CHART_ROWS + 2,
      worth: slicesSaySomething(STATUS_CODES.map((s) => e.counts[s])),
    },
    ...(blocks.history ? [historyChart(build, blocks.history, c0)] : []),
  ];
  const drawn = candidates.filter((c) => c.worth);
  // A–E (# … Actual) and F–I (Target … Comment): about half the board's width each, in both languages.
  const halves = [
    { column: 0, columns: COL.actual + 1 },
    { column: COL.target, columns: COL.comment - COL.target + 1 },
  ] as const;
  const places = shelves(drawn, lastKpiRow + 2, halves);
  drawn.forEach((c, i) => {
    const wanted = places[i];
    if (!wanted) return;
    const place: Rect = clearOf(wanted, ops.extents(), "down");
    addChart(ops, { ...c.spec, place });
    // The chart's area is a block of ours (blank): what a user typed there goes to the Kept notes.
    ops.range(place.row, place.column, place.rows, place.columns, () => undefined);
  });
}

/** The perspective chart: the weighted score of each perspective but "(none)", on the score axis. */
function perspectiveChart(build: SheetBuild, blocks: ChartBlocks, scale: ReturnType<typeof scoreAxis>): { spec: Omit<ChartSpec, "place">; rows: number; worth: boolean } {
  const { lang } = build;
  const { perspectives } = blocks;
  const shownGroups = perspectives.groups - (perspectives.none ? 1 : 0);
  const values = build.input.evaluation.rollUps.perspective.filter((r) => r.group !== NO_GROUP).map((r) => ({ category: r.group, values: [r.weighted] }));
  return {
    spec: {
      name: "KS Perspectives", type: "BarClustered", title: say(LABELS.chartPerspective, lang),
      source: { row: perspectives.row, column: blocks.column, rows: shownGroups + 1, columns: 2 }, seriesBy: "Columns",
      valueAxis: { ...scale, format: "0%" }, dataLabels: { format: "0%", position: "OutsideEnd" }, seriesColours: [CHART_COLOURS.actual],
      topDown: true, legend: "hidden", gapWidth: 50,
    },
    rows: barChartRows(shownGroups, false),
    worth: shownGroups >= 2 && barsSaySomething(values),
  };
}

/**
 * The history chart: the KPIs with a signal, as lines — only the first ones that share the first's unit,
 * so a KPI in ¥ never flattens one in % (the history block keeps them all); a percent axis for percents.
 */
function historyChart(build: SheetBuild, history: NonNullable<ChartBlocks["history"]>, column: number): { spec: Omit<ChartSpec, "place">; rows: number; wide: boolean; worth: boolean } {
  const signalled = build.input.evaluation.kpis.filter((k) => k.trend.signal !== undefined).slice(0, history.rows - 1);
  const unitOf = (k: (typeof signalled)[number]) => `${k.inputs.isPercent ? "%" : ""}|${(k.inputs.unit ?? "").trim().toLowerCase()}`;
  const first = signalled[0];
  let same = 0;
  while (first && same < signalled.length && unitOf(signalled[same] ?? first) === unitOf(first)) same++;
  return {
    spec: {
      name: "KS History", type: "Line", title: say(LABELS.chartHistory, build.lang),
      source: { row: history.row, column, rows: Math.max(1, same) + 1, columns: history.columns }, seriesBy: "Rows", legend: "Bottom",
      ...(first?.inputs.isPercent ? { valueAxis: { format: "0.0%" } } : {}),
    },
    rows: MIN_CHART_ROWS + 4,
    wide: true,
    worth: same >= 1,
  };
}

/** ±20% as a title says it. */
function percent(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}
