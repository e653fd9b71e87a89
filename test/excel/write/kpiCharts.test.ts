import type { CellValue } from "../../../src/engine";
import { createHost, type ChartSnapshot, type InMemoryExcelHost, type SheetSnapshot } from "../../../src/host";
import { writeEvaluation } from "../../../src/excel/write/writeEvaluation";
import { CHART_COLOURS } from "../../../src/excel/write/scorecardCharts";
import { fixture, sourceGrid, SOURCE_SHEET, typeGrid } from "./fixture";

/** A KPI row of the fixture's header: name, perspective, objective, owner, baseline, target, actual, weight, direction, deadline, unit, 12 months. */
const kpi = (name: string, perspective: string, objective: string, target: number, actual: number, direction: "higher" | "lower"): CellValue[] => [
  name, perspective, objective, "Ann", null, target, actual, 10, direction, "2027-12-31", "", ...Array(12).fill(null),
];

/** Two directions, each above and below target, and one KPI far off (attainment −150 %, Δ +250 %). */
const ROWS: CellValue[][] = [
  kpi("Sales", "Financial", "Grow revenue", 100, 110, "higher"), // Δ +10 %, better
  kpi("Margin", "Financial", "Grow revenue", 50, 45, "higher"), // Δ −10 %, worse
  kpi("Cost", "Financial", "Cut costs", 10, 9, "lower"), // Δ −10 %, better
  kpi("Churn", "Customer", "Delight customers", 5, 6, "lower"), // Δ +20 %, worse
  kpi("Defects", "Customer", "Delight customers", 1, 3.5, "lower"), // Δ +250 %, worse; attainment 1 − 2.5 = −150 %
  kpi("NPS", "Customer", "Delight customers", 40, 42, "higher"), // Δ +5 %, better
];

async function write(rows: CellValue[][] = ROWS, lang: "en" | "zh" = "en", isSetSupported?: (set: string, version: string) => boolean) {
  const host = createHost({ sheets: [SOURCE_SHEET] });
  const grid = sourceGrid(rows);
  typeGrid(host, grid);
  const fx = fixture(grid, lang, isSetSupported);
  const result = await host.run((ctx) => writeEvaluation(ctx, fx.input));
  return { host, fx, result, grid };
}

const sheetOf = (host: InMemoryExcelHost, name = "Scorecard"): SheetSnapshot => host.snapshot().sheets.find((s) => s.name === name)!;
const chartOf = (host: InMemoryExcelHost, name: string, sheet = "Scorecard"): ChartSnapshot | undefined => sheetOf(host, sheet).charts.find((c) => c.name === name);
/** The cells of a series address on its sheet. */
const cellsOf = (host: InMemoryExcelHost, address: string | null | undefined, sheet = "Scorecard") => host.getValues(sheet, String(address).replace(/^.*!/, "")).flat();
const close = (values: unknown[], expected: number[]) => {
  expect(values).toHaveLength(expected.length);
  values.forEach((v, i) => expect(Math.abs(Number(v) - (expected[i] ?? NaN))).toBeLessThan(1e-9));
};

describe("Score by KPI: scores capped, the outlier labelled with its true attainment", () => {
  it("plots each scored KPI's score on a 0–120 % axis (+ room for labels), top-down, with % labels", async () => {
    const { host } = await write();
    const chart = chartOf(host, "KS Scores")!;
    expect(chart.chartType).toBe("BarClustered");
    const series = chart.series[0]!;
    // Scores are attainment clamped to [0, 1.2]: Defects (−150 %) is 0; nothing beyond the axis.
    close(cellsOf(host, series.values), [1.1, 0.9, 1.1, 0.8, 0, 1.05]);
    expect(cellsOf(host, series.xValues)).toEqual(["Sales", "Margin", "Cost", "Churn", "Defects (attainment −150%)", "NPS"]);
    expect(chart.axes).toEqual({
      valueAxis: { minimum: 0, maximum: 1.3, majorUnit: 0.2, numberFormat: "0%" },
      categoryAxis: { reversePlotOrder: true, position: "Maximum" },
    });
    expect(chart.dataLabels).toEqual({ showValue: true, position: "OutsideEnd", numberFormat: "0%" });
    expect(chart.legend).toEqual({ visible: false });
    expect(series.format).toEqual({ fill: { color: CHART_COLOURS.actual } });
    expect(chart.title.text).toBe("Score by KPI (capped at 0%–120%)");
  });

  it("says it in Chinese with full-width brackets", async () => {
    const { host } = await write(ROWS, "zh");
    const chart = chartOf(host, "KS Scores", "计分卡")!;
    expect(chart.title.text).toBe("各 KPI 得分（封顶 0%–120%）");
    expect(cellsOf(host, chart.series[0]?.xValues, "计分卡")[4]).toBe("Defects（达成率 −150%）");
  });
});

