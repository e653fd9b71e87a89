import { hostWith, runError } from "./helpers";

async function tableNamed(name: string) {
  const host = hostWith(["Data"]);
  host.setCells("Data", "A1:B2", [["KPI", "Value"], ["x", 1]]);
  try {
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").tables.add("A1:B2", true).name = name;
      await context.sync();
    });
    return "ok";
  } catch (error) {
    return (error as { code: string }).code;
  }
}

describe("table names", () => {
  test.each(["KpiTable", "_kpi", "\\kpi", "Kpi.2024", "指标表"])("accepts %j", async (name) => {
    expect(await tableNamed(name)).toBe("ok");
  });

  test.each(["1Kpi", "Kpi Table", "A1", "R1C1", "KPI2024", "r", "C", "Kpi-Table", "", "x".repeat(256)])("rejects %j", async (name) => {
    expect(await tableNamed(name)).toBe("InvalidArgument");
  });

  test("names are unique across tables and named ranges, case-insensitively", async () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A1:A2", [["h"], [1]]);
    host.setCells("Data", "C1:C2", [["h"], [1]]);
    const error = await runError(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.tables.add("A1:A2", true).name = "Scores";
      context.workbook.names.add("Weights", sheet.getRange("E1"));
      sheet.tables.add("C1:C2", true).name = "WEIGHTS";
      await context.sync();
    });
    expect(error.code).toBe("ItemAlreadyExists");
  });
});

describe("tables", () => {
  test("add, ranges, columns and default names", async () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "B2:D4", [["KPI", "", "KPI"], ["a", 1, 2], ["b", 3, 4]]);
    const out = await host.run(async (context) => {
      const table = context.workbook.worksheets.getItem("Data").tables.add("Data!B2:D4", true);
      table.load("name, style, showHeaders, showBandedRows");
      const header = table.getHeaderRowRange().load("address, values");
      const body = table.getDataBodyRange().load("address");
      const all = table.getRange().load("address");
      table.columns.load("items/name");
      await context.sync();
      return [table.name, table.style, table.showHeaders, table.showBandedRows, header.address, header.values, body.address, all.address, table.columns.items.map((c) => c.name)];
    });
    // A blank header becomes "Column2"; the duplicate "KPI" becomes "KPI2", as Excel does.
    expect(out).toEqual(["Table1", "TableStyleMedium2", true, true, "Data!B2:D2", [["KPI", "Column2", "KPI2"]], "Data!B3:D4", "Data!B2:D4", ["KPI", "Column2", "KPI2"]]);
  });

  test("tables cannot overlap; hasHeaders=false is not supported by this host", async () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A1:B3", [["a", "b"], [1, 2], [3, 4]]);
    const overlap = await runError(host, async (context) => {
      const tables = context.workbook.worksheets.getItem("Data").tables;
      tables.add("A1:B3", true);
      tables.add("B2:C4", true);
      await context.sync();
    });
    expect(overlap.code).toBe("MergedRangeConflict");
    const noHeaders = await runError(host, async (context) => {
      context.workbook.worksheets.getItem("Data").tables.add("E1:F3", false);
      await context.sync();
    });
    expect(noHeaders.code).toBe("NotImplemented");
  });

  test("a table cannot overlap merged cells (MergedRangeConflict), and nothing is created", async () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A1:B4", [["Objective", "KPI"], ["Grow", "Sales"], [null, "Margin"], [null, "Churn"]]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A2:A4").merge(false);
      await context.sync();
    });
    const error = await runError(host, async (context) => {
      context.workbook.worksheets.getItem("Data").tables.add("A1:B4", true);
      await context.sync();
    });
    expect(error.code).toBe("MergedRangeConflict");
    const count = await host.run(async (context) => {
      const tables = context.workbook.tables.load("items/name");
      await context.sync();
      return tables.items.length;
    });
    expect(count).toBe(0);
  });

  test("workbook.tables and worksheet.tables, getItem and getItemOrNullObject", async () => {
    const host = hostWith(["One", "Two"]);
    host.setCells("One", "A1:A2", [["h"], [1]]);
    host.setCells("Two", "A1:A2", [["h"], [1]]);
    const out = await host.run(async (context) => {
      const ws = context.workbook.worksheets;
      ws.getItem("One").tables.add("A1:A2", true).name = "First";
      ws.getItem("Two").tables.add("A1:A2", true).name = "Second";
      const all = context.workbook.tables.load("items/name");
      const onTwo = ws.getItem("Two").tables.load("items/name");
      const found = context.workbook.tables.getItem("first").load("name");
      const missing = ws.getItem("One").tables.getItemOrNullObject("Second");
      await context.sync();
      return [all.items.map((t) => t.name), onTwo.items.map((t) => t.name), found.name, missing.isNullObject];
    });
    expect(out).toEqual([["First", "Second"], ["Second"], "First", true]);
  });

  test("rows.add works but is counted, so tests can assert it is not used", async () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A1:B2", [["k", "v"], ["a", 1]]);
    await host.run(async (context) => {
      const table = context.workbook.worksheets.getItem("Data").tables.add("A1:B2", true);
      table.rows.add(undefined, [["b", 2], ["c", 3]]);
      await context.sync();
    });
    expect(host.stats.tableRowsAdded).toBe(2);
    expect(host.snapshot().sheets[0]?.tables[0]?.address).toBe("Data!A1:B4");
  });

  test("resize keeps the header row; delete removes the table and its cells", async () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A1:B4", [["k", "v"], ["a", 1], ["b", 2], ["c", 3]]);
    const address = await host.run(async (context) => {
      const table = context.workbook.worksheets.getItem("Data").tables.add("A1:B2", true);
      table.resize("A1:C4");
      const range = table.getRange().load("address");
      await context.sync();
      return range.address;
    });
    expect(address).toBe("Data!A1:C4");
    // The new third column gets a generated header.
    expect(host.getValues("Data", "C1")).toEqual([["Column3"]]);
    const moved = await runError(host, async (context) => {
      context.workbook.tables.getItem("Table1").resize("A2:C5");
      await context.sync();
    });
    expect(moved.code).toBe("InvalidArgument");
    await host.run(async (context) => {
      context.workbook.tables.getItem("Table1").delete();
      await context.sync();
    });
    expect(host.snapshot().sheets[0]).toMatchObject({ tables: [], cells: {} });
  });

  test("a table deleted meanwhile fails with ItemNotFound", async () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A1:A2", [["h"], [1]]);
    const error = await runError(host, async (context) => {
      const table = context.workbook.worksheets.getItem("Data").tables.add("A1:A2", true);
      table.load("name");
      await context.sync();
      await host.run(async (other) => {
        other.workbook.tables.getItem(table.name).delete();
        await other.sync();
      });
      table.getDataBodyRange().values = [[2]];
      await context.sync();
    });
    expect(error.code).toBe("ItemNotFound");
  });
});
