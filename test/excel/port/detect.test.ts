/** detect(): Excel tables first, else the block around the selection (its region, else the used range), else a named range. */
import { createExcelPort, WorkbookError } from "../../../src/excel";
import { createHost } from "../../../src/host";
import { splitBlocks } from "../../../src/excel/read/detectTables";
import { addName, addTable, kpiAddress, kpiRows, portFor } from "./helpers";

describe("detect", () => {
  it("finds a KPI table and a strategy table among Excel tables, in two syncs", async () => {
    const host = createHost({ sheets: ["Plan"] });
    host.setCells("Plan", kpiAddress(3), kpiRows(3));
    host.setCells("Plan", "N1:O3", [["Objective", "Weight"], ["Grow revenue", 3], ["Keep customers", 2]]);
    await addTable(host, "Plan", kpiAddress(3), "Kpis");
    await addTable(host, "Plan", "N1:O3", "Goals");
    host.resetStats();

    const found = await portFor(host).detect();

    expect(host.stats.syncs).toBe(2);
    expect(found.kpiTables).toHaveLength(1);
    const kpi = found.kpiTables[0];
    expect(kpi?.ref).toEqual({ kind: "table", name: "Kpis", sheet: "Plan", address: "Plan!A1:L4" });
    expect(kpi?.rowCount).toBe(3);
    expect(kpi?.headerRow).toBe(0);
    // KPI_HEADER: KPI(0) Perspective(1) Owner(2) Baseline(3) Target(4) Actual(5) Weight(6) Direction(7) Deadline(8) Jan–Mar(9–11)
    expect(kpi?.columns).toMatchObject({ name: 0, perspective: 1, owner: 2, baseline: 3, target: 4, actual: 5, weight: 6, direction: 7, deadline: 8, history: [9, 10, 11] });
    expect(found.strategyTables.map((t) => [t.ref.name, t.rowCount, t.columns.name, t.columns.weight])).toEqual([["Goals", 2, 0, 1]]);
  });

  it("puts the table with more recognised columns first", async () => {
    const host = createHost({ sheets: ["S"] });
    host.setCells("S", "A1:B3", [["KPI", "Actual"], ["Sales", 1], ["Churn", 2]]);
    host.setCells("S", kpiAddress(2, 10), kpiRows(2));
    await addTable(host, "S", "A1:B3", "Small");
    await addTable(host, "S", kpiAddress(2, 10), "Full");
    const found = await portFor(host).detect();
    expect(found.kpiTables.map((t) => t.ref.name)).toEqual(["Full", "Small"]);
  });

  it("reads the block around the selected cell (getSurroundingRegion): the title and blank row above stay out", async () => {
    const host = createHost({ sheets: ["Report"] });
    host.setCells("Report", "A1", [["Sales KPIs 2027"]]);
    host.setCells("Report", kpiAddress(4, 3), kpiRows(4));
    host.setCells("Report", "N3:N4", [["Notes"], ["beyond a blank column"]]);
    host.setSelection("Report", "B5");
    host.resetStats();

    const found = await portFor(host).detect();

    expect(host.stats.syncs).toBe(2);
    const kpi = found.kpiTables[0];
    // the region of B5 is the header row 3 and 4 KPI rows (A3:L7); row 2 is blank, column M is blank
    expect(kpi?.ref).toEqual({ kind: "range", name: "Report!A3:L7", sheet: "Report", address: "Report!A3:L7" });
    expect(kpi?.headerRow).toBe(0);
    expect(kpi?.rowCount).toBe(4);
    expect(kpi?.columns).toMatchObject({ name: 0, target: 4, actual: 5 });
    expect(found.strategyTables).toEqual([]);
  });

  it("reads the used range of the active sheet when getSurroundingRegion is unavailable (ExcelApi < 1.7)", async () => {
    const host = createHost({ sheets: ["Report"] });
    host.setCells("Report", "A1", [["Sales KPIs 2027"]]);
    host.setCells("Report", kpiAddress(4, 3), kpiRows(4));
    host.setSelection("Report", "B5");
    host.resetStats();

    const found = await portFor(host, { region: false }).detect();

    expect(host.stats.syncs).toBe(2);
    const kpi = found.kpiTables[0];
    expect(kpi?.ref).toEqual({ kind: "range", name: "Report!A1:L7", sheet: "Report", address: "Report!A1:L7" });
    // title in row 0, blank row 1, header in row 2 → 4 KPIs below it
    expect(kpi?.headerRow).toBe(2);
    expect(kpi?.rowCount).toBe(4);
  });

  it("uses the used range when the selected cell's region is a single cell", async () => {
    const host = createHost({ sheets: ["S"] });
    host.setCells("S", kpiAddress(3), kpiRows(3));
    host.setSelection("S", "P20"); // blank, far from the block: its region is P20 alone
    const found = await portFor(host).detect();
    expect(found.kpiTables.map((t) => [t.ref.address, t.rowCount])).toEqual([["S!A1:L4", 3]]);
  });

  it("still detects the block when the region call fails (retried without the selection)", async () => {
    // The host lacks getSurroundingRegion (ExcelApi 1.6) while isSetSupported claims it: the first
    // probe fails with ApiNotFound and is retried without it, reading the used range.
    const host = createHost({ sheets: ["S"], supportedSets: { ExcelApi: "1.6" } });
    host.setCells("S", kpiAddress(3), kpiRows(3));
    host.setSelection("S", "B2");
    const port = createExcelPort({ run: (batch) => host.run(batch), isSetSupported: () => true, displayLanguage: () => "en-US" });
    const found = await port.detect();
    expect(found.kpiTables.map((t) => [t.ref.address, t.rowCount])).toEqual([["S!A1:L4", 3]]);
    expect(host.stats.syncs).toBe(3); // failed probe, probe again, read
  });

  it("falls back to a named range when the active sheet has no KPI block", async () => {
    const host = createHost({ sheets: ["Notes", "Data"] });
    host.setCells("Notes", "A1:A2", [["Meeting notes"], ["nothing here"]]);
    host.setCells("Data", "C2:N5", kpiRows(3));
    host.setCells("Data", "P2:P4", [["Strategic objective"], ["Grow revenue"], ["Keep customers"]]);
    await addName(host, "KpiBlock", "Data", "C2:N5");
    await addName(host, "Goals", "Data", "P2:P4");
    host.setSelection("Notes", "A1");

    const found = await portFor(host).detect();

    expect(found.kpiTables.map((t) => t.ref)).toEqual([{ kind: "name", name: "KpiBlock", sheet: "Data", address: "Data!C2:N5" }]);
    expect(found.kpiTables[0]?.rowCount).toBe(3);
    expect(found.strategyTables.map((t) => [t.ref.name, t.rowCount])).toEqual([["Goals", 2]]);
  });

  it("rejects with NO_KPI_TABLE when nothing reads as a KPI table", async () => {
    const host = createHost({ sheets: ["Sheet1"] });
    host.setCells("Sheet1", "A1:B2", [["Shopping", "Qty"], ["Apples", 3]]);
    const error = await portFor(host).detect().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).code).toBe("NO_KPI_TABLE");
    expect((error as WorkbookError).text.zh).toContain("KPI");
  });

  it("rejects with NO_KPI_TABLE on an empty workbook", async () => {
    const host = createHost();
    await expect(portFor(host).detect()).rejects.toMatchObject({ code: "NO_KPI_TABLE" });
  });

  it.each([10, 10_000])("reads a table of %i KPIs in two syncs, each response under 5 MB", async (n) => {
    const host = createHost({ sheets: ["Big"] });
    host.setCells("Big", kpiAddress(n), kpiRows(n));
    await addTable(host, "Big", kpiAddress(n), "BigKpis");
    host.resetStats();
    const found = await portFor(host).detect();
    expect(host.stats.syncs).toBe(2);
    expect(Math.max(...host.stats.responseBytes)).toBeLessThan(5 * 1024 * 1024);
    expect(found.kpiTables[0]?.rowCount).toBe(n);
  });
});