describe("Actual vs target: Δ % bars coloured by good or bad for the KPI's direction", () => {
  it("splits the variance into Better (green) and Worse (red) by direction, cut at ±25 % with every true Δ in the label", async () => {
    const { host } = await write();
    const chart = chartOf(host, "KS Variance")!;
    const [better, worse] = chart.series;
    expect([better?.name, worse?.name]).toEqual(["Better than target", "Worse than target"]);
    expect([better?.format, worse?.format]).toEqual([{ fill: { color: "#63BE7B" } }, { fill: { color: "#F8696B" } }]);
    // Higher is better: Sales +10 % better, Margin −10 % worse, NPS +5 % better. Lower is better: Cost −10 %
    // better (a bar to the left, green), Churn +20 % worse, Defects +250 % worse, cut at the 25 % limit.
    close(cellsOf(host, better?.values), [0.1, 0, -0.1, 0, 0, 0.05]);
    close(cellsOf(host, worse?.values), [0, -0.1, 0, 0.2, 0.25, 0]);
    expect(cellsOf(host, better?.xValues)).toEqual(["Sales  +10%", "Margin  −10%", "Cost  −10%", "Churn  +20%", "Defects  +250%", "NPS  +5%"]);
    // One bar per KPI: the two series overlap fully; labels at the low end, clear of bars left of zero.
    expect([better?.overlap, worse?.overlap]).toEqual([100, 100]);
    expect(chart.axes).toEqual({
      valueAxis: { minimum: -0.25, maximum: 0.25, majorUnit: 0.125, numberFormat: '"+"0%;"−"0%;0%' },
      categoryAxis: { reversePlotOrder: true, position: "Maximum", tickLabelPosition: "Low" },
    });
    expect(chart.legend).toEqual({ position: "Top" });
    expect(chart.title.text).toBe("Actual vs target (Δ as % of target), bars cut at ±25%");
  });

  it("follows the figures live: an actual typed in the source turns a red bar green", async () => {
    const { host } = await write();
    const chart = chartOf(host, "KS Variance")!;
    // Margin (higher is better, target 50): 45 → 55 in the source's Actual column (G), row 5.
    host.setCells(SOURCE_SHEET, "G5", [[55]]);
    close(cellsOf(host, chart.series[0]?.values), [0.1, 0.1, -0.1, 0, 0, 0.05]);
    close(cellsOf(host, chart.series[1]?.values), [0, 0, 0, 0.2, 0.25, 0]);
    expect(cellsOf(host, chart.series[0]?.xValues)[1]).toBe("Margin  +10%");
  });

  it("shows no bar and a dash for a KPI without a comparable target (target 0)", async () => {
    const rows = [...ROWS, kpi("Incidents", "Customer", "Delight customers", 0, 0, "lower")];
    const { host } = await write(rows);
    const chart = chartOf(host, "KS Variance")!;
    expect(cellsOf(host, chart.series[0]?.xValues)[6]).toBe("Incidents  —");
    expect(cellsOf(host, chart.series[0]?.values)[6]).toBe(0);
    expect(cellsOf(host, chart.series[1]?.values)[6]).toBe(0);
  });
});

