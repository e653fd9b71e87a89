import fc from "fast-check";
import { readKpiTable } from "../../../src/engine/read/readKpiTable";
import type { KpiTable } from "../../../src/engine/model";
import { generateKpiTable } from "../../../bench/generateTable";

const asOf = 46353; // 2026-11-27
const codes = (t: KpiTable) => t.issues.map((i) => i.code);

describe("readKpiTable: columns", () => {
  it("overrides roles by header text or index, and history in the order given", () => {
    const values = [
      ["Thing", "Goal?", "Now", "P1", "P2", "Misc"],
      ["Revenue", 100, 90, 80, 85, "x"],
    ];
    const t = readKpiTable(values, { columns: { name: "Thing", target: 1, actual: "now", history: ["P1", 4] } });
    expect(t.columns).toEqual({ name: 0, target: 1, actual: 2, history: [3, 4] });
    expect(t.kpis[0]).toMatchObject({ name: "Revenue", target: 100, actual: 90, history: [{ label: "P1", value: 80 }, { label: "P2", value: 85 }], extra: { Misc: "x" } });
  });

  it("reports an override that matches no column", () => {
    const t = readKpiTable([["KPI", "Target"], ["A", 1]], { columns: { actual: "Nope", weight: 9 } });
    expect(codes(t).filter((c) => c === "COLUMN_OVERRIDE_NOT_FOUND")).toHaveLength(2);
    expect(t.columns).toEqual({ name: 0, target: 1, history: [] });
  });

  it("reads from row 0 without a header when roles are given by index", () => {
    const t = readKpiTable([["Revenue", 100, 90]], { columns: { name: 0, target: 1, actual: 2 } });
    expect(t.headerRow).toBe(-1);
    expect(t.kpis[0]).toMatchObject({ row: 0, name: "Revenue", target: 100, actual: 90 });
  });

  it("keeps unrecognised columns as extras, by header text (blank headers by column letter, repeats numbered)", () => {
    const t = readKpiTable([["KPI", "Target", "Source", "", "Source"], ["A", 1, "ERP", 7, "BI"]]);
    expect(t.kpis[0]!.extra).toEqual({ Source: "ERP", D: 7, "Source (2)": "BI" });
  });

  it("uses the first of two columns for a role and reports the other, which stays an extra", () => {
    const t = readKpiTable([["KPI", "Target", "Plan"], ["A", 1, 2]]);
    expect(t.columns.target).toBe(1);
    expect(codes(t)).toContain("DUPLICATE_COLUMN");
    expect(t.kpis[0]!.extra).toEqual({ Plan: 2 });
  });

  it("guesses the name column when no header names it", () => {
    const t = readKpiTable([["No.", "Bezeichnung", "Target", "Actual"], [1, "Revenue", 10, 9], [2, "Margin", 5, 4]]);
    expect(t.columns.name).toBe(1);
    expect(codes(t)).toContain("NAME_COLUMN_GUESSED");
    expect(t.kpis.map((k) => k.name)).toEqual(["Revenue", "Margin"]);
  });

  it("takes the unit from a target header such as 目标（万元） when there is no unit column", () => {
    const t = readKpiTable([["指标名称", "目标（万元）", "实际"], ["营业收入", 500, 480]]);
    expect(t.kpis[0]).toMatchObject({ unit: "万元", target: 500, actual: 480 });
  });
});

