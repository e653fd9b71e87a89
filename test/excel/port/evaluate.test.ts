/**
 * evaluate(): read, evaluate, write — at most 6 syncs at 10 KPIs and 7 at 10,000 (the board columns
 * of issue 14, Status text and the live Needed for green with its "≥ / ≤" formats, add about 2 MB at
 * 10,000 rows: one more sync).
 */
import { createHost } from "../../../src/host";
import type { EvaluateRequest, ProgressStep, TableRef } from "../../../src/excel";
import { WRITE_FEATURES } from "../../../src/excel/write/apiFeatures";
import { addName, addTable, formatPercentRows, kpiAddress, kpiRows, portFor } from "./helpers";

const AS_OF = 46_447; // 2027-02-28

async function workbook(n: number) {
  const host = createHost({ sheets: ["Data"] });
  host.setCells("Data", "A1", [["KPI report"]]);
  host.setCells("Data", kpiAddress(n, 3), kpiRows(n));
  await formatPercentRows(host, "Data", 2, n);
  host.setCells("Data", "N3:O5", [["Objective", "Weight"], ["Grow revenue", 3], ["Keep customers", 2]]);
  await addTable(host, "Data", kpiAddress(n, 3), "Kpis");
  await addTable(host, "Data", "N3:O5", "Goals");
  host.resetStats();
  return host;
}

const kpiRef = (n: number): TableRef => ({ kind: "table", name: "Kpis", sheet: "Data", address: `Data!${kpiAddress(n, 3)}` });
const request = (n: number): EvaluateRequest => ({
  kpiTable: kpiRef(n),
  strategy: { table: { kind: "table", name: "Goals", sheet: "Data", address: "Data!N3:O5" } },
  settings: { asOf: AS_OF },
  language: "en",
});

describe("evaluate", () => {
  it.each([
    [10, 6],
    [10_000, 7],
  ])("reads, evaluates and writes %i KPIs in at most %i syncs, every request under 5 MB", async (n, syncs) => {
    const host = await workbook(n);
    const steps: ProgressStep[] = [];
    const outcome = await portFor(host).evaluate(request(n), (s) => steps.push(s));
    expect(host.stats.runs).toBe(1);
    expect(host.stats.syncs).toBeLessThanOrEqual(syncs);
    expect(Math.max(...host.stats.requestBytes)).toBeLessThan(5 * 1024 * 1024);
    expect(Math.max(...host.stats.responseBytes)).toBeLessThan(5 * 1024 * 1024);
    expect(steps).toEqual(["reading", "evaluating", "writing", "done"]);
    expect(outcome.evaluation.kpis).toHaveLength(n);
    expect(outcome.evaluation.objectives.map((o) => o.name)).toEqual(["Grow revenue", "Keep customers"]);
    expect(outcome.sheets.scorecard).toBe("Scorecard");
  }, 60_000);

  it("returns each KPI's source as absolute sheet positions", async () => {
    const host = await workbook(3);
    const outcome = await portFor(host).evaluate(request(3));
    // table header on sheet row 2 (0-based), KPIs on rows 3, 4, 5; columns as in KPI_HEADER starting at A
    expect(outcome.source).toEqual({
      sheet: "Data",
      rows: [3, 4, 5],
      columns: { name: 0, perspective: 1, owner: 2, baseline: 3, target: 4, actual: 5, weight: 6, direction: 7, deadline: 8 },
    });
    // KPI 1: higher is better, baseline 80, target 100, actual 90 → (90 − 80) / (100 − 80) = 0.5
    expect(outcome.evaluation.kpis[0]?.attainment).toBeCloseTo(0.5);
    // KPI 3 is a percent row: baseline 30%, target 50%, actual 40% → (0.4 − 0.3) / (0.5 − 0.3) = 0.5
    expect(outcome.evaluation.kpis[2]?.inputs.isPercent).toBe(true);
    expect(outcome.evaluation.kpis[2]?.attainment).toBeCloseTo(0.5);
  });

  it("applies column overrides given 0-based inside the table range", async () => {
    const host = await workbook(3);
    // read "Jan" (column 9) as the actual: KPI 1 → (85 − 80) / (100 − 80) = 0.25
    const outcome = await portFor(host).evaluate({ ...request(3), columns: { actual: 9 } });
    expect(outcome.evaluation.kpis[0]?.attainment).toBeCloseTo(0.25);
    expect(outcome.source.columns.actual).toBe(9);
  });

  it("uses the objectives typed in the pane when there is no strategy table", async () => {
    const host = await workbook(2);
    const outcome = await portFor(host).evaluate({ ...request(2), strategy: { objectives: [{ name: "Grow revenue", weight: 1 }] } });
    expect(outcome.evaluation.objectives.map((o) => o.name)).toEqual(["Grow revenue"]);
  });

  it("reads a KPI table given as a named range", async () => {
    const host = createHost({ sheets: ["Data"] });
    host.setCells("Data", "C2:N4", kpiRows(2));
    await addName(host, "KpiBlock", "Data", "C2:N4");
    const outcome = await portFor(host).evaluate({ kpiTable: { kind: "name", name: "KpiBlock", sheet: "Data", address: "Data!C2:N4" }, strategy: {}, settings: { asOf: AS_OF }, language: "en" });
    // header on sheet row 1, KPIs on rows 2 and 3; the name column is C (2), target G (6)
    expect(outcome.source.rows).toEqual([2, 3]);
    expect([outcome.source.columns.name, outcome.source.columns.target]).toEqual([2, 6]);
  });

  it("evaluates the inserted sample end to end", async () => {
    const host = createHost();
    const port = portFor(host);
    const refs = await port.insertSample("zh");
    const outcome = await port.evaluate({ kpiTable: refs.kpiTable, strategy: { table: refs.strategyTable }, settings: { asOf: AS_OF }, language: "zh" });
    expect(outcome.evaluation.kpis).toHaveLength(14);
    expect(outcome.source.rows[0]).toBe(3);
    expect(host.getSheetNames()).toEqual(expect.arrayContaining(["Sheet1", "KPI 示例", outcome.sheets.scorecard]));
  });
});

describe("evaluate on the oldest Excel the manifest admits (ExcelApi 1.9)", () => {
  it("reads, evaluates and writes with only the outline (ExcelApi 1.10) skipped, and one note saying so", async () => {
    // The manifest requires ExcelApi 1.9: the whole evaluation must work there, newer APIs being gated.
    const host = createHost({ sheets: ["Data"], supportedSets: { ExcelApi: "1.9" } });
    host.setCells("Data", kpiAddress(3, 3), kpiRows(3));
    const range: TableRef = { kind: "range", name: kpiAddress(3, 3), sheet: "Data", address: `Data!${kpiAddress(3, 3)}` };
    const outcome = await portFor(host).evaluate({ ...request(3), kpiTable: range, strategy: {} });
    expect(outcome.evaluation.kpis).toHaveLength(3);
    expect(outcome.notes).toEqual([WRITE_FEATURES.outline.skipped]);
    expect(outcome.renamed).toEqual([]);
    expect(host.getSheetNames()).toEqual(expect.arrayContaining(["Scorecard", "Strategy Match", "SMART Review", "Evaluation Log"]));
    expect(host.stats.syncs).toBeLessThanOrEqual(6);
  });
});
