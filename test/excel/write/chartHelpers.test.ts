import { barChartRows, clearOf, MIN_CHART_ROWS, shelves } from "../../../src/excel/write/chartPlaces";
import { niceStep, scoreAxis, varianceLimit } from "../../../src/excel/write/chartScale";
import { barsSaySomething, isNoneCategory, slicesSaySomething } from "../../../src/excel/write/chartWorth";
import { deltaOf } from "../../../src/excel/write/kpiCharts";
import { overlaps } from "../../../src/excel/write/rects";
import type { KpiEvaluation } from "../../../src/engine";

describe("chart scales", () => {
  it("picks round steps", () => {
    expect(niceStep(1.2)).toBe(0.2);
    expect(niceStep(0.4, 4)).toBe(0.1);
    expect(niceStep(7, 4)).toBe(2);
    expect(niceStep(0.35, 4)).toBe(0.1);
    expect(niceStep(0)).toBe(1);
    expect(niceStep(Number.NaN)).toBe(1);
  });

  it("puts the score axis on [floor, cap] with half a step of room for the capped bars' labels", () => {
    expect(scoreAxis(0, 1.2)).toEqual({ min: 0, max: 1.3, majorUnit: 0.2 });
    expect(scoreAxis(0, 1.5)).toEqual({ min: 0, max: 1.625, majorUnit: 0.25 });
    expect(scoreAxis(-0.5, 1)).toEqual({ min: -0.5, max: 1.125, majorUnit: 0.25 });
    // A cap at or below the floor (invalid settings are refused upstream) still gives an axis.
    expect(scoreAxis(1, 1)).toEqual({ min: 1, max: 2.1, majorUnit: 0.2 });
  });

  it("cuts variances at the bulk's scale when a few would flatten the rest", () => {
    // The sample's variances: two far off (−70 %, +220 %), the rest within ±16 %.
    const sample = [0.033, -0.007, -0.009, -0.089, 0.044, -0.05, -0.1, -0.006, 2.2, 0.0125, 0.007, -0.16, -0.7];
    expect(varianceLimit(sample)).toEqual({ limit: 0.2, clipped: true });
    expect(varianceLimit([0.03, -0.01, 0.05, -0.1, 2.2])).toEqual({ limit: 0.2, clipped: true });
    // Nothing far off: the axis covers them all.
    expect(varianceLimit([0.03, -0.01, 0.05, -0.18])).toEqual({ limit: 0.2, clipped: false });
    expect(varianceLimit([0.1, 0.3])).toEqual({ limit: 0.5, clipped: false });
    // Tiny variances still get a readable ±5 % axis.
    expect(varianceLimit([0.001, -0.002])).toEqual({ limit: 0.05, clipped: false });
    expect(varianceLimit([])).toEqual({ limit: 0.1, clipped: false });
    expect(varianceLimit([Number.NaN, Infinity])).toEqual({ limit: 0.1, clipped: false });
  });

  it("does not mutate its arguments", () => {
    const deltas = [0.3, -0.1, 5];
    varianceLimit(deltas);
    expect(deltas).toEqual([0.3, -0.1, 5]);
  });
});

describe("whether a chart says anything", () => {
  const p = (category: string, ...values: (number | undefined)[]) => ({ category, values });

  it("refuses equal bars, fewer than two meaningful points and (none) categories", () => {
    expect(barsSaySomething([p("A", 9), p("B", 9), p("C", 9)])).toBe(false);
    expect(barsSaySomething([p("A", 0.8)])).toBe(false);
    expect(barsSaySomething([p("A", 0.8), p("B", undefined)])).toBe(false);
    expect(barsSaySomething([p("(none)", 0.8), p("（无）", 0.5)])).toBe(false);
    expect(barsSaySomething([p("Financial", 0.8), p("(none)", 0.5)])).toBe(false);
    expect(barsSaySomething([])).toBe(false);
  });

  it("accepts two different bars, and zeros as values (an empty perspective is a finding)", () => {
    expect(barsSaySomething([p("A", 0.8), p("B", 0.9)])).toBe(true);
    expect(barsSaySomething([p("Financial", 1), p("Customer", 0)])).toBe(true);
    // Two series: different values across series count.
    expect(barsSaySomething([p("A", 0.1, 0.2), p("B", 0.1, 0.1)])).toBe(true);
  });

  it("knows the (none) category in both languages", () => {
    expect(["(none)", "（无）", " (none) ", ""].map(isNoneCategory)).toEqual([true, true, true, true]);
    expect(isNoneCategory("None of the above")).toBe(false);
  });

  it("draws a pie only with two slices or more", () => {
    expect(slicesSaySomething([14, 0, 0, 0])).toBe(false);
    expect(slicesSaySomething([5, 3, 5, 1])).toBe(true);
    expect(slicesSaySomething([0, 0, 0, 0])).toBe(false);
  });
});

