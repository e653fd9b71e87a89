/** Range.insert / Range.delete: cells move and every reference to them follows. */
import { hostWith, runError } from "./helpers";

type Host = ReturnType<typeof hostWith>;

async function act(host: Host, change: (sheet: Excel.Worksheet, workbook: Excel.Workbook) => void, sheet = "Data"): Promise<void> {
  await host.run(async (context) => {
    change(context.workbook.worksheets.getItem(sheet), context.workbook);
    await context.sync();
  });
}

describe("inserting rows", () => {
  test("cells move down; formulas on the sheet and on other sheets follow them; ranges grow", async () => {
    const host = hostWith(["Data", "Out"]);
    host.setCells("Data", "A1:B4", [[1, "=A1*10"], [2, "=A2*10"], [3, "=SUM(A1:A3)"], [4, "=$A$4"]]);
    host.setCells("Out", "A1:C1", [["=Data!A3", "=SUM(Data!A1:A4)", "=SUM(Data!A:A)"]]);
    const inserted = await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("2:3").insert("Down").load("address");
      await context.sync();
      return range.address;
    });
    expect(inserted).toBe("Data!2:3");
    expect(host.getFormulas("Data", "A1:B6")).toEqual([[1, "=A1*10"], ["", ""], ["", ""], [2, "=A4*10"], [3, "=SUM(A1:A5)"], [4, "=$A$6"]]);
    expect(host.getFormulas("Out", "A1:C1")).toEqual([["=Data!A5", "=SUM(Data!A1:A6)", "=SUM(Data!A:A)"]]);
    // A5 holds 3; 1 + 2 + 3 + 4 = 10
    expect(host.getValues("Out", "A1:C1")).toEqual([[3, 10, 10]]);
  });

  test("a table grows when rows are inserted inside it and moves down when they are inserted above it", async () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A3:B5", [["KPI", "Value"], ["a", 1], ["b", 2]]);
    await act(host, (sheet) => {
      sheet.tables.add("A3:B5", true).name = "Kpis";
    });
    await act(host, (sheet) => {
      sheet.getRange("5:5").insert("Down");
    });
    expect(host.snapshot().sheets[0]?.tables[0]?.address).toBe("Data!A3:B6");
    await act(host, (sheet) => {
      sheet.getRange("1:2").insert("Down");
    });
    expect(host.snapshot().sheets[0]?.tables[0]?.address).toBe("Data!A5:B8");
    // Inserting right at the header row moves the table too; right below it leaves it alone.
    await act(host, (sheet) => {
      sheet.getRange("5:5").insert("Down");
      sheet.getRange("10:10").insert("Down");
    });
    expect(host.snapshot().sheets[0]?.tables[0]?.address).toBe("Data!A6:B9");
  });

  test("defined names, chart series, formats, row heights and merged areas move with the cells", async () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A1:B3", [["k", "v"], ["a", 1], ["b", 2]]);
    await act(host, (sheet, workbook) => {
      workbook.names.add("Vals", sheet.getRange("B2:B3"));
      sheet.charts.add("ColumnClustered", sheet.getRange("A1:B3"), "Columns");
      sheet.getRange("B3").format.fill.color = "#FF0000";
      sheet.getRange("3:3").format.rowHeight = 30;
      sheet.getRange("D3:E3").merge();
    });
    await act(host, (sheet) => {
      sheet.getRange("2:2").insert("Down");
    });
    const snap = host.snapshot();
    expect(snap.names[0]?.formula).toBe("=Data!$B$3:$B$4");
    expect(snap.sheets[0]?.charts[0]?.series[0]?.values).toBe("Data!B3:B4");
    expect(snap.sheets[0]?.cells.B4?.format).toEqual({ "fill.color": "#FF0000" });
    expect(snap.sheets[0]?.rowHeights).toEqual({ "4": 30 });
    expect(snap.sheets[0]?.merges).toEqual(["D4:E4"]);
  });

  test("cells inserted in some columns move only those columns; references into them follow", async () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A1:C3", [[1, 10, "=B2"], [2, 20, "=SUM(B1:B3)"], [3, 30, "=A2+B2"]]);
    await act(host, (sheet) => {
      sheet.getRange("B2").insert("Down");
    });
    expect(host.getFormulas("Data", "A1:C4")).toEqual([[1, 10, "=B3"], [2, "", "=SUM(B1:B4)"], [3, 20, "=A2+B3"], ["", 30, ""]]);
    // B3 = 20; 10 + 20 + 30 = 60; 2 + 20
    expect(host.getValues("Data", "C1:C3")).toEqual([[20], [60], [22]]);
  });
});

