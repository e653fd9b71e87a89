/**
 * A plain-range source that gains rows below or columns to the right is re-detected on refresh, the
 * change is reported, and the pane is given the new address (issue 13 §4). Tables grow by themselves
 * and are not touched; a region that stops short never shrinks the range.
 */
import { createHost } from "../../../src/host";
import { createExcelPort } from "../../../src/excel";
import { MERGED_AREAS } from "../../../src/excel/read/apiSets";
import type { EvaluateRequest, TableRef } from "../../../src/excel";
import { addTable, kpiAddress, kpiRows, portFor, type PortOptions } from "./helpers";

const AS_OF = 46_447; // 2027-02-28

function sheetWith(n: number) {
  const host = createHost({ sheets: ["Data"] });
  host.setCells("Data", "A1", [["KPI report"]]);
  host.setCells("Data", kpiAddress(n, 3), kpiRows(n));
  return host;
}

const rangeRef = (address: string): TableRef => ({ kind: "range", name: `Data!${address}`, sheet: "Data", address: `Data!${address}` });
const request = (kpiTable: TableRef): EvaluateRequest => ({
  kpiTable,
  strategy: { objectives: [{ name: "Grow revenue", weight: 1 }] },
  settings: { asOf: AS_OF },
  language: "en",
});

async function refresh(host: ReturnType<typeof sheetWith>, ref: TableRef, options?: PortOptions) {
  host.resetStats();
  return portFor(host, options).evaluate(request(ref));
}

describe("a plain-range source that grows", () => {
  it("takes a KPI typed just below the range, says so, and returns the new address", async () => {
    const host = sheetWith(4);
    const first = await refresh(host, rangeRef("A3:L7"));
    expect(first.evaluation.kpis).toHaveLength(4);
    expect(first.kpiTable).toBeUndefined();
    expect(first.notes.some((n) => n.en.includes("grew"))).toBe(false);

    host.setCells("Data", "A8:L8", [kpiRows(5)[5] ?? []]);
    const second = await refresh(host, rangeRef("A3:L7"));

    expect(second.evaluation.kpis.map((k) => k.name)).toEqual(["Revenue of unit 1", "Revenue of unit 2", "Revenue of unit 3", "Revenue of unit 4", "Revenue of unit 5"]);
    expect(second.kpiTable).toEqual(rangeRef("A3:L8"));
    expect(second.notes[0]?.en).toBe(
      "The KPI range grew from Data!A3:L7 to Data!A3:L8: the rows and columns typed next to it were evaluated too. Convert it to an Excel table to have it grow by itself.",
    );
    expect(second.notes[0]?.zh).toContain("Data!A3:L8");
    // rows only: the header probe is still valid, no extra sync
    expect(host.stats.syncs).toBeLessThanOrEqual(6);
    // the Scorecard lists the fifth KPI, and its source row is row 8
    expect(second.source.rows).toEqual([3, 4, 5, 6, 7]);
    expect(host.getValues("Scorecard", "A1:Z40").flat()).toContain("Revenue of unit 5");
  });

  it("reads a column added to the right (a new month) by probing the header again, one sync more", async () => {
    const host = sheetWith(4);
    host.setCells("Data", "M3:M7", [["Apr"], [95], [96], [0.45], [98]]);
    const outcome = await refresh(host, rangeRef("A3:L7"));
    expect(outcome.kpiTable?.address).toBe("Data!A3:M7");
    // Jan–Mar were three points; Apr is the fourth
    expect(outcome.evaluation.kpis.map((k) => k.trend.points)).toEqual([4, 4, 4, 4]);
    expect(host.stats.syncs).toBeLessThanOrEqual(7);
  });

  it("does not take rows beyond a blank row, and never shrinks the range", async () => {
    const host = sheetWith(4);
    host.setCells("Data", "A9:L9", [kpiRows(5)[5] ?? []]); // row 8 is blank
    const apart = await refresh(host, rangeRef("A3:L7"));
    expect(apart.evaluation.kpis).toHaveLength(4);
    expect(apart.kpiTable).toBeUndefined();

    // a range wider than its block (a blank column N inside it) stays as asked
    const wide = await refresh(host, rangeRef("A3:N7"));
    expect(wide.kpiTable).toBeUndefined();
    expect(wide.evaluation.kpis).toHaveLength(4);
  });

  it("leaves a range as asked when getSurroundingRegion is missing (ExcelApi < 1.7)", async () => {
    const host = sheetWith(4);
    host.setCells("Data", "A8:L8", [kpiRows(5)[5] ?? []]);
    const outcome = await refresh(host, rangeRef("A3:L7"), { region: false });
    expect(outcome.evaluation.kpis).toHaveLength(4);
    expect(outcome.kpiTable).toBeUndefined();
  });

  it("never re-detects an Excel table (it grows by itself when rows are added to it)", async () => {
    const host = sheetWith(4);
    await addTable(host, "Data", "A3:L7", "Kpis");
    host.setCells("Data", "A8:L8", [kpiRows(5)[5] ?? []]); // typed below, outside the table
    const outcome = await refresh(host, { kind: "table", name: "Kpis", sheet: "Data", address: "Data!A3:L7" });
    expect(outcome.evaluation.kpis).toHaveLength(4);
    expect(outcome.kpiTable).toBeUndefined();
  });
});

