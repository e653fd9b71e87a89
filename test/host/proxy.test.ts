import { hostWith, runError } from "./helpers";

describe("load and sync strictness", () => {
  test("reading a property before load throws PropertyNotLoaded", async () => {
    const host = hostWith(["Data"]);
    const error = await runError(host, async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- deliberate misuse under test
      void range.values;
      await context.sync();
    });
    expect(error.code).toBe("PropertyNotLoaded");
    expect(error.debugInfo.errorLocation).toBe("Range.values");
  });

  test("reading after load but before sync still throws", async () => {
    const host = hostWith(["Data"]);
    const error = await runError(host, async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      range.load("values");
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- deliberate misuse under test
      void range.values;
      await context.sync();
    });
    expect(error.code).toBe("PropertyNotLoaded");
  });

  test("a property that was set but not loaded is not readable", async () => {
    const host = hostWith(["Data"]);
    const error = await runError(host, async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      range.values = [[1]];
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- deliberate misuse under test
      void range.values;
    });
    expect(error.code).toBe("PropertyNotLoaded");
  });

  test("only the loaded properties are readable", async () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A1:B1", [[1, 2]]);
    const error = await runError(host, async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
      range.load("address");
      await context.sync();
      expect(range.address).toBe("Data!A1:B1");
      // eslint-disable-next-line office-addins/load-object-before-read -- deliberate misuse under test
      void range.rowCount;
    });
    expect(error.code).toBe("PropertyNotLoaded");
  });

  test("collection items throw before load and are readable after", async () => {
    const host = hostWith(["A", "B"]);
    const names = await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
    expect(names).toEqual(["A", "B"]);
  });

  test("load accepts a string list, an array, { select, expand } and an option object", async () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A1", [[7]]);
    const result = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const a = sheet.getRange("A1").load("values, address");
      const b = sheet.getRange("A1").load(["rowCount", "columnCount"]);
      const c = sheet.getRange("A1").load({ select: "values", expand: "format/font" });
      const d = sheet.getRange("A1").load({ values: true, format: { fill: { color: true } } });
      await context.sync();
      return [a.values, a.address, b.rowCount, b.columnCount, c.values, c.format.font.bold, d.format.fill.color];
    });
    // 1×1 range at A1 holding 7; default font not bold; default fill white.
    expect(result).toEqual([[[7]], "Data!A1", 1, 1, [[7]], false, "#FFFFFF"]);
  });

  test("loading an unknown property fails at sync with InvalidArgument", async () => {
    const host = hostWith(["Data"]);
    const error = await runError(host, async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").load("nonsense");
      await context.sync();
    });
    expect(error.code).toBe("InvalidArgument");
  });

  test("toJSON returns the loaded properties, including navigation properties", async () => {
    const host = hostWith(["Data"]);
    const json = await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("B2");
      range.load("address, rowIndex, format/font/bold");
      await context.sync();
      return range.toJSON();
    });
    expect(json).toEqual({ address: "Data!B2", rowIndex: 1, format: { font: { bold: false } } });
  });
});

describe("null objects", () => {
  test("getItemOrNullObject reports isNullObject after sync", async () => {
    const host = hostWith(["Data"]);
    const result = await host.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("data");
      // eslint-disable-next-line office-addins/call-sync-before-read -- deliberate misuse under test
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      return [missing.isNullObject, present.isNullObject];
    });
    expect(result).toEqual([true, false]);
  });

  test("loads on a null object give null; writes on it fail with ItemNotFound", async () => {
    const host = hostWith(["Data"]);
    const loaded = await host.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      missing.load("name");
      await context.sync();
      return missing.name;
    });
    expect(loaded).toBeNull();
    const error = await runError(host, async (context) => {
      context.workbook.worksheets.getItemOrNullObject("Nope").getRange("A1").values = [[1]];
      await context.sync();
    });
    expect(error.code).toBe("ItemNotFound");
  });

  test("getItem of a missing sheet fails at sync with ItemNotFound", async () => {
    const host = hostWith(["Data"]);
    const error = await runError(host, async (context) => {
      context.workbook.worksheets.getItem("Nope").load("name");
      await context.sync();
    });
    expect(error).toMatchObject({ code: "ItemNotFound", debugInfo: { errorLocation: "Worksheet.load" } });
  });
});

describe("queued writes and batches", () => {
  test("writes apply at sync, in order", async () => {
    const host = hostWith(["Data"]);
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      range.values = [[1]];
      range.values = [[2]];
      expect(host.getValues("Data", "A1")).toEqual([[""]]);
      await context.sync();
      expect(host.getValues("Data", "A1")).toEqual([[2]]);
    });
  });

  test("a load queued before a write sees the old value; after it, the new one", async () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A1", [[1]]);
    const [before, after] = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const first = sheet.getRange("A1").load("values");
      sheet.getRange("A1").values = [[5]];
      const second = sheet.getRange("A1").load("values");
      await context.sync();
      return [first.values, second.values];
    });
    expect(before).toEqual([[1]]);
    expect(after).toEqual([[5]]);
  });

  test("a failing operation rejects the sync; operations before it stay applied, later ones do not run", async () => {
    const host = hostWith(["Data"]);
    const error = await runError(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A1").values = [["kept"]];
      sheet.getRange("A2:B2").values = [[1]]; // wrong shape
      sheet.getRange("A3").values = [["never"]];
      await context.sync();
    });
    expect(error.code).toBe("InvalidArgument");
    expect(host.getValues("Data", "A1:A3")).toEqual([["kept"], [""], [""]]);
  });

  test("loads of a failed sync are not delivered", async () => {
    const host = hostWith(["Data"]);
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1").load("values");
      context.workbook.worksheets.getItem("Nope").load("name");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("pending work is synced when the batch ends; nothing pending means no extra sync", async () => {
    const host = hostWith(["Data"]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [[3]];
      return Promise.resolve();
    });
    expect(host.getValues("Data", "A1")).toEqual([[3]]);
    expect(host.stats.syncs).toBe(1);
    await host.run(async (context) => {
      await context.sync();
    });
    expect(host.stats.syncs).toBe(2);
  });

  test("a batch that throws discards its unsynced work", async () => {
    const host = hostWith(["Data"]);
    await expect(
      host.run((context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1").values = [[3]];
        return Promise.reject(new Error("user code failed"));
      }),
    ).rejects.toThrow("user code failed");
    expect(host.getValues("Data", "A1")).toEqual([[""]]);
  });

  test("the batch must return a promise", async () => {
    const host = hostWith();
    const error = await runError(host, ((() => 1) as unknown) as (context: Excel.RequestContext) => Promise<unknown>);
    expect(error.code).toBe("RunMustReturnPromise");
  });

  test("objects cannot be used after their batch ended", async () => {
    const host = hostWith(["Data"]);
    const range = await host.run((context) => Promise.resolve(context.workbook.worksheets.getItem("Data").getRange("A1")));
    expect(() => {
      range.values = [[1]];
    }).toThrow(expect.objectContaining({ code: "InvalidRequestContext" }));
  });

  test("errors are shaped like OfficeExtension.Error", async () => {
    const host = hostWith(["Data"]);
    const error = await runError(host, async (context) => {
      context.workbook.worksheets.add("Data");
      await context.sync();
    });
    expect(error).toMatchObject({
      code: "ItemAlreadyExists",
      debugInfo: { code: "ItemAlreadyExists", errorLocation: "WorksheetCollection.add" },
    });
    expect(error.message).toContain("already exists");
  });
});