describe("deleting rows and columns", () => {
  test("references to deleted cells become #REF!; ranges shrink; later cells move up", async () => {
    const host = hostWith(["Data", "Out"]);
    host.setCells("Data", "A1:A5", [[1], [2], [3], [4], [5]]);
    host.setCells("Out", "A1:D1", [["=Data!A3", "=SUM(Data!A1:A5)", "=Data!A5", "=SUM(Data!A2:A3)"]]);
    host.setCells("Data", "B1", [["=A3*2"]]);
    await act(host, (sheet) => {
      sheet.getRange("2:3").delete("Up");
    });
    expect(host.getFormulas("Out", "A1:D1")).toEqual([["=Data!#REF!", "=SUM(Data!A1:A3)", "=Data!A3", "=SUM(Data!#REF!)"]]);
    expect(host.getFormulas("Data", "B1")).toEqual([["=#REF!*2"]]);
    // 1 + 4 + 5 = 10
    expect(host.getValues("Out", "A1:D1")).toEqual([["#REF!", 10, 5, "#REF!"]]);
    expect(host.getValues("Data", "B1")).toEqual([["#REF!"]]);
  });

  test("deleting columns shifts cells left; a table left of them stays, one right of them moves", async () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A1:F2", [["k", "v", "x", "", "h", "i"], ["a", 1, 9, "", "b", 2]]);
    await act(host, (sheet) => {
      sheet.tables.add("A1:B2", true).name = "Left";
      sheet.tables.add("E1:F2", true).name = "Right";
    });
    host.setCells("Data", "H1:I1", [["=SUM(Right[i])", "=C2+F2"]]);
    await act(host, (sheet) => {
      sheet.getRange("C:D").delete("Left");
    });
    const tables = host.snapshot().sheets[0]?.tables.map((t) => [t.name, t.address]);
    expect(tables).toEqual([["Left", "Data!A1:B2"], ["Right", "Data!C1:D2"]]);
    expect(host.getFormulas("Data", "F1:G1")).toEqual([["=SUM(Right[i])", "=#REF!+D2"]]);
    expect(host.getValues("Data", "F1")).toEqual([[2]]);
  });

  test("deleting every row of a table deletes it; its structured references become #REF!", async () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A2:B3", [["k", "v"], ["a", 1]]);
    await act(host, (sheet) => {
      sheet.tables.add("A2:B3", true).name = "Gone";
    });
    host.setCells("Data", "D1", [["=SUM(Gone[v])"]]);
    await act(host, (sheet) => {
      sheet.getRange("2:3").delete("Up");
    });
    expect(host.snapshot().sheets[0]?.tables).toEqual([]);
    expect(host.getFormulas("Data", "D1")).toEqual([["=SUM(#REF!)"]]);
  });
});

describe("refused shifts", () => {
  const cases: Array<[string, (sheet: Excel.Worksheet) => void, string]> = [
    ["cells shifted through part of a table", (s) => s.getRange("B3").insert("Down"), "InvalidOperation"],
    ["a table's header row deleted alone", (s) => s.getRange("2:2").delete("Up"), "InvalidOperation"],
    ["every data row of a table deleted", (s) => s.getRange("3:4").delete("Up"), "InvalidOperation"],
    ["a column inserted inside a table", (s) => s.getRange("B:B").insert("Right"), "NotImplemented"],
    ["a cut through a merged area", (s) => s.getRange("8:8").insert("Down"), "InvalidOperation"],
    ["whole rows shifted right", (s) => s.getRange("5:5").insert("Right"), "InvalidArgument"],
    ["an unknown direction", (s) => s.getRange("5:5").delete("Down" as "Up"), "InvalidArgument"],
  ];

  test.each(cases)("%s is refused and changes nothing", async (_name, change, code) => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A2:B4", [["k", "v"], ["a", 1], ["b", 2]]);
    host.setCells("Data", "D7:D8", [["m"], ["n"]]);
    await act(host, (sheet) => {
      sheet.tables.add("A2:B4", true);
      sheet.getRange("D7:D8").merge();
    });
    const before = host.snapshot();
    const error = await runError(host, async (context) => {
      change(context.workbook.worksheets.getItem("Data"));
      await context.sync();
    });
    expect(error.code).toBe(code);
    expect(host.snapshot()).toEqual(before);
  });

  test("non-blank cells pushed off the sheet are refused", async () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A1048576", [["last"]]);
    const error = await runError(host, async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:B1").insert("Down");
      await context.sync();
    });
    expect(error.code).toBe("InvalidOperation");
    expect(host.getValues("Data", "A1048576")).toEqual([["last"]]);
  });

  test("a protected sheet refuses with AccessDenied", async () => {
    const host = hostWith(["Data"]);
    await act(host, (sheet) => sheet.protection.protect());
    const error = await runError(host, async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("1:1").insert("Down");
      await context.sync();
    });
    expect(error.code).toBe("AccessDenied");
  });
});