describe("convertToTable", () => {
  async function detected(host: ReturnType<typeof sheetWith>) {
    host.setSelection("Data", "B5");
    const found = await portFor(host).detect();
    const table = found.kpiTables[0];
    if (!table) throw new Error("no KPI table detected");
    return table;
  }

  it("makes the detected range an Excel table from its header row, named Kpis, keeping every cell", async () => {
    const host = sheetWith(4);
    const before = host.getValues("Data", "A1:L7");
    const table = await detected(host);
    expect(table.ref.kind).toBe("range");
    host.resetStats();

    const ref = await portFor(host).convertToTable(table);

    expect(host.stats.syncs).toBe(2);
    expect(ref).toEqual({ kind: "table", name: "Kpis", sheet: "Data", address: "Data!A3:L7" });
    expect(host.getValues("Data", "A1:L7")).toEqual(before);
    // detection now offers the table (in Excel a row typed just below it joins it: AutoCorrect's
    // "Include new rows and columns in table"; the host does not model typing)
    const again = await portFor(host).detect();
    expect(again.kpiTables[0]?.ref).toEqual(ref);
    const outcome = await portFor(host).evaluate(request(ref));
    expect(outcome.evaluation.kpis).toHaveLength(4);
  });

  it("picks a free name when Kpis is taken", async () => {
    const host = sheetWith(4);
    host.setCells("Data", "P1:Q2", [["Other", "x"], [1, 2]]);
    await addTable(host, "Data", "P1:Q2", "Kpis");
    const table = await detected(host);
    const ref = await portFor(host).convertToTable({ ...table, ref: rangeRef("A3:L7") });
    expect(ref.name).toBe("Kpis2");
  });

  it("refuses merged cells and says where, changing nothing", async () => {
    const host = sheetWith(4);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("B4:B5").merge(false);
      await context.sync();
    });
    const error = await portFor(host).convertToTable({ ...(await detected(host)), ref: rangeRef("A3:L7") }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "CANNOT_CONVERT" });
    expect((error as Error).message).toContain("Data!B4:B5");
    const tables = await host.run(async (context) => {
      const all = context.workbook.tables.load("items/name");
      await context.sync();
      return all.items.length;
    });
    expect(tables).toBe(0);
  });

  it("maps Excel's MergedRangeConflict (no ExcelApi 1.13 to look first) to the same refusal", async () => {
    const host = sheetWith(4);
    const table = await detected(host);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("B4:B5").merge(false);
      await context.sync();
    });
    const noMergeApi = createExcelPort({
      run: (batch) => host.run(batch),
      isSetSupported: (set, version) => !(set === MERGED_AREAS.name && version === MERGED_AREAS.version) && host.isSetSupported(set, version),
      displayLanguage: () => "en-US",
    });
    const error = await noMergeApi.convertToTable(table).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "CANNOT_CONVERT" });
    expect((error as Error).message).toContain("overlaps another Excel table or merged cells");
  });

  it("refuses a table or a named range", async () => {
    const host = sheetWith(4);
    const table = await detected(host);
    const error = await portFor(host).convertToTable({ ...table, ref: { kind: "table", name: "T", sheet: "Data", address: "Data!A3:L7" } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "CANNOT_CONVERT" });
  });
});
