/**
 * What happens to references when the sheet or name they use changes: a deleted sheet leaves #REF!
 * for good, a renamed sheet is followed, a deleted name reads #NAME? until it is added again.
 */
import { hostWith, runError } from "./helpers";

type Host = ReturnType<typeof hostWith>;

async function act(host: Host, change: (workbook: Excel.Workbook) => void): Promise<void> {
  await host.run(async (context) => {
    change(context.workbook);
    await context.sync();
  });
}

describe("a deleted worksheet", () => {
  test("formulas that referred to it are rewritten to #REF! and read #REF!", async () => {
    const host = hostWith(["Gone", "Out"]);
    host.setCells("Gone", "A1:B2", [[1, 2], [3, 4]]);
    host.setCells("Out", "A1:D1", [["=Gone!A1", "=SUM(Gone!A1:B2)", "='Gone'!B2*2+1", '="Gone!A1"']]);
    // 1; 1 + 2 + 3 + 4 = 10; 4 × 2 + 1 = 9
    expect(host.getValues("Out", "A1:D1")).toEqual([[1, 10, 9, "Gone!A1"]]);
    await act(host, (wb) => wb.worksheets.getItem("Gone").delete());
    expect(host.getFormulas("Out", "A1:D1")).toEqual([["=#REF!A1", "=SUM(#REF!A1:B2)", "=#REF!B2*2+1", '="Gone!A1"']]);
    expect(host.getValues("Out", "A1:D1")).toEqual([["#REF!", "#REF!", "#REF!", "Gone!A1"]]);
  });

  test("adding a sheet with the same name does not re-bind them (HyperFormula alone would)", async () => {
    const host = hostWith(["Gone", "Out"]);
    host.setCells("Gone", "A1", [[5]]);
    host.setCells("Out", "A1", [["=Gone!A1*2"]]);
    await act(host, (wb) => wb.worksheets.getItem("Gone").delete());
    await act(host, (wb) => {
      wb.worksheets.add("Gone").getRange("A1").values = [[7]];
    });
    // Excel keeps #REF!: the new sheet is another sheet. The old host showed 14 here.
    expect(host.getValues("Out", "A1")).toEqual([["#REF!"]]);
    expect(host.getFormulas("Out", "A1")).toEqual([["=#REF!A1*2"]]);
  });

  test("defined names that referred to it become =#REF!… and so do formulas using them", async () => {
    const host = hostWith(["Gone", "Out"]);
    host.setCells("Gone", "A1", [[5]]);
    await act(host, (wb) => {
      wb.names.add("Rate", wb.worksheets.getItem("Gone").getRange("A1"));
    });
    host.setCells("Out", "A1", [["=Rate*2"]]);
    expect(host.getValues("Out", "A1")).toEqual([[10]]);
    await act(host, (wb) => wb.worksheets.getItem("Gone").delete());
    await act(host, (wb) => {
      wb.worksheets.add("Gone").getRange("A1").values = [[7]];
    });
    const name = await host.run(async (context) => {
      const item = context.workbook.names.getItem("Rate").load("formula, type");
      await context.sync();
      return [item.formula, item.type];
    });
    expect(name).toEqual(["=#REF!$A$1", "Error"]);
    expect(host.getValues("Out", "A1")).toEqual([["#REF!"]]);
    expect(host.snapshot().names[0]?.formula).toBe("=#REF!$A$1");
  });

  test("structured references to its tables become #REF!", async () => {
    const host = hostWith(["Gone", "Out"]);
    host.setCells("Gone", "A1:B3", [["KPI", "Value"], ["a", 1], ["b", 2]]);
    await act(host, (wb) => {
      wb.worksheets.getItem("Gone").tables.add("A1:B3", true).name = "Kpis";
    });
    host.setCells("Out", "A1", [["=SUM(Kpis[Value])"]]);
    expect(host.getValues("Out", "A1")).toEqual([[3]]);
    await act(host, (wb) => wb.worksheets.getItem("Gone").delete());
    expect(host.getFormulas("Out", "A1")).toEqual([["=SUM(#REF!)"]]);
    expect(host.getValues("Out", "A1")).toEqual([["#REF!"]]);
  });
});

describe("a renamed worksheet", () => {
  test("formulas, defined names and chart series follow the new name", async () => {
    const host = hostWith(["Src", "Out"]);
    host.setCells("Src", "A1:B3", [["k", "v"], ["a", 2], ["b", 3]]);
    host.setCells("Out", "A1:B1", [["=SUM(Src!B2:B3)", "=Total*10"]]);
    await act(host, (wb) => {
      wb.names.add("Total", "=SUM(Src!$B$2:$B$3)");
      wb.worksheets.getItem("Src").charts.add("ColumnClustered", wb.worksheets.getItem("Src").getRange("A1:B3"), "Columns");
    });
    await act(host, (wb) => {
      wb.worksheets.getItem("Src").name = "KPI data";
    });
    expect(host.getFormulas("Out", "A1:B1")).toEqual([["=SUM('KPI data'!B2:B3)", "=Total*10"]]);
    // 2 + 3 = 5; 5 × 10 = 50
    expect(host.getValues("Out", "A1:B1")).toEqual([[5, 50]]);
    const snapshot = host.snapshot();
    expect(snapshot.names[0]?.formula).toBe("=SUM('KPI data'!$B$2:$B$3)");
    expect(snapshot.sheets[0]?.charts[0]?.series[0]?.values).toBe("'KPI data'!B2:B3");
  });
});

describe("defined names", () => {
  test("deleting a name makes formulas using it #NAME? with their text unchanged; adding it again computes again", async () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A1:A2", [[4], [6]]);
    await act(host, (wb) => {
      wb.names.add("Pair", wb.worksheets.getItem("Data").getRange("A1:A2"));
    });
    host.setCells("Data", "B1", [["=SUM(Pair)"]]);
    // 4 + 6
    expect(host.getValues("Data", "B1")).toEqual([[10]]);
    await act(host, (wb) => wb.names.getItem("Pair").delete());
    expect(host.getValues("Data", "B1")).toEqual([["#NAME?"]]);
    expect(host.getFormulas("Data", "B1")).toEqual([["=SUM(Pair)"]]);
    await act(host, (wb) => {
      wb.names.add("Pair", "=Data!$A$1");
    });
    expect(host.getValues("Data", "B1")).toEqual([[4]]);
  });

  test("names.add takes a Range or a formula string; getRange returns the range; a deleted name is ItemNotFound", async () => {
    const host = hostWith(["Data"]);
    const out = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      context.workbook.names.add("Cells", sheet.getRange("B2:C3"));
      context.workbook.names.add("Half", "=0.5");
      const range = context.workbook.names.getItem("cells").getRange().load("address");
      const half = context.workbook.names.getItem("Half").load("type, value");
      await context.sync();
      return [range.address, half.type, half.value];
    });
    expect(out).toEqual(["Data!B2:C3", "Formula", "0.5"]);
    const error = await runError(host, async (context) => {
      context.workbook.names.getItem("Half").delete();
      await context.sync();
      context.workbook.names.getItem("Half").load("value");
      await context.sync();
    });
    expect(error.code).toBe("ItemNotFound");
  });
});
