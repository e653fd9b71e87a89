/**
 * Outlines in the in-memory host: Range.group / ungroup / showGroupDetails / hideGroupDetails and
 * Worksheet.showOutlineLevels (ExcelApi 1.10), Range.columnHidden / rowHidden / hidden (1.2).
 * Rules: docs/host-rules.md "Outlines".
 */
import { createHost, type InMemoryExcelHost } from "../../src/host";
import { runError } from "./helpers";

const SHEET = "Board";

function host(options: Parameters<typeof createHost>[0] = {}): InMemoryExcelHost {
  return createHost({ sheets: [SHEET], ...options });
}

const sheetOf = (h: InMemoryExcelHost) => h.snapshot().sheets.find((s) => s.name === SHEET)!;

async function on(h: InMemoryExcelHost, batch: (ws: Excel.Worksheet) => void): Promise<void> {
  await h.run(async (context) => {
    batch(context.workbook.worksheets.getItem(SHEET));
    await context.sync();
  });
}

/** The error a batch on the sheet fails with (one sync). */
function failing(h: InMemoryExcelHost, batch: (ws: Excel.Worksheet) => void): ReturnType<typeof runError> {
  return runError(h, async (context) => {
    batch(context.workbook.worksheets.getItem(SHEET));
    await context.sync();
  });
}

describe("Range.group", () => {
  test("whole columns go one level deeper each time; the snapshot lists every grouped column's level", async () => {
    const h = host();
    await on(h, (ws) => {
      ws.getRange("C:Q").group("ByColumns");
      ws.getRange("C:F").group("ByColumns");
      ws.getRange("4:9").group("ByRows");
    });
    const outline = sheetOf(h).outline!;
    expect(outline.columnLevels).toEqual({ C: 2, D: 2, E: 2, F: 2, G: 1, H: 1, I: 1, J: 1, K: 1, L: 1, M: 1, N: 1, O: 1, P: 1, Q: 1 });
    expect(outline.rowLevels).toEqual({ "4": 1, "5": 1, "6": 1, "7": 1, "8": 1, "9": 1 });
    expect(outline.hiddenColumns).toEqual([]);
  });

  test("a sheet without an outline has none in its snapshot", () => {
    expect(sheetOf(host()).outline).toBeUndefined();
  });

  test("an option that is not ByRows / ByColumns is InvalidArgument", async () => {
    const h = host();
    const e = await runError(h, async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRange("C:D").group("Columns" as Excel.GroupOption);
      await context.sync();
    });
    expect(e.code).toBe("InvalidArgument");
    expect(e.debugInfo.errorLocation).toBe("Range.group");
  });

  test("the option must match the range: whole rows by columns, whole columns by rows, or a block, are refused", async () => {
    const h = host();
    for (const [address, option] of [["4:9", "ByColumns"], ["C:D", "ByRows"], ["C1:D5", "ByColumns"], ["C1:D5", "ByRows"], ["A:XFD", "ByColumns"]] as const) {
      const e = await failing(h, (ws) => ws.getRange(address).group(option));
      expect([address, e.code]).toEqual([address, "InvalidArgument"]);
    }
    expect(sheetOf(h).outline).toBeUndefined();
  });

  test("Excel's eight outline levels: the eighth nested group fails and changes nothing", async () => {
    const h = host();
    await on(h, (ws) => {
      for (let i = 0; i < 7; i++) ws.getRange("B:C").group("ByColumns");
    });
    expect(sheetOf(h).outline!.columnLevels).toEqual({ B: 7, C: 7 });
    const e = await runError(h, async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRange("A:C").group("ByColumns");
      await context.sync();
    });
    expect(e.code).toBe("InvalidOperation");
    // Column A was not grouped either: the operation checks before it changes anything.
    expect(sheetOf(h).outline!.columnLevels).toEqual({ B: 7, C: 7 });
  });

  test("a protected sheet refuses grouping", async () => {
    const h = host();
    await on(h, (ws) => ws.protection.protect());
    const e = await runError(h, async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRange("C:D").group("ByColumns");
      await context.sync();
    });
    expect(e.code).toBe("AccessDenied");
  });

  test("ExcelApi 1.10: an Excel with 1.9 does not know Range.group", async () => {
    const h = host({ supportedSets: { ExcelApi: "1.9" } });
    const e = await runError(h, async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRange("C:D").group("ByColumns");
      await context.sync();
    });
    expect(e.code).toBe("ApiNotFound");
    expect(h.isSetSupported("ExcelApi", "1.10")).toBe(false);
  });
});

