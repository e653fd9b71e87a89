/**
 * Golden fixtures: realistic messy tables (test/fixtures/tables), each read end to end.
 * asOf 46353 = 2026-11-27; 2026-12-31 = serial 46387.
 */
import { readKpiTable } from "../../../src/engine/read/readKpiTable";
import type { KpiTable } from "../../../src/engine/model";
import { chineseMerged } from "../../fixtures/tables/chineseMerged";
import { dateHeaders } from "../../fixtures/tables/dateHeaders";
import { englishTitleBlock } from "../../fixtures/tables/englishTitleBlock";
import { mergedHeaderGroups } from "../../fixtures/tables/mergedHeaderGroups";
import { mixedBilingual } from "../../fixtures/tables/mixedBilingual";
import { monthlyHistory } from "../../fixtures/tables/monthlyHistory";
import { percentColumns, percentFormats } from "../../fixtures/tables/percentColumns";
import { textNumbers } from "../../fixtures/tables/textNumbers";
import { totalsAndBlanks } from "../../fixtures/tables/totalsAndBlanks";

const asOf = 46353;
const codes = (t: KpiTable) => t.issues.map((i) => i.code);
const codeAt = (t: KpiTable, code: string) => t.issues.filter((i) => i.code === code).map((i) => [i.row, i.column]);

