import { hostWith, readValues, runError } from "./helpers";

async function write(host: ReturnType<typeof hostWith>, sheet: string, address: string, set: (r: Excel.Range) => void): Promise<void> {
  await host.run(async (context) => {
    set(context.workbook.worksheets.getItem(sheet).getRange(address));
    await context.sync();
  });
}

describe("writing values", () => {
  test("a 2-D array must match the range's rows and columns", async () => {
    const host = hostWith(["Data"]);
    for (const bad of [[[1, 2]], [[1], [2], [3]], [[1, 2], [3]], [[1]]]) {
      const error = await runError(host, async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1:B2").values = bad;
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- each iteration is its own Excel.run batch
        await context.sync();
      });
      expect(error.code).toBe("InvalidArgument");
    }
    expect(host.getValues("Data", "A1:B2")).toEqual([["", ""], ["", ""]]);
  });

  test("a single value is written to every cell; null is rejected", async () => {
    const host = hostWith(["Data"]);
    await write(host, "Data", "A1:B2", (r) => {
      r.values = 0 as unknown as unknown[][];
    });
    expect(host.getValues("Data", "A1:B2")).toEqual([[0, 0], [0, 0]]);
    const error = await runError(host, async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = null as unknown as unknown[][];
      await context.sync();
    });
    expect(error.code).toBe("InvalidArgument");
  });

  test("null inside the array leaves a cell unchanged and \"\" clears it", async () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A1:C1", [[1, 2, 3]]);
    await write(host, "Data", "A1:C1", (r) => {
      r.values = [[null, "", 9]];
    });
    expect(host.getValues("Data", "A1:C1")).toEqual([[1, "", 9]]);
  });

  test("a string starting with = becomes a formula", async () => {
    const host = hostWith(["Data"]);
    await write(host, "Data", "A1:B1", (r) => {
      r.values = [[4, "=A1*2.5"]];
    });
    // 4 × 2.5 = 10
    expect(host.getValues("Data", "B1")).toEqual([[10]]);
    expect(host.getFormulas("Data", "B1")).toEqual([["=A1*2.5"]]);
  });

  test("text that looks like a formula, a number or a boolean is converted as typing would", async () => {
    const host = hostWith(["Data"]);
    await write(host, "Data", "A1:G1", (r) => {
      r.values = [["-x", "+1", "@SUM(1,2)", "00123", "12%", "true", "-"]];
    });
    // "-x" → =-x → #NAME?; "+1" → 1; "@SUM(1,2)" → =SUM(1,2) → 3; "00123" → 123; "12%" → 0.12;
    // "true" → TRUE; "-" alone does not parse as a formula and stays text.
    expect(host.getValues("Data", "A1:G1")).toEqual([["#NAME?", 1, 3, 123, 0.12, true, "-"]]);
  });

  test("a leading apostrophe or the text format @ keeps text as written", async () => {
    const host = hostWith(["Data"]);
    await write(host, "Data", "A1:B1", (r) => {
      r.numberFormat = [[null, "@"]];
      r.values = [["'=HYPERLINK(\"x\")", "=1+1"]];
    });
    expect(host.getValues("Data", "A1:B1")).toEqual([['=HYPERLINK("x")', "=1+1"]]);
    expect(host.getFormulas("Data", "A1:B1")).toEqual([['=HYPERLINK("x")', "=1+1"]]);
  });

  test("an invalid formula is rejected with InvalidArgument", async () => {
    const host = hostWith(["Data"]);
    const error = await runError(host, async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").formulas = [["=SUM(1,"]];
      await context.sync();
    });
    expect(error.code).toBe("InvalidArgument");
  });

  test("formula errors read back as Excel error strings; dates stay serial numbers", async () => {
    const host = hostWith(["Data"]);
    await write(host, "Data", "A1:F1", (r) => {
      r.formulas = [["=1/0", "=NA()", "=\"a\"+1", "=NOSUCHFN(1)", "=DATE(2024,1,31)", "#N/A"]];
    });
    // DATE(2024,1,31) is serial 45322 in Excel's 1900 system.
    expect(host.getValues("Data", "A1:F1")).toEqual([["#DIV/0!", "#N/A", "#VALUE!", "#NAME?", 45322, "#N/A"]]);
  });

  test("valueTypes, text and numberFormat read back per cell", async () => {
    const host = hostWith(["Data"]);
    await write(host, "Data", "A1:D1", (r) => {
      r.values = [[0.256, 1234.5, "x", ""]];
      r.numberFormat = [["0.0%", "#,##0.00", "General", "General"]];
    });
    const out = await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:D1").load("valueTypes, text, numberFormat");
      await context.sync();
      return [range.valueTypes, range.text, range.numberFormat];
    });
    // 0.256 → "25.6%"; 1234.5 → "1,234.50"
    expect(out).toEqual([
      [["Double", "Double", "String", "Empty"]],
      [["25.6%", "1,234.50", "x", ""]],
      [["0.0%", "#,##0.00", "General", "General"]],
    ]);
  });

  test("values and formulas written into a table's data body are stored", async () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A1:B1", [["Name", "Value"]]);
    await host.run(async (context) => {
      const table = context.workbook.worksheets.getItem("Data").tables.add("A1:B3", true);
      table.getDataBodyRange().values = [["a", 1], ["b", "=B2*10"]];
      await context.sync();
    });
    expect(host.getValues("Data", "A1:B3")).toEqual([["Name", "Value"], ["a", 1], ["b", 10]]);
  });
});

