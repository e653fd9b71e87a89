/** Range.sort.apply and Table.sort.apply: rows move with values and formats; outside formulas keep their addresses. */
import { hostWith, runError } from "./helpers";

type Host = ReturnType<typeof hostWith>;

async function act(host: Host, change: (sheet: Excel.Worksheet, workbook: Excel.Workbook) => void): Promise<void> {
  await host.run(async (context) => {
    change(context.workbook.worksheets.getItem("Data"), context.workbook);
    await context.sync();
  });
}

describe("sorting a range", () => {
  test("numbers before text before logical values before errors; blanks last; stable; case-insensitive", async () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A1:B8", [["b", 1], [3, 2], ["", 3], [true, 4], ["#N/A", 5], ["A", 6], [1, 7], ["B", 8]]);
    await act(host, (sheet) => sheet.getRange("A1:B8").sort.apply([{ key: 0, ascending: true }]));
    // "b" and "B" compare equal without matchCase, so they keep their order (rows 1 and 8).
    expect(host.getValues("Data", "A1:B8")).toEqual([[1, 7], [3, 2], ["A", 6], ["b", 1], ["B", 8], [true, 4], ["#N/A", 5], ["", 3]]);
    await act(host, (sheet) => sheet.getRange("A1:B8").sort.apply([{ key: 0, ascending: false }]));
    // Descending reverses everything but the blanks, which stay last.
    expect(host.getValues("Data", "A1:B8")).toEqual([["#N/A", 5], [true, 4], ["b", 1], ["B", 8], ["A", 6], [3, 2], [1, 7], ["", 3]]);
  });

  test("several keys, a header row, and matchCase (lower case first)", async () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A1:B5", [["Team", "Score"], ["x", 2], ["X", 1], ["x", 1], ["y", 0]]);
    await act(host, (sheet) => sheet.getRange("A1:B5").sort.apply([{ key: 0 }, { key: 1, ascending: false }], true, true));
    expect(host.getValues("Data", "A1:B5")).toEqual([["Team", "Score"], ["x", 2], ["x", 1], ["X", 1], ["y", 0]]);
  });

  test("formats move with their rows; formulas in the rows move like a paste; formulas outside keep their addresses", async () => {
    const host = hostWith(["Data", "Out"]);
    host.setCells("Data", "A1:C3", [["c", 30, "=B1*2"], ["a", 10, "=B2*2"], ["b", 20, "=$B$1"]]);
    host.setCells("Out", "A1", [["=Data!B1"]]);
    await act(host, (sheet) => {
      sheet.getRange("A1").format.fill.color = "#FF0000";
    });
    expect(host.getValues("Out", "A1")).toEqual([[30]]);
    await act(host, (sheet) => sheet.getRange("A1:C3").sort.apply([{ key: 0 }]));
    expect(host.getFormulas("Data", "A1:C3")).toEqual([["a", 10, "=B1*2"], ["b", 20, "=$B$1"], ["c", 30, "=B3*2"]]);
    // Each row's own formula still reads its own row; the absolute one still reads B1 (now 10).
    expect(host.getValues("Data", "C1:C3")).toEqual([[20], [10], [60]]);
    expect(host.snapshot().sheets[0]?.cells.A3?.format).toEqual({ "fill.color": "#FF0000" });
    // The outside formula still points at B1, which now holds the row that sorted first.
    expect(host.getFormulas("Out", "A1")).toEqual([["=Data!B1"]]);
    expect(host.getValues("Out", "A1")).toEqual([[10]]);
  });

  const refusals: Array<[string, (sheet: Excel.Worksheet) => void, string]> = [
    ["a key outside the range", (s) => s.getRange("A1:B3").sort.apply([{ key: 2 }]), "InvalidArgument"],
    ["sorting on colour", (s) => s.getRange("A1:B3").sort.apply([{ key: 0, sortOn: "CellColor" }]), "NotImplemented"],
    ["sorting columns", (s) => s.getRange("A1:B3").sort.apply([{ key: 0 }], false, false, "Columns"), "NotImplemented"],
    ["merged cells in the range", (s) => s.getRange("D1:E3").sort.apply([{ key: 0 }]), "InvalidOperation"],
    ["a range cutting across a table", (s) => s.getRange("G2:G3").sort.apply([{ key: 0 }]), "InvalidOperation"],
  ];

  test.each(refusals)("refuses %s", async (_name, change, code) => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A1:B3", [[3, "c"], [1, "a"], [2, "b"]]);
    host.setCells("Data", "G1:H3", [["k", "v"], [2, "b"], [1, "a"]]);
    await act(host, (sheet) => {
      sheet.getRange("D1:E1").merge();
      sheet.tables.add("G1:H3", true);
    });
    const error = await runError(host, async (context) => {
      change(context.workbook.worksheets.getItem("Data"));
      await context.sync();
    });
    expect(error.code).toBe(code);
  });
});

describe("sorting a table", () => {
  test("Table.sort.apply sorts the data body; structured references in moved rows stay on their row", async () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A1:C4", [["KPI", "Score", "Double"], ["b", 2, ""], ["c", 3, ""], ["a", 1, ""]]);
    await act(host, (sheet) => {
      sheet.tables.add("A1:C4", true).name = "Kpis";
    });
    host.setCells("Data", "C2:C4", [["=[@Score]*2"], ["=[@Score]*2"], ["=[@Score]*2"]]);
    host.setCells("Data", "E1", [["=INDEX(Kpis[KPI],1)"]]);
    const state = await host.run(async (context) => {
      const table = context.workbook.tables.getItem("Kpis");
      table.sort.apply([{ key: 1, ascending: true }]);
      const sort = table.sort.load("fields, matchCase");
      await context.sync();
      return [sort.fields, sort.matchCase];
    });
    expect(state).toEqual([[{ key: 1, ascending: true }], false]);
    expect(host.getValues("Data", "A2:C4")).toEqual([["a", 1, 2], ["b", 2, 4], ["c", 3, 6]]);
    expect(host.getValues("Data", "E1")).toEqual([["a"]]);
  });
});