describe("golden fixtures", () => {
  it("English table with a title block above the header", () => {
    const t = readKpiTable(englishTitleBlock, { asOf });
    expect(t.headerRow).toBe(3);
    expect(t.columns).toEqual({ name: 0, perspective: 1, owner: 2, baseline: 3, target: 4, actual: 5, weight: 6, direction: 7, deadline: 8, frequency: 9, description: 10, history: [] });
    expect(t.kpis.map((k) => k.name)).toEqual(["Revenue", "Customer churn rate", "On-time delivery", "Training hours per employee"]);
    expect(t.kpis[0]).toMatchObject({ row: 4, baseline: 10_500_000, target: 12_000_000, actual: 11_400_000, weight: 0.3, direction: "higher", directionSource: "column", perspective: "financial", frequency: "monthly", deadline: { iso: "2026-12-31", kind: "date" } });
    expect(t.kpis[1]).toMatchObject({ baseline: 0.08, target: 0.05, actual: 0.062, isPercent: true, direction: "lower", directionSource: "inferred", deadline: { iso: "2026-12-31", kind: "quarter" } });
    expect(t.kpis[3]).toMatchObject({ deadlineText: "ASAP", perspective: "learning", frequency: "yearly" });
    expect(t.kpis[3]!.actual).toBeUndefined(); // "high"
    expect(codes(t)).toEqual(["DIRECTION_INFERRED", "NUMBER_UNREADABLE", "DEADLINE_VAGUE", "TOTAL_ROW_SKIPPED"]);
    expect(codeAt(t, "NUMBER_UNREADABLE")).toEqual([[7, 5]]); // "high" in F8
  });

  it("Chinese table with merged perspective cells, full-width digits, 亿 and a totals row", () => {
    const t = readKpiTable(chineseMerged, { asOf });
    expect(t.headerRow).toBe(2);
    expect(t.columns).toMatchObject({ perspective: 1, name: 2, description: 3, target: 4, actual: 5, weight: 6, direction: 7, deadline: 8, owner: 9, frequency: 10 });
    expect(t.kpis).toHaveLength(6);
    const [revenue, marketing, satisfaction, complaints, cycle, training] = t.kpis;
    expect(revenue).toMatchObject({ name: "营业收入", target: 2e8, actual: 1.8e8, weight: 0.3, direction: "higher", deadline: { serial: 46387, kind: "year" }, extra: { 序号: 1 } });
    expect(marketing).toMatchObject({ perspective: "financial", target: 0.12, actual: 0.135, direction: "lower", directionSource: "column" }); // 维度 filled down
    expect(satisfaction).toMatchObject({ perspective: "customer", target: 90, directionSource: "assumed", deadline: { iso: "2026-12-31", kind: "quarter" } });
    expect(complaints).toMatchObject({ perspective: "customer", direction: "lower", directionSource: "inferred", deadlineText: "尽快" });
    expect(complaints!.actual).toBeUndefined(); // #N/A
    expect(cycle).toMatchObject({ band: [3, 5], target: 4, direction: "band", perspective: "process", deadline: { iso: "2026-06-30", kind: "half" } }); // "3至5": midpoint (3+5)/2
    expect(training).toMatchObject({ target: 0.95, actual: 0.9, isPercent: true, perspective: "learning", frequency: "half-yearly" });
    expect(codes(t)).toEqual(["DIRECTION_ASSUMED", "CELL_ERROR", "DIRECTION_INFERRED", "DEADLINE_VAGUE", "DEADLINE_VAGUE", "TOTAL_ROW_SKIPPED"]);
    for (const issue of t.issues) expect(issue.message.zh).not.toBe(issue.message.en);
  });

  it("mixed bilingual headers and values", () => {
    const t = readKpiTable(mixedBilingual, { asOf });
    expect(t.headerRow).toBe(0);
    expect(t.columns).toMatchObject({ name: 0, perspective: 1, owner: 2, baseline: 3, target: 4, actual: 5, weight: 6, direction: 7, deadline: 8, department: 9 });
    expect(t.kpis[0]).toMatchObject({ baseline: 32_000, target: 35_000, actual: 36_000, weight: 40, department: "Sales 销售部", deadline: { iso: "2026-12-31", kind: "month" } }); // 3.2万 = 32,000
    expect(t.kpis[2]).toMatchObject({ name: "Unit cost 单位成本", perspective: "process", baseline: 120, target: 100, actual: 105, direction: "lower", directionSource: "inferred", deadline: { kind: "fiscal-year" } });
    expect(codes(t)).toEqual(["DIRECTION_INFERRED"]);
  });

  it("merged-header leftovers: the group row above the real header is not the header", () => {
    const t = readKpiTable(mergedHeaderGroups, { asOf });
    expect(t.headerRow).toBe(2);
    expect(t.columns).toEqual({ name: 0, owner: 1, target: 2, deadline: 3, description: 7, history: [4, 5, 6] });
    expect(t.historyCadence).toBe("monthly");
    expect(t.kpis[0]).toMatchObject({ target: 4, actual: 7, direction: "lower", deadline: { iso: "2027-03-31" }, history: [{ label: "Jan", value: 9 }, { label: "Feb", value: 8.5 }, { label: "Mar", value: 7 }] });
    expect(t.kpis[1]!.history.map((h) => h.value)).toEqual([3.1, null, 2.9]);
    expect(t.kpis[2]).toMatchObject({ name: "Cost savings", target: 250_000, actual: 61_000, direction: "higher", directionSource: "assumed" });
    expect(codes(t).filter((c) => c === "ACTUAL_FROM_HISTORY")).toHaveLength(3);
  });

  it("blank rows, a subtotal, a bilingual totals row and a note are not KPIs", () => {
    const t = readKpiTable(totalsAndBlanks, { asOf });
    expect(t.headerRow).toBe(0);
    expect(t.kpis.map((k) => [k.row, k.name])).toEqual([[1, "Gross margin"], [3, "Net promoter score"], [6, "Employee engagement"]]);
    expect(codeAt(t, "TOTAL_ROW_SKIPPED")).toEqual([[5, undefined], [7, undefined]]);
    expect(t.kpis[0]).toMatchObject({ target: 0.4, actual: 0.38, isPercent: true });
  });

  it("monthly history columns with blanks, an error and a % unit", () => {
    const t = readKpiTable(monthlyHistory, { asOf });
    expect(t.columns).toMatchObject({ name: 0, unit: 1, target: 2, frequency: 3, history: [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] });
    expect(t.historyCadence).toBe("monthly");
    const [conversion, customers, downtime] = t.kpis;
    // unit "%": 3.5 → 0.035, 2.8 → 0.028 …; the blank Nov/Dec are null, so the latest value is Oct (3.3 → 0.033).
    expect(conversion).toMatchObject({ target: 0.035, actual: 0.033, isPercent: true, frequency: "monthly" });
    expect(conversion!.history.map((h) => h.value)).toEqual([0.028, 0.029, 0.031, 0.03, null, 0.032, 0.033, null, 0.034, 0.033, null, null]);
    expect(customers).toMatchObject({ target: 1200, actual: 125 });
    expect(downtime).toMatchObject({ direction: "lower", directionSource: "inferred", actual: 1.8 });
    expect(downtime!.history[8]).toEqual({ label: "Sep", value: null }); // "n/a"
    expect(codeAt(t, "CELL_ERROR")).toEqual([[1, 8]]); // #DIV/0! in May
    expect(codes(t)).toContain("PERCENT_POINTS_ASSUMED");
  });

  it("text numbers in every format", () => {
    const t = readKpiTable(textNumbers, { asOf });
    expect(t.kpis.map((k) => [k.baseline, k.target, k.actual, k.weight])).toEqual([
      [1234.5, 1_200_000, 1_150_000, 40],
      [-1200, 35_000, 30_000, 30],
      [2e8, 2.5e8, 2.2e8, 10], // "２．２亿" full width
      [-5, 1200, -800, 10],
      [15, 20, 18, 10],
      [undefined, undefined, undefined, undefined],
    ]);
    expect(codeAt(t, "NUMBER_UNREADABLE")).toEqual([[6, 2], [6, 1], [6, 4]]);
    expect(codeAt(t, "CELL_ERROR")).toEqual([[6, 3]]);
  });

  it("percent columns: points, fractions, number formats and bands", () => {
    const t = readKpiTable(percentColumns, { asOf, numberFormats: percentFormats });
    expect(t.kpis.map((k) => [k.target, k.actual, k.band])).toEqual([
      [0.95, 0.93, undefined], // "Target (%)" holds points (95 > 1.5): 95 / 100
      [0.125, 0.2, undefined], // 12.5 / 100; 0.2 is %-formatted, a fraction already
      [0.965, 0.97, [0.95, 0.98]], // band midpoint (0.95 + 0.98) / 2
      [0.015, 0.014, [0.01, 0.02]], // "2–1" in a points column, written high to low
    ]);
    expect(t.kpis.every((k) => k.isPercent === true)).toBe(true);
    expect(t.kpis[3]).toMatchObject({ direction: "band", directionSource: "column" });
    expect(codes(t)).toEqual(["DIRECTION_ASSUMED", "BAND_REVERSED"]);
  });

  it("real dates as headers, newest first, a week apart", () => {
    const t = readKpiTable(dateHeaders, { asOf });
    expect(t.headerRow).toBe(1);
    expect(t.columns.history).toEqual([6, 5, 4, 3]);
    expect(t.historyCadence).toBe("weekly");
    expect(t.headers.slice(3)).toEqual(["2026-02-13", "2026-02-06", "2026-01-30", "2026-01-23"]);
    expect(t.kpis[0]!.history).toEqual([{ label: "2026-01-23", value: 280 }, { label: "2026-01-30", value: null }, { label: "2026-02-06", value: 295 }, { label: "2026-02-13", value: 310 }]);
    expect(t.kpis[1]).toMatchObject({ actual: 45, direction: "lower" });
    expect(codes(t)[0]).toBe("HISTORY_REORDERED");
  });
});

describe("readKpiTable: a row that mixes a fraction with percent points", () => {
  it("reads the baseline typed as a fraction beside a target in points on the target's scale (0.9 beside 94 % is 90 %)", () => {
    const t = readKpiTable(
      [
        ["KPI", "Unit", "Baseline", "Target", "Actual"],
        ["Paper machine speed efficiency", "%", 0.9, 94, 92],
        ["Defect rate", "%", 2.5, 0.8, 1.9],
      ],
      { asOf },
    );
    expect(t.kpis.map((k) => [k.baseline, k.target, k.actual])).toEqual([
      [0.9, 0.94, 0.92],
      [0.025, 0.008, 0.019],
    ]);
    // "points assumed" is said of a cell read as points (the target 94), never of the fraction 0.9
    const first = t.issues.find((i) => i.code === "PERCENT_POINTS_ASSUMED");
    expect(first === undefined ? undefined : [first.row, first.column]).toEqual([1, 3]);
  });
});
