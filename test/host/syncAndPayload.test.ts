import { PAYLOAD_LIMIT_BYTES, createHost } from "../../src/host";
import { hostWith, runError } from "./helpers";

describe("sync counting and request size", () => {
  test("each context.sync() counts; request bytes are dominated by the values written", async () => {
    const host = hostWith(["Data"]);
    const values = Array.from({ length: 100 }, (_, r) => [r, `KPI ${r}`, r / 10]);
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:C100");
      range.values = values;
      await context.sync();
      range.load("address");
      await context.sync();
    });
    expect(host.stats.syncs).toBe(2);
    expect(host.stats.requestBytes).toHaveLength(2);
    const valuesBytes = JSON.stringify(values).length;
    const [writeBytes = 0, loadBytes = 0] = host.stats.requestBytes;
    // The request is the values' JSON plus a short object path.
    expect(writeBytes).toBeGreaterThan(valuesBytes);
    expect(writeBytes).toBeLessThan(valuesBytes + 200);
    expect(loadBytes).toBeLessThan(200);
  });

  test("request bytes count UTF-8 (a Chinese character is 3 bytes)", async () => {
    const host = hostWith(["Data"]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [["指标"]];
      await context.sync();
    });
    const ascii = hostWith(["Data"]);
    await ascii.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [["ab"]];
      await context.sync();
    });
    // "指标" is 6 bytes in UTF-8, "ab" is 2: a difference of 4.
    expect((host.stats.requestBytes[0] ?? 0) - (ascii.stats.requestBytes[0] ?? 0)).toBe(4);
  });

  test("a request over 5 MB fails with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const host = hostWith(["Data"]);
    // 60,000 rows × 10 cells of 10 characters: more than 6,000,000 bytes of JSON.
    const big = Array.from({ length: 60_000 }, () => new Array<string>(10).fill("abcdefghij"));
    const error = await runError(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("Z1").values = [["first"]];
      sheet.getRangeByIndexes(0, 0, 60_000, 10).values = big;
      await context.sync();
    });
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(host.stats.requestBytes[0]).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(host.getValues("Data", "Z1")).toEqual([[""]]);
    expect(PAYLOAD_LIMIT_BYTES).toBe(5 * 1024 * 1024);
  });

  test("the same data split over two syncs succeeds", async () => {
    const host = hostWith(["Data"]);
    const half = Array.from({ length: 30_000 }, () => new Array<string>(10).fill("abcdefghij"));
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRangeByIndexes(0, 0, 30_000, 10).values = half;
      await context.sync();
      sheet.getRangeByIndexes(30_000, 0, 30_000, 10).values = half;
      await context.sync();
    });
    expect(host.stats.requestBytes.every((b) => b < PAYLOAD_LIMIT_BYTES)).toBe(true);
    expect(host.getValues("Data", "J60000")).toEqual([["abcdefghij"]]);
  });

  test("a response over 5 MB fails with ResponsePayloadSizeLimitExceeded", async () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A1", [["x".repeat(100)]]);
    const error = await runError(host, async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:A60000");
      range.values = "x".repeat(100) as unknown as unknown[][];
      await context.sync();
      range.load("values");
      await context.sync();
    });
    // 60,000 × 103 bytes ≈ 6.2 MB of JSON.
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
  });
});

