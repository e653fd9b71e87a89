/** insertSample: a realistic bilingual sample the add-in can detect and evaluate straight away. */
import { evaluate, readKpiTable, readObjectives } from "../../../src/engine";
import { SAMPLE_KPIS, SAMPLE_OBJECTIVES, sampleGrid } from "../../../src/excel";
import { asText } from "../../../src/excel/sample/sampleGrid";
import { freeName } from "../../../src/excel/sample/insertSample";
import { createHost } from "../../../src/host";
import { portFor } from "./helpers";

const AS_OF = 46_447; // 2027-02-28

describe("insertSample", () => {
  it.each(["en", "zh"] as const)("writes both tables (%s) into a new sheet that detect then finds", async (lang) => {
    const host = createHost();
    const port = portFor(host);
    const refs = await port.insertSample(lang);
    const sheet = lang === "en" ? "KPI Sample" : "KPI 示例";
    expect(host.getSheetNames()).toEqual(["Sheet1", sheet]);
    // 14 KPIs + header = 15 rows from row 3; 24 columns (12 + 12 months) → A3:X17; strategy 6 rows × 4 after one blank column → Z3:AC8
    expect(refs.kpiTable).toEqual({ kind: "table", name: "KpiSample", sheet, address: `'${sheet}'!A3:X17` });
    expect(refs.strategyTable).toEqual({ kind: "table", name: "StrategySample", sheet, address: `'${sheet}'!Z3:AC8` });

    const found = await port.detect();
    expect(found.kpiTables[0]?.ref).toEqual(refs.kpiTable);
    expect(found.kpiTables[0]?.rowCount).toBe(14);
    expect(found.kpiTables[0]?.columns.history).toHaveLength(12);
    expect(found.strategyTables[0]?.ref).toEqual(refs.strategyTable);
    expect(found.strategyTables[0]?.rowCount).toBe(5);
    expect(await port.activeCell()).toEqual({ sheet, row: 3, column: 0 });
  });

  it("picks free sheet and table names when the sample is inserted twice", async () => {
    const host = createHost();
    const port = portFor(host);
    await port.insertSample("en");
    const second = await port.insertSample("en");
    expect(host.getSheetNames()).toEqual(["Sheet1", "KPI Sample", "KPI Sample (2)"]);
    expect([second.kpiTable.name, second.strategyTable.name]).toEqual(["KpiSample2", "StrategySample2"]);
  });

  it("writes text as text: deadlines and headers stay as written, nothing becomes a formula", async () => {
    const host = createHost();
    await portFor(host).insertSample("zh");
    const formulas = host.getFormulas("KPI 示例", "A1:AC17").flat();
    expect(formulas.some((f) => typeof f === "string" && f.startsWith("="))).toBe(false);
    // row 3 is the header; the first KPI's deadline (column L) was written as "2026-12-31" text, and the
    // month headers stay text (Excel would otherwise turn them into dates)
    expect(host.getValues("KPI 示例", "L4")).toEqual([["2026-12-31"]]);
    expect(host.getValues("KPI 示例", "M3:N3")).toEqual([["2025年12月", "2026年1月"]]);
  });
});

describe("sample data", () => {
  it("spans the four perspectives with lower-is-better KPIs and 12 months of history", () => {
    expect(SAMPLE_KPIS.length).toBeGreaterThanOrEqual(12);
    expect(SAMPLE_KPIS.length).toBeLessThanOrEqual(15);
    expect(new Set(SAMPLE_KPIS.map((k) => k.perspective))).toEqual(new Set(["financial", "customer", "process", "learning"]));
    expect(SAMPLE_KPIS.filter((k) => k.direction === "lower").length).toBeGreaterThanOrEqual(3);
    for (const k of SAMPLE_KPIS) expect(k.history).toHaveLength(12);
    expect(SAMPLE_OBJECTIVES.length).toBeGreaterThanOrEqual(4);
  });

  it.each(["en", "zh"] as const)("reads back through the engine (%s): 14 KPIs, weak ones flagged, a signal raised", (lang) => {
    const grid = sampleGrid(lang);
    const unquote = (rows: (string | number)[][]) => rows.map((r) => r.map((v) => (typeof v === "string" && v.startsWith("'") ? v.slice(1) : v)));
    const table = readKpiTable(unquote(grid.kpi.values), { numberFormats: grid.kpi.numberFormats, asOf: AS_OF });
    expect(table.kpis).toHaveLength(14);
    expect(table.kpis.filter((k) => k.direction === "lower").map((k) => k.row)).toEqual([3, 5, 6, 9]);
    expect(table.kpis[0]?.isPercent).toBe(true);
    const objectives = readObjectives(unquote(grid.strategy.values)).objectives;
    expect(objectives.map((o) => o.weight)).toEqual([3, 3, 2, 2, 1]);
    const result = evaluate(table, objectives, { asOf: AS_OF });
    const weak = result.kpis.filter((k) => k.smart.score <= 2).map((k) => k.index);
    expect(weak).toEqual(expect.arrayContaining([12, 13]));
    // the defect rate (index 8) jumps from ~1.7% to 3.2% in the latest month: a point above the upper limit
    // (the other KPIs are stable processes with noise and raise no signal)
    expect(result.kpis[8]?.trend.signal).toMatchObject({ kind: "ABOVE_LIMIT", index: 11 });
    expect(result.kpis.filter((k) => k.trend.signal !== undefined).map((k) => k.index)).toEqual([8]);
    // every status appears: 5 On track, 3 At risk, 5 Off track, 1 No data
    expect(result.counts).toEqual({ "On track": 5, "At risk": 3, "Off track": 5, "No data": 1 });
  });
});

describe("sample helpers", () => {
  it("protects text Excel could read as something else", () => {
    expect(asText("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(asText("+1")).toBe("'+1");
    expect(asText("-x")).toBe("'-x");
    expect(asText("@SUM")).toBe("'@SUM");
    expect(asText("2027-12-31")).toBe("'2027-12-31");
    expect(asText("TRUE")).toBe("'TRUE");
    expect(asText("Revenue")).toBe("Revenue");
    expect(asText("")).toBe("");
  });

  it("finds a free name case-insensitively", () => {
    expect(freeName("KPI Sample", [], (n) => ` (${n})`)).toBe("KPI Sample");
    expect(freeName("KPI Sample", ["kpi sample", "KPI SAMPLE (2)"], (n) => ` (${n})`)).toBe("KPI Sample (3)");
  });
});