describe("detect after an evaluation", () => {
  async function evaluated() {
    const host = createHost({ sheets: ["Data"] });
    host.setCells("Data", kpiAddress(3), kpiRows(3));
    await addTable(host, "Data", kpiAddress(3), "Kpis");
    const port = portFor(host);
    await port.evaluate({
      kpiTable: { kind: "table", name: "Kpis", sheet: "Data", address: `Data!${kpiAddress(3)}` },
      strategy: { objectives: [{ name: "Grow revenue", weight: 1 }] },
      settings: { asOf: 46_447 },
      language: "en",
    });
    return { host, port };
  }

  it("never offers the add-in's own tables (KpiScorecard, KpiSmartReview …) as KPI tables", async () => {
    const { host, port } = await evaluated();
    expect(host.getSheetNames()).toContain("Scorecard");
    host.resetStats();
    const found = await port.detect();
    expect(host.stats.syncs).toBe(2);
    expect(found.kpiTables.map((t) => t.ref.name)).toEqual(["Kpis"]);
    expect(found.strategyTables.map((t) => t.ref.name)).not.toContain("KpiObjectiveCoverage");
  });

  it("does not read the Scorecard's block when the Scorecard is the active sheet", async () => {
    const { host, port } = await evaluated();
    host.setSelection("Scorecard", "B9");
    const found = await port.detect();
    expect(found.kpiTables.map((t) => t.ref.name)).toEqual(["Kpis"]);
  });

  it("searches a renamed managed sheet again: it has become the user's", async () => {
    const { host, port } = await evaluated();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Scorecard").name = "Scorecard Q1 archive";
      await context.sync();
    });
    const found = await port.detect();
    expect(found.kpiTables.map((t) => t.ref.sheet)).toContain("Scorecard Q1 archive");
    expect(found.kpiTables[0]?.ref.name).toBe("Kpis");
  });
});