describe("Range.ungroup", () => {
  test("removes the outermost level of the grouped rows or columns in any range; hidden columns stay hidden", async () => {
    const h = host();
    await on(h, (ws) => {
      ws.getRange("C:Q").group("ByColumns");
      ws.getRange("C:F").group("ByColumns");
      ws.getRange("C:F").hideGroupDetails("ByColumns");
      // Microsoft's sample ungroups a block, not whole columns.
      ws.getRange("A1:R10").ungroup("ByColumns");
    });
    const outline = sheetOf(h).outline!;
    expect(outline.columnLevels).toEqual({ C: 1, D: 1, E: 1, F: 1 });
    expect(outline.hiddenColumns).toEqual(["C", "D", "E", "F"]);
    await on(h, (ws) => ws.getRange("A1:R10").ungroup("ByColumns"));
    expect(sheetOf(h).outline!.columnLevels).toEqual({});
    expect(sheetOf(h).outline!.hiddenColumns).toEqual(["C", "D", "E", "F"]);
  });

  test("stricter than Excel: nothing grouped in the range is InvalidOperation", async () => {
    const h = host();
    await on(h, (ws) => ws.getRange("C:D").group("ByColumns"));
    const e = await runError(h, async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRange("F:H").ungroup("ByColumns");
      await context.sync();
    });
    expect(e.code).toBe("InvalidOperation");
    expect(e.debugInfo.errorLocation).toBe("Range.ungroup");
    // Rows are another outline: the columns' group does not make rows ungroupable.
    const rows = await runError(h, async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRange("C:D").ungroup("ByRows");
      await context.sync();
    });
    expect(rows.code).toBe("InvalidOperation");
    expect(sheetOf(h).outline!.columnLevels).toEqual({ C: 1, D: 1 });
  });
});

describe("showGroupDetails / hideGroupDetails", () => {
  test("collapse and expand the innermost group holding the range, whole", async () => {
    const h = host();
    await on(h, (ws) => {
      ws.getRange("J:AI").group("ByColumns");
      ws.getRange("X:Z").group("ByColumns");
      // Part of the inner group collapses all of it.
      ws.getRange("Y:Y").hideGroupDetails("ByColumns");
    });
    expect(sheetOf(h).outline!.hiddenColumns).toEqual(["X", "Y", "Z"]);
    // A range reaching outside the inner group acts on the outer one.
    await on(h, (ws) => ws.getRange("W:X").hideGroupDetails("ByColumns"));
    expect(sheetOf(h).outline!.hiddenColumns).toHaveLength(26); // J … AI
    await on(h, (ws) => ws.getRange("J:J").showGroupDetails("ByColumns"));
    expect(sheetOf(h).outline!.hiddenColumns).toEqual([]);
  });

  test("stricter than Excel: a range not wholly inside a group is InvalidOperation", async () => {
    const h = host();
    await on(h, (ws) => ws.getRange("J:K").group("ByColumns"));
    for (const address of ["I:J", "L:L"]) {
      const e = await failing(h, (ws) => ws.getRange(address).hideGroupDetails("ByColumns"));
      expect([address, e.code]).toEqual([address, "InvalidOperation"]);
    }
  });
});

describe("Worksheet.showOutlineLevels", () => {
  test("shows the first n levels: deeper grouped columns hidden, the others shown, ungrouped ones untouched", async () => {
    const h = host();
    await on(h, (ws) => {
      ws.getRange("J:AI").group("ByColumns");
      ws.getRange("X:Z").group("ByColumns");
      ws.getRange("B:B").columnHidden = true;
      ws.showOutlineLevels(0, 2);
    });
    expect(sheetOf(h).outline!.hiddenColumns).toEqual(["B", "X", "Y", "Z"]);
    await on(h, (ws) => ws.showOutlineLevels(0, 1));
    expect(sheetOf(h).outline!.hiddenColumns).toHaveLength(1 + 26);
    await on(h, (ws) => ws.showOutlineLevels(0, 8));
    expect(sheetOf(h).outline!.hiddenColumns).toEqual(["B"]);
    // 0 leaves a direction as it is.
    await on(h, (ws) => {
      ws.showOutlineLevels(0, 2);
      ws.showOutlineLevels(3, 0);
    });
    expect(sheetOf(h).outline!.hiddenColumns).toEqual(["B", "X", "Y", "Z"]);
  });

  test("levels are integers from 0 to 8", async () => {
    const h = host();
    for (const [rows, columns] of [[0, 9], [-1, 0], [0, 1.5]]) {
      const e = await failing(h, (ws) => ws.showOutlineLevels(rows!, columns!));
      expect([rows, columns, e.code]).toEqual([rows, columns, "InvalidArgument"]);
    }
  });
});

describe("hidden rows and columns through the Range", () => {
  test("columnHidden / rowHidden / hidden read true, false or null (some hidden)", async () => {
    const h = host();
    await on(h, (ws) => {
      ws.getRange("J:K").group("ByColumns");
      ws.getRange("J:K").hideGroupDetails("ByColumns");
      ws.getRange("3:3").rowHidden = true;
    });
    const read = await h.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(SHEET);
      const ranges = ["J1:K2", "I1:J2", "A1:B2", "A3:B3", "A2:B3"].map((a) => ws.getRange(a).load("columnHidden,rowHidden,hidden"));
      await context.sync();
      return ranges.map((r) => [r.columnHidden, r.rowHidden, r.hidden]);
    });
    expect(read).toEqual([
      [true, false, true],
      [null, false, null],
      [false, false, false],
      [false, true, true],
      [false, null, null],
    ]);
  });

  test("columnHidden takes true or false only", async () => {
    const h = host();
    const e = await runError(h, async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRange("C:C").columnHidden = "yes" as unknown as boolean;
      await context.sync();
    });
    expect(e.code).toBe("InvalidArgument");
  });
});