describe("readKpiTable: values", () => {
  it("decides direction from the column, a band or comparator in the target, the name, or assumes higher", () => {
    const t = readKpiTable([
      ["KPI", "Target", "Direction"],
      ["A", 10, "lower"],
      ["B", "≤ 2%", ""],
      ["C", "≥95%", ""],
      ["Churn", 5, "sideways"],
      ["D", "90-110", ""],
      ["E", 10, ""],
    ]);
    expect(t.kpis.map((k) => [k.direction, k.directionSource])).toEqual([
      ["lower", "column"],
      ["lower", "column"],
      ["higher", "column"],
      ["lower", "inferred"], // "sideways" is unreadable, then the name says churn
      ["band", "column"],
      ["higher", "assumed"],
    ]);
    expect(t.kpis[1]!.target).toBe(0.02);
    expect(t.kpis[4]).toMatchObject({ band: [90, 110], target: 100 });
    expect(codes(t)).toEqual(["DIRECTION_UNREADABLE", "DIRECTION_INFERRED", "DIRECTION_ASSUMED"]);
  });

  it("reads weights in any relative form and thresholds as score ratios", () => {
    const t = readKpiTable([
      ["KPI", "Weight", "Green", "Amber"],
      ["A", "40%", 95, "90%"], // green 95 → 0.95 (a score ratio written in points)
      ["B", 40, 1, 0.9],
      ["C", 0.4, "", ""],
    ]);
    expect(t.kpis.map((k) => [k.weight, k.green, k.amber])).toEqual([[0.4, 0.95, 0.9], [40, 1, 0.9], [0.4, undefined, undefined]]);
  });

  it("sets history values to null for blank and unreadable cells, reporting only the unreadable", () => {
    const t = readKpiTable([["KPI", "Actual", "Q1", "Q2", "Q3", "Q4"], ["A", 4, 1, "", "two", true]]);
    expect(t.historyCadence).toBe("quarterly");
    expect(t.kpis[0]!.history.map((h) => h.value)).toEqual([1, null, null, null]);
    expect(t.issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ["NUMBER_UNREADABLE", 1, 4],
      ["BOOLEAN_NOT_NUMBER", 1, 5],
      ["DIRECTION_ASSUMED", 1, undefined],
    ]);
  });

  it("treats a perspective heading row as a section for the KPIs below it", () => {
    const t = readKpiTable([["指标", "目标", "实际"], ["财务层面", null, null], ["营业收入", 10, 9], ["客户层面"], ["满意度", 90, 88]]);
    expect(t.kpis.map((k) => [k.name, k.perspective])).toEqual([["营业收入", "financial"], ["满意度", "customer"]]);
  });

  it("skips an unlabelled sum row at the bottom (weights adding up to 100)", () => {
    const t = readKpiTable([["KPI", "Weight"], ["A", 60], ["B", 40], [null, 100]]);
    expect(t.kpis.map((k) => k.name)).toEqual(["A", "B"]);
    expect(t.issues.filter((i) => i.code === "TOTAL_ROW_SKIPPED").map((i) => i.row)).toEqual([3]);
  });

  it("reports a row with data but no name", () => {
    const t = readKpiTable([["KPI", "Target", "Actual"], ["", 10, 9]]);
    expect(t.kpis[0]).toMatchObject({ name: "", target: 10 });
    expect(codes(t)[0]).toBe("NAME_MISSING");
  });

  it("gives every cell issue a position and messages in both languages", () => {
    const t = readKpiTable([["KPI", "Target"], ["A", "#REF!"]]);
    const issue = t.issues.find((i) => i.code === "CELL_ERROR");
    expect(issue).toEqual({ code: "CELL_ERROR", severity: "warning", row: 1, column: 1, kpi: 0, message: { en: "Cell B2 (Target) holds the error #REF!.", zh: "单元格 B2（Target）包含错误值 #REF!。" } });
  });
});