describe("charts whose data says nothing are not drawn", () => {
  it("draws no score, variance, perspective or status chart when every KPI is alike", async () => {
    const same = [kpi("A", "Financial", "Grow revenue", 10, 10, "higher"), kpi("B", "Customer", "Delight customers", 10, 10, "higher"), kpi("C", "Customer", "Delight customers", 20, 20, "lower")];
    const { host } = await write(same);
    // Equal scores (100 %), equal Δ (0), equal perspective scores, one status only.
    expect(sheetOf(host).charts.map((c) => c.name)).toEqual([]);
  });

  it("leaves the (none) perspective out of the perspective chart", async () => {
    // First, so that no perspective above it is carried down to it (the reader fills blanks down).
    const rows = [kpi("Qwerty", "", "", 10, 5, "higher"), ...ROWS];
    const { host } = await write(rows);
    const chart = chartOf(host, "KS Perspectives")!;
    expect(cellsOf(host, chart.series[0]?.xValues)).toEqual(["Financial", "Customer"]);
    // The (none) group is still in the perspective table, as its last row.
    const table = sheetOf(host).tables.find((t) => t.name === "KpiByPerspective")!;
    expect(host.getValues("Scorecard", table.address.replace(/^.*!/, "")).map((r) => r[0])).toEqual(["Perspective", "Financial", "Customer", "(none)"]);
  });

  it("draws no perspective chart when only one perspective (and (none)) has KPIs", async () => {
    const rows = ROWS.map((r) => [r[0], r[0] === "Sales" ? "" : "Financial", ...r.slice(2)]);
    const { host } = await write(rows);
    expect(chartOf(host, "KS Perspectives")).toBeUndefined();
    expect(chartOf(host, "KS Scores")).toBeDefined();
  });

  it("skips Strategy Match's best strength when every objective's is the same, and colours an uncovered objective red", async () => {
    const { host, fx } = await write();
    const m = fx.evaluation.match;
    const best = fx.evaluation.objectives.map((_, j) => Math.max(0, ...m.matrix.map((r) => r[j] ?? 0)));
    const strong = fx.evaluation.objectives.map((_, j) => m.matrix.filter((r) => (r[j] ?? 0) >= 3).length);
    const names = sheetOf(host, "Strategy Match").charts.map((c) => c.name);
    expect(names.includes("KS Best strength")).toBe(new Set(best).size > 1);
    const coverage = chartOf(host, "KS Coverage", "Strategy Match")!;
    // The Best strength column of the source block is dropped: one series, the count of strong links.
    expect(coverage.series.map((s) => s.name)).toEqual(["KPIs ≥ 3"]);
    expect(cellsOf(host, coverage.series[0]?.values, "Strategy Match")).toEqual(strong);
    expect(coverage.series[0]?.points).toEqual(strong.map((c, index) => ({ index, fill: c === 0 ? CHART_COLOURS.worse : CHART_COLOURS.actual })));
  });
});

describe("older Excel", () => {
  it("draws plain charts without the 1.7 and 1.8 settings, and says what it left out", async () => {
    const { host, result } = await write(ROWS, "en", (_set, version) => Number(version.split(".")[1]) < 7 || Number(version.split(".")[1]) >= 9);
    const chart = chartOf(host, "KS Variance")!;
    expect(chart.axes).toEqual({ valueAxis: { minimum: -0.25, maximum: 0.25, majorUnit: 0.125 } });
    expect(chart.series.map((s) => s.overlap)).toEqual([undefined, undefined]);
    expect(chartOf(host, "KS Scores")?.dataLabels).toEqual({ showValue: true, position: "OutsideEnd" });
    expect(result.notes.map((n) => n.en)).toEqual(
      expect.arrayContaining([
        "Charts were drawn in Excel's default layout: KPIs bottom-up, labels beside the zero line (ExcelApi 1.7 not supported).",
        "Chart axes and labels use Excel's default number formats (ExcelApi 1.8 not supported).",
      ]),
    );
  });
});

describe("placement", () => {
  it("moves a cell a user typed where a chart now goes to the Kept notes, and covers no cell", async () => {
    const host = createHost({ sheets: [SOURCE_SHEET] });
    const short = sourceGrid(ROWS.slice(0, 3));
    typeGrid(host, short);
    await host.run((ctx) => writeEvaluation(ctx, fixture(short).input));
    const bottom = Math.max(...sheetOf(host).charts.map((c) => Number(/\d+$/.exec(c.anchor.to)?.[0])));
    // The user writes a note just below the charts; the next refresh has more KPIs, so the charts move down over it.
    host.setCells("Scorecard", `B${bottom + 1}`, [["'my note"]]);
    const grid = sourceGrid(ROWS);
    typeGrid(host, grid);
    const second = await host.run((ctx) => writeEvaluation(ctx, fixture(grid).input));
    const sc = sheetOf(host);
    const under = sc.charts.some((c) => {
      const [from, to] = [c.anchor.from, c.anchor.to].map((a) => Number(/\d+$/.exec(a)?.[0]));
      return (from ?? 0) <= bottom + 1 && bottom + 1 <= (to ?? 0) && c.anchor.from.startsWith("A");
    });
    expect(under).toBe(true);
    expect(sc.cells[`B${bottom + 1}`]).toBeUndefined();
    expect(Object.values(sc.cells).filter((c) => c.value === "my note")).toHaveLength(1);
    expect(second.notes.map((n) => n.en).join(" ")).toMatch(/cell\(s\) you typed where the scorecard now writes/);
  });
});