describe("addresses and derived ranges", () => {
  test("address carries the sheet name, quoted when needed", async () => {
    const host = hostWith(["Strategy Match", "Data", "战略"]);
    const out = await host.run(async (context) => {
      const ws = context.workbook.worksheets;
      const a = ws.getItem("Strategy Match").getRange("A1:C3").load("address");
      const b = ws.getItem("Data").getRange("B2").load("address");
      const c = ws.getItem("Data").getRange("A:C").load("address, rowCount");
      const d = ws.getItem("战略").getRange("A1").load("address");
      await context.sync();
      return [a.address, b.address, c.address, c.rowCount, d.address];
    });
    expect(out).toEqual(["'Strategy Match'!A1:C3", "Data!B2", "Data!A:C", 1048576, "'战略'!A1"]);
  });

  test("getCell, offsets, resize, rows, columns, last row and intersection", async () => {
    const host = hostWith(["Data"]);
    const out = await host.run(async (context) => {
      const base = context.workbook.worksheets.getItem("Data").getRange("B2:D5");
      const ranges = [
        base.getCell(1, 2),
        base.getOffsetRange(1, 1),
        base.getResizedRange(1, -1),
        base.getRow(0),
        base.getColumn(2),
        base.getLastRow(),
        base.getIntersection("C3:F9"),
        base.getAbsoluteResizedRange(2, 2),
      ].map((r) => r.load("address"));
      const none = base.getIntersectionOrNullObject("Z1");
      await context.sync();
      return [...ranges.map((r) => r.address), none.isNullObject];
    });
    expect(out).toEqual(["Data!D3", "Data!C3:E6", "Data!B2:C6", "Data!B2:D2", "Data!D2:D5", "Data!B5:D5", "Data!C3:D5", "Data!B2:C3", true]);
  });

  test("getRangeByIndexes and used ranges", async () => {
    const host = hostWith(["Data", "Empty"]);
    host.setCells("Data", "B2:C4", [[1, 2], [3, 4], [5, "x"]]);
    const out = await host.run(async (context) => {
      const ws = context.workbook.worksheets;
      const a = ws.getItem("Data").getRangeByIndexes(1, 1, 3, 2).load("address, values");
      const used = ws.getItem("Data").getUsedRange().load("address");
      const emptyUsed = ws.getItem("Empty").getUsedRange().load("address");
      const emptyOrNull = ws.getItem("Empty").getUsedRangeOrNullObject();
      await context.sync();
      return [a.address, a.values, used.address, emptyUsed.address, emptyOrNull.isNullObject];
    });
    expect(out).toEqual(["Data!B2:C4", [[1, 2], [3, 4], [5, "x"]], "Data!B2:C4", "Empty!A1", true]);
  });

  test("the used range includes formatted cells unless valuesOnly is true", async () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "B2", [[1]]);
    await write(host, "Data", "D5", (r) => {
      r.format.fill.color = "#FFFF00";
    });
    const out = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const all = sheet.getUsedRange().load("address");
      const valuesOnly = sheet.getUsedRange(true).load("address");
      await context.sync();
      return [all.address, valuesOnly.address];
    });
    expect(out).toEqual(["Data!B2:D5", "Data!B2"]);
  });

  test("out-of-sheet and malformed addresses are rejected", async () => {
    const host = hostWith(["Data"]);
    for (const address of ["A0", "XFE1", "A1:B2:C3", "1A", ""]) {
      const error = await runError(host, async (context) => {
        context.workbook.worksheets.getItem("Data").getRange(address).load("address");
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- each iteration is its own Excel.run batch
        await context.sync();
      });
      expect(error.code).toBe("InvalidArgument");
    }
  });

  test("clear removes contents, formats or both", async () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A1:B1", [[1, 2]]);
    await write(host, "Data", "A1:B1", (r) => {
      r.format.font.bold = true;
    });
    await write(host, "Data", "A1", (r) => r.clear("Contents"));
    await write(host, "Data", "B1", (r) => r.clear("Formats"));
    const snap = host.snapshot().sheets[0]?.cells;
    expect(snap).toEqual({ A1: { value: "", format: { "font.bold": true } }, B1: { value: 2 } });
  });
});