describe("where charts go", () => {
  it("sizes bar charts to their categories", () => {
    expect(barChartRows(13, false)).toBe(22);
    expect(barChartRows(13, true)).toBe(23);
    expect(barChartRows(14, true, 2)).toBe(30);
    expect(barChartRows(2, false)).toBe(MIN_CHART_ROWS);
    expect(barChartRows(0, false)).toBe(MIN_CHART_ROWS);
  });

  it("moves a place right past the blocks it covers, or down", () => {
    const matrix = { row: 22, column: 0, rows: 15, columns: 13 };
    expect(clearOf({ row: 4, column: 7, rows: 20, columns: 8 }, [matrix], "right")).toEqual({ row: 4, column: 13, rows: 20, columns: 8 });
    expect(clearOf({ row: 4, column: 7, rows: 10, columns: 8 }, [matrix], "right")).toEqual({ row: 4, column: 7, rows: 10, columns: 8 });
    expect(clearOf({ row: 20, column: 0, rows: 5, columns: 9 }, [matrix], "down")).toEqual({ row: 37, column: 0, rows: 5, columns: 9 });
    const chain = [matrix, { row: 0, column: 13, rows: 30, columns: 2 }];
    const moved = clearOf({ row: 4, column: 7, rows: 20, columns: 8 }, chain, "right");
    expect(chain.some((b) => overlaps(moved, b))).toBe(false);
  });

  it("shelves charts two abreast, each shelf as tall as its tallest chart, a wide chart alone", () => {
    const halves = [{ column: 0, columns: 5 }, { column: 5, columns: 4 }] as const;
    expect(shelves([{ rows: 20 }, { rows: 22 }, { rows: 10 }, { rows: 12 }, { rows: 14, wide: true }], 22, halves)).toEqual([
      { row: 22, column: 0, rows: 22, columns: 5 },
      { row: 22, column: 5, rows: 22, columns: 4 },
      { row: 45, column: 0, rows: 12, columns: 5 },
      { row: 45, column: 5, rows: 12, columns: 4 },
      { row: 58, column: 0, rows: 14, columns: 9 },
    ]);
    // An odd chart out sits on the left; a wide one never shares a shelf.
    expect(shelves([{ rows: 10 }, { rows: 14, wide: true }, { rows: 12 }], 0, halves)).toEqual([
      { row: 0, column: 0, rows: 10, columns: 5 },
      { row: 11, column: 0, rows: 14, columns: 9 },
      { row: 26, column: 0, rows: 12, columns: 5 },
    ]);
    expect(shelves([], 5, halves)).toEqual([]);
  });
});

describe("deltaOf", () => {
  const k = (inputs: Partial<KpiEvaluation["inputs"]>, kind: KpiEvaluation["attainmentKind"] = "ratio") => ({ inputs: { direction: "higher", ...inputs }, attainmentKind: kind }) as unknown as KpiEvaluation;

  it("is the variance as a share of |target|, whatever the unit or direction", () => {
    expect(deltaOf(k({ actual: 110, target: 100 }))).toBeCloseTo(0.1, 12);
    expect(deltaOf(k({ actual: 44.6, target: 45, direction: "lower" }))).toBeCloseTo(-0.4 / 45, 12);
    // A negative target: divided by its size, so above the target is still positive.
    expect(deltaOf(k({ actual: -5, target: -10 }))).toBeCloseTo(0.5, 12);
  });

  it("is undefined without a comparable target", () => {
    expect(deltaOf(k({ actual: 1, target: 0 }))).toBeUndefined();
    expect(deltaOf(k({ target: 10 }))).toBeUndefined();
    expect(deltaOf(k({ actual: 10 }))).toBeUndefined();
    expect(deltaOf(k({ actual: 10, target: 10, band: [9, 11] }))).toBeUndefined();
    expect(deltaOf(k({ actual: 1, target: 1 }, "pass-fail"))).toBeUndefined();
  });
});