describe("readKpiTable: robustness", () => {
  it("returns an issue, not an exception, for input that is not a table", () => {
    for (const bad of [null, undefined, 42, "text", {}, [1, 2, 3], [[]], []]) {
      const t = readKpiTable(bad as unknown[][]);
      expect(t.kpis).toEqual([]);
      expect(t.headerRow).toBe(-1);
      expect(["NOT_A_TABLE", "HEADER_NOT_FOUND"]).toContain(t.issues[0]?.code);
    }
  });

  it("copes with jagged rows, non-array rows, huge numbers and objects", () => {
    const t = readKpiTable([["KPI", "Target", "Actual"], ["A", 1e308], "oops" as unknown as unknown[], ["B", NaN, Infinity, "extra", "more"], ["C", { a: 1 }, [2]]]);
    expect(t.kpis.map((k) => [k.name, k.target, k.actual])).toEqual([["A", 1e308, undefined], ["B", undefined, undefined], ["C", undefined, undefined]]);
    expect(codes(t).filter((c) => c === "CELL_ERROR")).toHaveLength(2); // NaN and Infinity
  });

  const cell = fc.oneof(
    fc.double(), // includes NaN, ±Infinity, -0
    fc.integer({ min: 20000, max: 80000 }),
    fc.string(),
    fc.constantFrom("KPI", "Target", "Actual", "权重", "指标名称", "Jan", "Q1", "合计", "95%", "¥3.5万", "#N/A", "越低越好", "2026年底", "90–110", "", "  "),
    fc.string({ unit: fc.constantFrom(..."财务客户目标实际值率成本投诉万亿％１２３"), maxLength: 6 }),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
  );
  const table = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 });

  it("never throws and always returns the same shape (property)", () => {
    fc.assert(
      fc.property(table, (values) => {
        const t = readKpiTable(values, { asOf });
        expect(Object.keys(t).filter((k) => k !== "historyCadence").sort()).toEqual(["columns", "headerRow", "headers", "issues", "kpis"]);
        expect(Number.isInteger(t.headerRow) && t.headerRow >= -1).toBe(true);
        expect(Array.isArray(t.columns.history)).toBe(true);
        for (const k of t.kpis) {
          expect(typeof k.name).toBe("string");
          expect(Array.isArray(k.history) && k.history.length === t.columns.history.length).toBe(true);
          expect(k.row).toBeGreaterThan(t.headerRow);
          for (const n of [k.target, k.actual, k.baseline, k.weight]) if (n !== undefined) expect(Number.isFinite(n)).toBe(true);
        }
        for (const i of t.issues) expect(typeof i.message.en === "string" && typeof i.message.zh === "string" && /^[A-Z_]+$/.test(i.code)).toBe(true);
      }),
      { seed: 20261127, numRuns: 400 },
    );
  });

  it("does not mutate its input (property)", () => {
    fc.assert(
      fc.property(table, (values) => {
        const copy = values.map((row) => [...row]);
        readKpiTable(values, { asOf, columns: { history: ["Jan"] } });
        expect(values).toEqual(copy);
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it("does not mutate options or number formats", () => {
    const options = { columns: { target: "Target" }, numberFormats: [["General"], ["0%"]], asOf };
    const before = JSON.stringify(options);
    readKpiTable([["KPI", "Target"], ["A", 0.5]], options);
    expect(JSON.stringify(options)).toBe(before);
  });

  it("reads the benchmark's 10,000 generated rows × 35 columns (speed: npm run bench)", () => {
    const values = generateKpiTable(10_000, 24, 1);
    expect(values[3]).toHaveLength(35);
    const t = readKpiTable(values, { asOf });
    expect(t.kpis).toHaveLength(10_000);
    expect(t.historyCadence).toBe("monthly");
    expect(t.columns.history).toHaveLength(24);
  });
});

describe("readKpiTable: carrying values down", () => {
  const values = [
    ["维度", "战略目标", "部门", "指标名称", "目标值", "实际值"],
    ["财务", "提升收入", "销售部", "销售额", 100, 90],
    [null, null, null, "毛利率", "40%", "38%"],
    [null, null, null, "回款率", "95%", "96%"],
  ];
  it("carries the perspective down (a grouping column) but leaves a blank objective and department blank", () => {
    const { kpis } = readKpiTable(values);
    expect(kpis.map((k) => k.perspective)).toEqual(["financial", "financial", "financial"]);
    expect(kpis.map((k) => k.objective)).toEqual(["提升收入", undefined, undefined]);
    expect(kpis.map((k) => k.department)).toEqual(["销售部", undefined, undefined]);
  });
  it("carries objective and department into cells Excel reports as merged", () => {
    // 战略目标 merged over rows 1–3 (column 1); 部门 merged over rows 1–2 only (column 2).
    const merged = [
      { row: 1, column: 1, rowCount: 3, columnCount: 1 },
      { row: 1, column: 2, rowCount: 2, columnCount: 1 },
    ];
    const { kpis } = readKpiTable(values, { merged });
    expect(kpis.map((k) => k.objective)).toEqual(["提升收入", "提升收入", "提升收入"]);
    expect(kpis.map((k) => k.department)).toEqual(["销售部", "销售部", undefined]);
  });
  it("ignores malformed merged areas", () => {
    const merged = [{ row: -1, column: 1, rowCount: 3, columnCount: 1 }, null, { row: 1, column: 1, rowCount: 1.5, columnCount: 1 }];
    const { kpis } = readKpiTable(values, { merged: merged as never });
    expect(kpis.map((k) => k.objective)).toEqual(["提升收入", undefined, undefined]);
  });
});