describe("failure injection and environment", () => {
  test("failNext fails the next sync with the code and applies nothing", async () => {
    const host = hostWith(["Data"]);
    host.failNext("GeneralException");
    const error = await runError(host, async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [[1]];
      await context.sync();
    });
    expect(error.code).toBe("GeneralException");
    expect(host.getValues("Data", "A1")).toEqual([[""]]);
  });

  test("cell-edit mode fails every sync until it ends", async () => {
    const host = createHost({ cellEditMode: true });
    const error = await runError(host, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
    });
    expect(error.code).toBe("InvalidOperationInCellEditMode");
    host.setCellEditMode(false);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
    });
    expect(host.getValues("Sheet1", "A1")).toEqual([[1]]);
  });

  test("isSetSupported answers from supportedSets; newer APIs fail with ApiNotFound", async () => {
    const host = createHost({ supportedSets: { ExcelApi: "1.6" } });
    expect(host.isSetSupported("ExcelApi", "1.6")).toBe(true);
    expect(host.isSetSupported("ExcelApi", "1.7")).toBe(false);
    expect(host.isSetSupported("ExcelApi", "1.10")).toBe(false);
    expect(host.officeContext.requirements.isSetSupported("WordApi")).toBe(false);
    // freezeRows is ExcelApi 1.7, tabColor 1.7.
    for (const act of [(s: Excel.Worksheet) => s.freezePanes.freezeRows(1), (s: Excel.Worksheet) => s.load("tabColor")]) {
      const error = await runError(host, async (context) => {
        act(context.workbook.worksheets.getItem("Sheet1"));
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- each iteration is its own Excel.run batch
        await context.sync();
      });
      expect(error.code).toBe("ApiNotFound");
    }
    const modern = createHost({ supportedSets: { ExcelApi: "1.10" } });
    expect(modern.isSetSupported("ExcelApi", "1.9")).toBe(true);
  });

  test("getItemOrNullObject needs ExcelApi 1.4; on an ExcelApi 1.3 host it fails with ApiNotFound", async () => {
    const host = createHost({ supportedSets: { ExcelApi: "1.3" } });
    const error = await runError(host, async (context) => {
      context.workbook.worksheets.getItemOrNullObject("Sheet1");
      await context.sync();
    });
    expect(error.code).toBe("ApiNotFound");
    expect(error.debugInfo.errorLocation).toBe("WorksheetCollection.getItemOrNullObject");
  });

  test("display language and cultureInfo", async () => {
    const host = createHost({ displayLanguage: "zh-CN" });
    expect(host.displayLanguage).toBe("zh-CN");
    expect(host.officeContext.displayLanguage).toBe("zh-CN");
    const name = await host.run(async (context) => {
      const culture = context.application.cultureInfo.load("name");
      await context.sync();
      return culture.name;
    });
    expect(name).toBe("zh-CN");
  });

  test("suspendApiCalculationUntilNextSync is counted", async () => {
    const host = hostWith();
    await host.run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      await context.sync();
    });
    expect(host.stats.calculationSuspensions).toBe(1);
  });

  test("settings and document custom properties", async () => {
    const host = hostWith();
    const out = await host.run(async (context) => {
      context.workbook.settings.add("kpi.lastRefresh", { at: "2026-01-01" });
      context.workbook.properties.custom.add("KpiScorecardVersion", "1");
      const setting = context.workbook.settings.getItemOrNullObject("kpi.lastRefresh").load("value");
      const prop = context.workbook.properties.custom.getItem("kpiscorecardversion").load("key, value, type");
      const none = context.workbook.settings.getItemOrNullObject("absent");
      await context.sync();
      return [setting.value, prop.key, prop.value, prop.type, none.isNullObject];
    });
    expect(out).toEqual([{ at: "2026-01-01" }, "KpiScorecardVersion", "1", "String", true]);
    expect(host.snapshot()).toMatchObject({ settings: { "kpi.lastRefresh": { at: "2026-01-01" } }, customProperties: { KpiScorecardVersion: "1" } });
  });

  test("getSelectedRange follows host.setSelection and range.select()", async () => {
    const host = hostWith(["A", "B"]);
    host.setSelection("B", "C3:D4");
    const out = await host.run(async (context) => {
      const first = context.workbook.getSelectedRange().load("address");
      await context.sync();
      context.workbook.worksheets.getItem("A").getRange("E5").select();
      const second = context.workbook.getSelectedRange().load("address");
      await context.sync();
      return [first.address, second.address];
    });
    expect(out).toEqual(["B!C3:D4", "A!E5"]);
  });
});
