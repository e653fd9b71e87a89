/** watch(): the pane hears when its source changes after an evaluation (issue 14 §1, stale notice). */
import { createHost } from "../../../src/host";
import type { TableRef } from "../../../src/excel";
import { touches } from "../../../src/excel/read/watchSource";
import { addTable, kpiAddress, kpiRows, portFor } from "./helpers";

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
const kpis: TableRef = { kind: "table", name: "Kpis", sheet: "Data", address: "Data!A3:L7" };

async function workbook() {
  const host = createHost({ sheets: ["Data", "Notes"] });
  host.setCells("Data", kpiAddress(4, 3), kpiRows(4));
  await addTable(host, "Data", kpiAddress(4, 3), "Kpis");
  return host;
}

describe("watch", () => {
  it("calls back when a cell of the table, or the row just below it, is edited; not for other cells", async () => {
    const host = await workbook();
    const port = portFor(host);
    let calls = 0;
    expect(await port.watch([kpis], () => calls++)).toBe(true);

    host.setCells("Data", "F5", [[123]]); // an actual
    await tick();
    expect(calls).toBe(1);
    host.setCells("Data", "A8", [["New KPI"]]); // just below: the table may grow
    await tick();
    expect(calls).toBe(2);
    host.setCells("Data", "P20", [["scribble"]]);
    host.setCells("Notes", "F5", [[1]]);
    await tick();
    expect(calls).toBe(2);
  });

  it("a new watch replaces the old one, without a second handler on the same sheet", async () => {
    const host = await workbook();
    const port = portFor(host);
    let first = 0;
    let second = 0;
    await port.watch([kpis], () => first++);
    await port.watch([kpis], () => second++);
    host.setCells("Data", "F5", [[7]]);
    await tick();
    expect([first, second]).toEqual([0, 1]);
  });

  it("hears the evaluation's own writes to the Scorecard as nothing (they are on another sheet)", async () => {
    const host = await workbook();
    const port = portFor(host);
    let calls = 0;
    await port.watch([kpis], () => calls++);
    await port.evaluate({ kpiTable: kpis, strategy: { objectives: [{ name: "Grow revenue", weight: 1 }] }, settings: { asOf: 46_447 }, language: "en" });
    await tick();
    expect(calls).toBe(0);
  });

  it("resolves false without ExcelApi 1.7", async () => {
    const host = createHost({ sheets: ["Data"], supportedSets: { ExcelApi: "1.6" } });
    expect(await portFor(host).watch([kpis], () => undefined)).toBe(false);
  });
});

describe("touches", () => {
  const rect = { sheet: "S", row: 2, column: 0, rowCount: 5, columnCount: 12 }; // A3:L7
  it.each([
    ["A3", true],
    ["L7", true],
    ["A8", true], // the row below
    ["M3", true], // the column to the right
    ["A9", false],
    ["N3", false],
    ["A1:B2", false],
    ["A1:B3", true],
    ["Z1, B5", true],
    ["Z1, Z2", false],
  ])("%s → %s", (address, want) => {
    expect(touches(address, rect)).toBe(want);
  });
});
