/** Reading what an evaluation needs: ≤ 2 syncs whatever the size, formats only where they matter. */
import { formatColumns, readColumnsOption, readEvaluationInput } from "../../../src/excel/read/readEvaluationInput";
import type { EvaluateRequest } from "../../../src/excel";
import { createHost } from "../../../src/host";
import { addTable, formatPercentRows, kpiAddress, kpiRows } from "../port/helpers";

const request = (over: Partial<EvaluateRequest> = {}): EvaluateRequest => ({
  kpiTable: { kind: "table", name: "Kpis", sheet: "Data", address: "Data!A1:L11" },
  strategy: { table: { kind: "table", name: "Goals", sheet: "Data", address: "Data!N1:O3" } },
  settings: { asOf: 46_447 },
  language: "en",
  ...over,
});

async function workbook(n: number, firstRow = 1) {
  const host = createHost({ sheets: ["Data"] });
  host.setCells("Data", kpiAddress(n, firstRow), kpiRows(n));
  host.setCells("Data", "N1:O3", [["Objective", "Weight"], ["Grow revenue", 3], ["Keep customers", 2]]);
  await formatPercentRows(host, "Data", firstRow - 1, n);
  await addTable(host, "Data", kpiAddress(n, firstRow), "Kpis");
  await addTable(host, "Data", "N1:O3", "Goals");
  host.resetStats();
  return host;
}

describe("readEvaluationInput", () => {
  it.each([10, 10_000])("reads %i KPIs and the strategy table in two syncs, responses under 5 MB", async (n) => {
    const host = await workbook(n);
    const input = await host.run((context) => readEvaluationInput(context, request()));
    expect(host.stats.syncs).toBe(2);
    expect(Math.max(...host.stats.responseBytes)).toBeLessThan(5 * 1024 * 1024);
    expect(input.kpi.rect).toEqual({ sheet: "Data", row: 0, column: 0, rowCount: n + 1, columnCount: 12 });
    expect(input.kpi.values).toHaveLength(n + 1);
    expect(input.kpi.values[n]?.[0]).toBe(`Revenue of unit ${n}`);
    expect(input.strategy).toEqual([["Objective", "Weight"], ["Grow revenue", 3], ["Keep customers", 2]]);
  });

  it("reads a table larger than Excel's response limit in row blocks over more syncs, each response under 5 MB", async () => {
    // 8,000 KPIs × (12 + 30 note columns of ~34 characters) ≈ 8,000 × 30 × 37 bytes ≈ 8.9 MB of values
    const n = 8000;
    const notes = Array.from({ length: 30 }, (_, i) => `Note ${i}`);
    const rows = kpiRows(n).map((row, r) => [...row, ...notes.map((h, i) => (r === 0 ? h : `comment ${r}-${i} xxxxxxxxxxxxxxxxxxxxxx`))]);
    const host = createHost({ sheets: ["Data"] });
    host.setCells("Data", `A1:AP${n + 1}`, rows);
    host.resetStats();
    const input = await host.run((context) =>
      readEvaluationInput(context, request({ kpiTable: { kind: "range", name: "big", sheet: "Data", address: `Data!A1:AP${n + 1}` }, strategy: {} })),
    );
    expect(host.stats.syncs).toBeGreaterThanOrEqual(4);
    expect(Math.max(...host.stats.responseBytes)).toBeLessThan(5 * 1024 * 1024);
    expect(input.kpi.values).toHaveLength(n + 1);
    expect(input.kpi.values[n]?.[41]).toBe(`comment ${n}-29 xxxxxxxxxxxxxxxxxxxxxx`);
  }, 60_000);

  it("reads number formats of the numeric columns only (baseline, target, actual, history)", async () => {
    const host = await workbook(3);
    const input = await host.run((context) => readEvaluationInput(context, request()));
    // row 3 is KPI index 2, a percent row: D:F and J:L are "0%"; text columns were not read (null)
    expect(input.kpi.numberFormats[3]).toEqual([null, null, null, "0%", "0%", "0%", null, null, null, "0%", "0%", "0%"]);
    expect(input.kpi.numberFormats[1]?.[4]).toBe("General");
  });

  it("reads a plain range with a title block, by address, without a strategy table", async () => {
    const host = createHost({ sheets: ["Data"] });
    host.setCells("Data", "B1", [["Title"]]);
    host.setCells("Data", "B3:M5", kpiRows(2));
    const input = await host.run((context) =>
      readEvaluationInput(context, request({ kpiTable: { kind: "range", name: "Data!B1:M5", sheet: "Data", address: "Data!B1:M5" }, strategy: {} })),
    );
    expect(input.kpi.rect).toEqual({ sheet: "Data", row: 0, column: 1, rowCount: 5, columnCount: 12 });
    expect(input.kpi.values[2]?.[0]).toBe("KPI");
    expect(input.strategy).toBeUndefined();
  });

  it("fails with ItemNotFound when the table was deleted", async () => {
    const host = await workbook(2);
    await host.run(async (context) => {
      context.workbook.tables.getItem("Kpis").delete();
      await context.sync();
    });
    await expect(host.run((context) => readEvaluationInput(context, request()))).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("column helpers", () => {
  it("lists the numeric columns of a column map", () => {
    expect(formatColumns({ name: 0, baseline: 3, target: 4, actual: 5, weight: 6, history: [9, 10] })).toEqual([3, 4, 5, 9, 10]);
    expect(formatColumns({ history: [] })).toEqual([]);
  });

  it("passes numeric overrides through and drops anything else, without mutating its argument", () => {
    const overrides = { name: 2, target: 5, history: [7, 8] };
    expect(readColumnsOption(overrides)).toEqual({ name: 2, target: 5, history: [7, 8] });
    expect(readColumnsOption({ actual: "x" as unknown as number })).toEqual({});
    expect(readColumnsOption(undefined)).toBeUndefined();
    expect(overrides).toEqual({ name: 2, target: 5, history: [7, 8] });
  });
});
