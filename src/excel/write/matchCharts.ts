/**
 * The Strategy Match sheet's charts (issue 14 §3, §4), drawn from its own blocks (values from the last
 * refresh, so point colours never go stale): KPIs strongly linked per objective, each objective's
 * best strength, KPI weight by perspective, and each KPI's weight beside its strategic importance
 * (what weight consistency WC measures, DOMAIN §4). Horizontal bars with full labels, value axes with
 * number formats; a chart whose bars would all be equal is not drawn ("Best strength" when every
 * objective has a strong link). They sit right of the summary and coverage blocks from row 5, side by
 * side — the first beside the first screen —, the per-KPI one beside the strength matrix, level with
 * its KPI rows; each is moved right past any block it would cover.
 */
import type { Evaluation, Lang } from "../../engine";
import { addChart, type ChartSpec } from "./charts";
import { barChartRows, clearOf } from "./chartPlaces";
import { niceStep } from "./chartScale";
import { barsSaySomething } from "./chartWorth";
import { CHART_LABELS, LABELS, say } from "./labels";
import { CHART_COLOURS } from "./scorecardCharts";
import { STATUS_COLOURS } from "./formats";
import type { Rect } from "./rects";
import type { SheetOps } from "./sheetOps";

/** Where the Strategy Match blocks the charts draw are (0-based header rows). */
export interface MatchBlocks {
  readonly objectives: { readonly row: number; readonly count: number };
  readonly balance: { readonly row: number; readonly column: number };
  readonly matrix: { readonly row: number; readonly kpis: number };
}

/** Width of each chart in columns, and the first row and column of the strip. */
const CHART_COLUMNS = 8;
const STRIP = { row: 4, column: 7 } as const;
const IMPORTANCE = "#4472C4";

/**
 * An axis from 0 to a round number above the largest value, with half a step of room for the labels.
 * @example zeroAxis([0.35, 0.1], "0%") // { min: 0, max: 0.45, majorUnit: 0.1, format: "0%" }
 */
function zeroAxis(values: readonly number[], format: string, whole = false): NonNullable<ChartSpec["valueAxis"]> {
  const top = Math.max(0, ...values.filter(Number.isFinite));
  const step = whole ? Math.max(1, Math.round(niceStep(Math.max(1, top), 4))) : niceStep(top > 0 ? top : 1, 4);
  const max = Math.max(1, Math.ceil(top / step - 1e-9)) * step + step / 2;
  return { min: 0, max: Number(max.toPrecision(12)), majorUnit: step, format };
}

/**
 * Queues the Strategy Match charts.
 * @param ops the sheet's operations (its blocks are what the charts must not cover)
 * @param e the evaluation
 * @param lang the sheet's language
 * @param blocks where the blocks are
 */
export function strategyMatchCharts(ops: SheetOps, e: Evaluation, lang: Lang, blocks: MatchBlocks): void {
  const m = e.match;
  const n = e.objectives.length;
  const best = e.objectives.map((_, j) => Math.max(0, ...m.matrix.map((r) => r[j] ?? 0)));
  const strong = e.objectives.map((_, j) => m.matrix.filter((r) => (r[j] ?? 0) >= 3).length);
  const names = e.objectives.map((o) => o.name);
  const weights = e.kpis.map((_, k) => m.weightShare[k] ?? 0);
  const importance = e.kpis.map((_, k) => m.importanceShare[k] ?? 0);
  const shares = (["financial", "customer", "process", "learning"] as const).map((p) => m.perspectiveWeights[p]);
  const bars = { topDown: true, legend: "hidden" as const, gapWidth: 50, seriesBy: "Columns" as const, type: "BarClustered" as const };
  const strengthColour = (s: number) => (s >= 9 ? STATUS_COLOURS["On track"] : s >= 3 ? STATUS_COLOURS["At risk"] : STATUS_COLOURS["Off track"])?.chart ?? CHART_COLOURS.actual;
  const charts: { spec: Omit<ChartSpec, "place">; rows: number; worth: boolean }[] = [
    {
      spec: {
        ...bars, name: "KS Coverage", title: say(CHART_LABELS.strongKpis, lang),
        source: { row: blocks.objectives.row, column: 0, rows: n + 1, columns: 3 }, dropSeries: [0],
        valueAxis: zeroAxis(strong, "0", true), dataLabels: { format: "0", position: "OutsideEnd" },
        // An objective no KPI serves strongly is uncovered (DOMAIN §4): red.
        pointColours: strong.map((c) => (c === 0 ? CHART_COLOURS.worse : CHART_COLOURS.actual)),
      },
      rows: barChartRows(n, false),
      worth: barsSaySomething(names.map((category, j) => ({ category, values: [strong[j]] }))),
    },
    {
      spec: {
        ...bars, name: "KS Best strength", title: say(LABELS.chartCoverage, lang),
        source: { row: blocks.objectives.row, column: 0, rows: n + 1, columns: 2 },
        valueAxis: { min: 0, max: 9, majorUnit: 3, format: "0" }, dataLabels: { format: "0", position: "OutsideEnd" },
        pointColours: best.map(strengthColour),
      },
      rows: barChartRows(n, false),
      worth: barsSaySomething(names.map((category, j) => ({ category, values: [best[j]] }))),
    },
    {
      spec: {
        ...bars, name: "KS Balance", title: say(LABELS.chartPerspectiveWeights, lang),
        source: { row: blocks.balance.row, column: blocks.balance.column, rows: 5, columns: 2 },
        valueAxis: zeroAxis(shares, "0%"), dataLabels: { format: "0%", position: "OutsideEnd" }, seriesColours: [CHART_COLOURS.actual],
      },
      rows: barChartRows(4, false),
      worth: barsSaySomething(shares.map((v, i) => ({ category: String(i), values: [v] }))),
    },
    {
      spec: {
        ...bars, name: "KS Weights", title: say(CHART_LABELS.weights, lang), legend: "Top",
        source: { row: blocks.matrix.row, column: 1, rows: e.kpis.length + 1, columns: 3 },
        valueAxis: zeroAxis([...weights, ...importance], "0%"), dataLabels: { format: "0%", position: "OutsideEnd" },
        seriesColours: [CHART_COLOURS.actual, IMPORTANCE], gapWidth: 40,
      },
      rows: barChartRows(e.kpis.length, true, 2),
      // Says nothing when every KPI's weight is its importance (WC = 100 %).
      worth: e.kpis.length >= 2 && weights.some((w, k) => Math.abs(w - (importance[k] ?? 0)) > 0.005),
    },
  ];
  let column: number = STRIP.column;
  const placed: Rect[] = [];
  for (const c of charts.filter((x) => x.worth)) {
    // The per-KPI chart sits beside the matrix, level with its KPI rows; the others side by side from H5.
    const beside = c.spec.name === "KS Weights";
    const wanted = beside ? { row: blocks.matrix.row - 1, column: STRIP.column } : { row: STRIP.row, column };
    const place = clearOf({ ...wanted, rows: c.rows, columns: CHART_COLUMNS }, [...ops.extents(), ...placed], "right");
    addChart(ops, { ...c.spec, place });
    placed.push(place);
    if (!beside) column = place.column + place.columns;
    // The chart's area is a block of ours (blank): what a user typed there goes to the Kept notes.
    ops.range(place.row, place.column, place.rows, place.columns, () => undefined);
  }
}
