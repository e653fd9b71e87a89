import { hostWith, runError } from "./helpers";

async function addSheet(name: string, existing: string[] = ["Sheet1"]) {
  const host = hostWith(existing);
  try {
    await host.run(async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    });
    return { ok: true as const, names: host.getSheetNames() };
  } catch (error) {
    return { ok: false as const, code: (error as { code: string }).code };
  }
}

describe("worksheet names", () => {
  test("accepts 31 characters, rejects 32", async () => {
    expect(await addSheet("x".repeat(31))).toMatchObject({ ok: true });
    expect(await addSheet("x".repeat(32))).toEqual({ ok: false, code: "InvalidArgument" });
  });

  test.each(["[", "]", ":", "*", "?", "/", "\\"])("rejects a name containing %s", async (ch) => {
    expect(await addSheet(`KPI${ch}2024`)).toEqual({ ok: false, code: "InvalidArgument" });
  });

  test.each(["", "   ", "'quoted", "quoted'", "History", "history"])("rejects %j", async (name) => {
    expect(await addSheet(name)).toEqual({ ok: false, code: "InvalidArgument" });
  });

  test("names are unique case-insensitively", async () => {
    expect(await addSheet("SCORECARD", ["Scorecard"])).toEqual({ ok: false, code: "ItemAlreadyExists" });
  });

  test("accepts Chinese names, spaces and apostrophes inside", async () => {
    expect(await addSheet("计分卡 KPI's")).toEqual({ ok: true, names: ["Sheet1", "计分卡 KPI's"] });
  });

  test("rename follows the same rules; add without a name picks SheetN", async () => {
    const host = hostWith(["Sheet1", "Other"]);
    const error = await runError(host, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").name = "other";
      await context.sync();
    });
    expect(error.code).toBe("ItemAlreadyExists");
    await host.run(async (context) => {
      context.workbook.worksheets.add();
      await context.sync();
    });
    expect(host.getSheetNames()).toEqual(["Sheet1", "Other", "Sheet3"]);
  });
});

describe("worksheet properties", () => {
  test("position, visibility, tab color, activate and getActiveWorksheet", async () => {
    const host = hostWith(["A", "B", "C"]);
    const out = await host.run(async (context) => {
      const ws = context.workbook.worksheets;
      ws.getItem("C").position = 0;
      ws.getItem("B").visibility = "Hidden";
      ws.getItem("A").tabColor = "#112233";
      ws.getItem("A").activate();
      const active = ws.getActiveWorksheet().load("name");
      ws.load("items/name, items/position, items/visibility, items/tabColor");
      await context.sync();
      return [active.name, ws.items.map((s) => [s.name, s.position, s.visibility, s.tabColor])];
    });
    expect(out).toEqual(["A", [["C", 0, "Visible", ""], ["A", 1, "Visible", "#112233"], ["B", 2, "Hidden", ""]]]);
  });

  test("the last visible sheet cannot be hidden or deleted", async () => {
    const host = hostWith(["Only", "Hidden"]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Hidden").visibility = "Hidden";
      await context.sync();
    });
    for (const act of [(s: Excel.Worksheet) => (s.visibility = "Hidden"), (s: Excel.Worksheet) => s.delete()]) {
      const error = await runError(host, async (context) => {
        act(context.workbook.worksheets.getItem("Only"));
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- each iteration is its own Excel.run batch
        await context.sync();
      });
      expect(error.code).toBe("InvalidOperation");
    }
  });

  test("deleting a sheet removes it; later use of the object fails", async () => {
    const host = hostWith(["Keep", "Gone"]);
    const error = await runError(host, async (context) => {
      const gone = context.workbook.worksheets.getItem("Gone");
      gone.load("name");
      await context.sync();
      gone.delete();
      await context.sync();
      gone.getRange("A1").values = [[1]];
      await context.sync();
    });
    expect(error.code).toBe("ItemNotFound");
    expect(host.getSheetNames()).toEqual(["Keep"]);
  });

  test("freeze panes and custom properties", async () => {
    const host = hostWith(["Data"]);
    const value = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.freezePanes.freezeRows(2);
      sheet.customProperties.add("kpi-scorecard", "managed");
      const prop = sheet.customProperties.getItemOrNullObject("KPI-SCORECARD").load("value");
      const missing = sheet.customProperties.getItemOrNullObject("other");
      await context.sync();
      return [prop.value, missing.isNullObject];
    });
    expect(value).toEqual(["managed", true]);
    expect(host.snapshot().sheets[0]).toMatchObject({ frozenRows: 2, customProperties: { "kpi-scorecard": "managed" } });
  });
});

describe("protection", () => {
  async function protectedHost() {
    const host = hostWith(["Locked"]);
    host.setCells("Locked", "A1:B2", [["h1", "h2"], [1, 2]]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Locked").protection.protect();
      await context.sync();
    });
    return host;
  }

  const writes: Array<[string, (s: Excel.Worksheet) => void]> = [
    ["values", (s) => (s.getRange("A1").values = [["x"]])],
    ["formulas", (s) => (s.getRange("A1").formulas = [["=1"]])],
    ["numberFormat", (s) => (s.getRange("A1").numberFormat = [["0%"]])],
    ["fill", (s) => (s.getRange("A1").format.fill.color = "#FF0000")],
    ["column width", (s) => (s.getRange("A1").format.columnWidth = 80)],
    ["clear", (s) => s.getRange("A1").clear()],
    ["table", (s) => s.tables.add("A1:B2", true)],
    ["chart", (s) => s.charts.add("ColumnClustered", s.getRange("A1:B2"), "Auto")],
    ["conditional format", (s) => s.getRange("B2").conditionalFormats.add("ColorScale")],
  ];

  test.each(writes)("writing %s to a protected sheet fails with AccessDenied and changes nothing", async (_name, act) => {
    const host = await protectedHost();
    const before = host.snapshot();
    const error = await runError(host, async (context) => {
      act(context.workbook.worksheets.getItem("Locked"));
      await context.sync();
    });
    expect(error.code).toBe("AccessDenied");
    expect(error.message).toContain("protected sheet");
    expect(host.snapshot()).toEqual(before);
  });

  test("unprotect restores writing; the password must match", async () => {
    const host = hostWith(["S"]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("S").protection.protect(undefined, "pw");
      await context.sync();
    });
    const wrong = await runError(host, async (context) => {
      context.workbook.worksheets.getItem("S").protection.unprotect("nope");
      await context.sync();
    });
    expect(wrong.code).toBe("InvalidArgument");
    const state = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.protection.unprotect("pw");
      sheet.getRange("A1").values = [["ok"]];
      sheet.load("protection/protected");
      await context.sync();
      return sheet.protection.protected;
    });
    expect(state).toBe(false);
    expect(host.getValues("S", "A1")).toEqual([["ok"]]);
  });

  test("host.setCells (a user typing) is not an API call and ignores protection", async () => {
    const host = await protectedHost();
    host.setCells("Locked", "A1", [["typed"]]);
    expect(host.getValues("Locked", "A1")).toEqual([["typed"]]);
  });
});