describe("an objectives list beside a plain KPI block", () => {
  it("is found as the strategy of that sheet when it is not an Excel table (split at the blank column)", async () => {
    const host = createHost({ sheets: ["Report"] });
    host.setCells("Report", "A1", [["Sales KPIs 2027"]]);
    host.setCells("Report", kpiAddress(4, 3), kpiRows(4));
    host.setCells("Report", "N3:O5", [["Objective", "Weight"], ["Grow revenue", 3], ["Keep customers", 2]]);
    host.setSelection("Report", "B5");
    host.resetStats();
    const found = await portFor(host).detect();
    expect(host.stats.syncs).toBe(2);
    expect(found.kpiTables.map((t) => t.ref.address)).toEqual(["Report!A3:L7"]);
    expect(found.strategyTables.map((t) => [t.ref.kind, t.ref.address, t.rowCount, t.columns.name, t.columns.weight])).toEqual([["range", "Report!N3:O5", 2, 0, 1]]);
  });

  it("is not looked for when an Excel strategy table exists", async () => {
    const host = createHost({ sheets: ["Report"] });
    host.setCells("Report", kpiAddress(4, 3), kpiRows(4));
    host.setCells("Report", "N3:O5", [["Objective", "Weight"], ["Grow revenue", 3], ["Keep customers", 2]]);
    host.setCells("Report", "R3:R4", [["Objective"], ["Delight customers"]]);
    await addTable(host, "Report", "R3:R4", "Goals");
    host.setSelection("Report", "B5");
    const found = await portFor(host).detect();
    expect(found.strategyTables.map((t) => t.ref.name)).toEqual(["Goals"]);
  });
});

describe("splitBlocks", () => {
  it("splits at blank columns, then at blank rows within each band", () => {
    const v = [
      ["Title", null, null, null],
      [null, null, null, null],
      ["KPI", "Target", null, "Objective"],
      ["Sales", 1, null, "Grow"],
      [null, null, null, " "],
      ["Note", null, null, "Keep"],
    ];
    expect(splitBlocks(v)).toEqual([
      { row: 0, column: 0, rowCount: 1, columnCount: 2 },
      { row: 2, column: 0, rowCount: 2, columnCount: 2 },
      { row: 5, column: 0, rowCount: 1, columnCount: 2 },
      { row: 2, column: 3, rowCount: 2, columnCount: 1 },
      { row: 5, column: 3, rowCount: 1, columnCount: 1 },
    ]);
    expect(splitBlocks([])).toEqual([]);
  });
});