describe("format", () => {
  test("format properties read the uniform value, or null when mixed", async () => {
    const host = hostWith(["Data"]);
    await write(host, "Data", "A1:B1", (r) => {
      r.format.fill.color = "#FF0000";
      r.format.font.color = "#00FF00";
    });
    await write(host, "Data", "A1", (r) => {
      r.format.font.bold = true;
    });
    const out = await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
      range.load("format/wrapText, format/fill/color, format/font/bold, format/font/color");
      await context.sync();
      return [range.format.fill.color, range.format.font.color, range.format.font.bold, range.format.wrapText];
    });
    expect(out).toEqual(["#FF0000", "#00FF00", null, false]);
  });

  test("column widths, row heights and autofit", async () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A1:B2", [["a fairly long header", 1], ["x", 2]]);
    await write(host, "Data", "B:B", (r) => {
      r.format.columnWidth = 100;
    });
    await write(host, "Data", "A1:A2", (r) => r.format.autofitColumns());
    const widths = host.snapshot().sheets[0]?.columnWidths;
    // "a fairly long header" is 20 characters: (20 × 7 + 10) px × 0.75 = 112.5 pt.
    expect(widths).toEqual({ A: 112.5, B: 100 });
    expect(host.stats.autofits).toBe(1);
  });

  test("invalid format values are rejected", async () => {
    const host = hostWith(["Data"]);
    for (const set of [
      (r: Excel.Range) => (r.format.fill.color = "red!"),
      (r: Excel.Range) => (r.format.font.bold = "yes" as unknown as boolean),
      (r: Excel.Range) => (r.format.horizontalAlignment = "Middle" as Excel.HorizontalAlignment),
      (r: Excel.Range) => (r.format.columnWidth = -1),
    ]) {
      const error = await runError(host, async (context) => {
        set(context.workbook.worksheets.getItem("Data").getRange("A1"));
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- each iteration is its own Excel.run batch
        await context.sync();
      });
      expect(error.code).toBe("InvalidArgument");
    }
  });

  test("reading a huge range fails like Excel (5,000,000 cells)", async () => {
    const host = hostWith(["Data"]);
    const error = await runError(host, async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A:E").load("values");
      await context.sync();
    });
    expect(error.code).toBe("RangeExceedsLimit");
    expect(await readValues(host, "Data", "A1")).toEqual([[""]]);
  });
});
