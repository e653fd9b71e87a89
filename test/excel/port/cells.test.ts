/** select / activeCell / insertFormula / fromSelection / language. */
import { createHost } from "../../../src/host";
import { languageOf } from "../../../src/excel";
import { kpiAddress, kpiRows, portFor } from "./helpers";

describe("cell actions", () => {
  it("selects a cell on another sheet and reports it as the active cell", async () => {
    const host = createHost({ sheets: ["A", "B"] });
    const port = portFor(host);
    await port.select({ sheet: "B", row: 9, column: 3 });
    expect(await port.activeCell()).toEqual({ sheet: "B", row: 9, column: 3 });
    expect(host.stats.syncs).toBe(2);
  });

  it("inserts a formula into the active cell and says where", async () => {
    const host = createHost({ sheets: ["S"] });
    host.setCells("S", "A1:A2", [[4], [6]]);
    host.setSelection("S", "C2");
    const where = await portFor(host).insertFormula("SUM(A1:A2)");
    expect(where).toEqual({ sheet: "S", row: 1, column: 2 });
    expect(host.getFormulas("S", "C2")).toEqual([["=SUM(A1:A2)"]]);
    // 4 + 6
    expect(host.getValues("S", "C2")).toEqual([[10]]);
  });

  it("fails selecting a cell on a deleted sheet with TABLE_NOT_FOUND", async () => {
    await expect(portFor(createHost()).select({ sheet: "Gone", row: 0, column: 0 })).rejects.toMatchObject({ code: "TABLE_NOT_FOUND" });
  });
});

describe("fromSelection", () => {
  it("reads a selected block as a KPI table in two syncs", async () => {
    const host = createHost({ sheets: ["S"] });
    host.setCells("S", kpiAddress(5, 2), kpiRows(5));
    host.setSelection("S", "A2:L7");
    host.resetStats();
    const table = await portFor(host).fromSelection();
    expect(host.stats.syncs).toBe(2);
    expect(table.ref).toEqual({ kind: "range", name: "S!A2:L7", sheet: "S", address: "S!A2:L7" });
    expect([table.headerRow, table.rowCount, table.columns.target]).toEqual([0, 5, 4]);
  });

  it("cuts a whole-column selection to the rows in use", async () => {
    const host = createHost({ sheets: ["S"] });
    host.setCells("S", kpiAddress(3), kpiRows(3));
    host.setSelection("S", "A:L");
    const table = await portFor(host).fromSelection();
    expect(table.ref.address).toBe("S!A1:L4");
    expect(table.rowCount).toBe(3);
  });

  it("reads the used range around a single selected cell when getSurroundingRegion is unavailable", async () => {
    const host = createHost({ sheets: ["S"] });
    host.setCells("S", "A1", [["KPI report"]]);
    host.setCells("S", kpiAddress(2, 4), kpiRows(2));
    host.setSelection("S", "C5");
    const table = await portFor(host, { region: false }).fromSelection();
    // used range A1:L6: title row 0, blank rows 1–2, header row 3
    expect(table.ref.address).toBe("S!A1:L6");
    expect([table.headerRow, table.rowCount]).toEqual([3, 2]);
  });

  it("reads the whole block around a single selected cell (getSurroundingRegion), without the title above it", async () => {
    const host = createHost({ sheets: ["S"] });
    host.setCells("S", "A1", [["KPI report 2027"]]);
    host.setCells("S", kpiAddress(3, 3), kpiRows(3)); // header row 3, KPIs rows 4–6, after blank row 2
    host.setCells("S", "A9", [["Prepared by finance"]]); // below a blank row 8: not part of the block
    host.setSelection("S", "E5");
    host.resetStats();
    const table = await portFor(host).fromSelection();
    expect(host.stats.syncs).toBe(2);
    expect(table.ref).toEqual({ kind: "range", name: "S!A3:L6", sheet: "S", address: "S!A3:L6" });
    expect([table.headerRow, table.rowCount, table.columns.name, table.columns.actual]).toEqual([0, 3, 0, 5]);
  });

  it("rejects a selection that is not a KPI table with NO_KPI_TABLE", async () => {
    const host = createHost({ sheets: ["S"] });
    host.setCells("S", "A1:B2", [["x", "y"], [1, 2]]);
    host.setSelection("S", "A1:B2");
    await expect(portFor(host).fromSelection()).rejects.toMatchObject({ code: "NO_KPI_TABLE" });
  });

  it("asks for a cell inside the table when the selected cell is empty and alone (EMPTY_SELECTION), not the whole used range", async () => {
    const host = createHost({ sheets: ["S"] });
    host.setCells("S", kpiAddress(3), kpiRows(3));
    host.setCells("S", "N1:N3", [["Objective"], ["Grow revenue"], ["Keep customers"]]);
    host.setSelection("S", "P20");
    const error = await portFor(host).fromSelection().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "EMPTY_SELECTION" });
    expect((error as Error).message).toContain("Click a cell inside your KPI table");
  });

  it("rejects an empty sheet with NO_KPI_TABLE", async () => {
    await expect(portFor(createHost()).fromSelection()).rejects.toMatchObject({ code: "NO_KPI_TABLE" });
  });
});

describe("language", () => {
  it("maps Office's display language to zh or en", async () => {
    expect(await portFor(createHost({ displayLanguage: "zh-CN" })).language()).toBe("zh");
    expect(await portFor(createHost({ displayLanguage: "en-GB" })).language()).toBe("en");
    expect(["zh", "zh-TW", "ZH-hk", "zh_CN", "zu-ZA", "en-US", "", undefined, 7].map(languageOf)).toEqual(["zh", "zh", "zh", "zh", "en", "en", "en", "en", "en"]);
  });
});
