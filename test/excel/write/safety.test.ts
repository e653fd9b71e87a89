import { createHost, type InMemoryExcelHost } from "../../../src/host";
import { writeEvaluation } from "../../../src/excel/write/writeEvaluation";
import { WRITE_FEATURES } from "../../../src/excel/write/apiFeatures";
import { WorkbookError } from "../../../src/excel/port";
import { fixture, sourceGrid, SOURCE_SHEET, typeGrid } from "./fixture";

function fresh(options: Parameters<typeof createHost>[0] = {}) {
  const host = createHost({ sheets: [SOURCE_SHEET], ...options });
  const grid = sourceGrid();
  typeGrid(host, grid);
  return { host, grid, input: fixture(grid).input };
}

async function failure(host: InMemoryExcelHost, run: () => Promise<unknown>): Promise<WorkbookError> {
  const before = host.snapshot();
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkbookError);
  // The workbook is left as it was: same sheets, cells, tables, charts and settings.
  expect(host.snapshot()).toEqual(before);
  return error as WorkbookError;
}

describe("a sheet with our name that is not ours", () => {
  it("is never touched: our sheet gets another name, reported in the result", async () => {
    const { host, input } = fresh();
    host.addSheet("Scorecard");
    host.setCells("Scorecard", "A1", [["my own scorecard"]]);
    const result = await host.run((ctx) => writeEvaluation(ctx, input));
    expect(result.sheets.scorecard).toBe("Scorecard (2)");
    expect(result.renamed).toEqual([{ wanted: "Scorecard", used: "Scorecard (2)" }]);
    expect(host.getValues("Scorecard", "A1:B2")).toEqual([["my own scorecard", ""], ["", ""]]);
    // A second refresh replaces "Scorecard (2)" (ours) and still leaves "Scorecard" alone.
    const again = await host.run((ctx) => writeEvaluation(ctx, input));
    expect(again.sheets.scorecard).toBe("Scorecard (2)");
    expect(host.getSheetNames()).toEqual([SOURCE_SHEET, "Scorecard", "Scorecard (2)", "Strategy Match", "SMART Review", "Evaluation Log"]);
    expect(host.getValues("Scorecard", "A1")).toEqual([["my own scorecard"]]);
  });

  it("knows its sheets by id: a sheet of ours the user renamed is the user's now, kept as it is, and a fresh one is made", async () => {
    const { host, input } = fresh();
    await host.run((ctx) => writeEvaluation(ctx, input));
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Scorecard").name = "Board pack";
      await ctx.sync();
    });
    host.setCells("Board pack", "Z1", [["my notes"]]);
    const archived = host.snapshot().sheets.find((s) => s.name === "Board pack")!;
    const result = await host.run((ctx) => writeEvaluation(ctx, input));
    expect(host.getSheetNames()).toEqual([SOURCE_SHEET, "Board pack", "Strategy Match", "SMART Review", "Evaluation Log", "Scorecard"]);
    const after = host.snapshot().sheets.find((s) => s.name === "Board pack")!;
    // Byte-identical but for its tables' names, which freed the contract names for the fresh sheet.
    expect({ ...after, tables: [] }).toEqual({ ...archived, tables: [] });
    expect(after.tables.map((t) => t.name).sort()).toEqual(archived.tables.map((t) => `${t.name}_Archive`).sort());
    expect(host.getValues("Board pack", "Z1")).toEqual([["my notes"]]);
    expect(result.notes.map((n) => n.en).join(" ")).toContain('"Board pack" was renamed, so it is now yours');
    const fresh2 = host.snapshot().sheets.find((s) => s.name === "Scorecard")!;
    expect(fresh2.tables.map((t) => t.name)).toContain("KpiScorecard");
  });
});

describe("failures a user meets end in a clear error and leave the workbook as it was", () => {
  it("a protected sheet of ours: SHEET_PROTECTED, nothing written", async () => {
    const { host, input } = fresh();
    await host.run((ctx) => writeEvaluation(ctx, input));
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Strategy Match").protection.protect();
      await ctx.sync();
    });
    const error = await failure(host, () => host.run((ctx) => writeEvaluation(ctx, input)));
    expect(error.code).toBe("SHEET_PROTECTED");
    expect(error.text.en).toContain("Strategy Match");
    expect(error.text.zh).toContain("Strategy Match");
  });

  it("cell-edit mode: CELL_EDIT_MODE", async () => {
    const { host, input } = fresh();
    host.setCellEditMode(true);
    const error = await failure(host, () => host.run((ctx) => writeEvaluation(ctx, input)));
    expect(error.code).toBe("CELL_EDIT_MODE");
    expect(error.text.zh).not.toBe("");
  });

  it("a failure during the very first refresh leaves no sheet and no setting behind", async () => {
    const { host, input } = fresh();
    const before = host.snapshot();
    let syncs = 0;
    const error = await host
      .run((ctx) => {
        const sync = ctx.sync.bind(ctx);
        (ctx as { sync: () => Promise<void> }).sync = async () => {
          if (++syncs === 4) host.failNext("GeneralException");
          await sync();
        };
        return writeEvaluation(ctx, input);
      })
      .then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(host.snapshot()).toEqual(before);
  });

  it("the source table deleted meanwhile: TABLE_NOT_FOUND", async () => {
    const { host, input } = fresh();
    const error = await failure(host, () => host.run((ctx) => writeEvaluation(ctx, { ...input, source: { ...input.source, table: "KpiTable" } })));
    expect(error.code).toBe("TABLE_NOT_FOUND");
  });

  it("a failure in the middle of the write (third sync): staging sheets removed, old sheets kept", async () => {
    const { host, input } = fresh();
    await host.run((ctx) => writeEvaluation(ctx, input));
    const before = host.snapshot();
    // Let the inspection and the first write batch through, then fail the next sync.
    let syncs = 0;
    const error = await host
      .run((ctx) => {
        const sync = ctx.sync.bind(ctx);
        (ctx as { sync: () => Promise<void> }).sync = async () => {
          if (++syncs === 3) host.failNext("GeneralException");
          await sync();
        };
        return writeEvaluation(ctx, input);
      })
      .then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).code).toBe("UNKNOWN");
    expect(host.snapshot()).toEqual(before);
  });

  it("a failure the cleanup cannot undo (edit mode from the second sync on) is cleaned up by the next refresh", async () => {
    const { host, input } = fresh();
    let syncs = 0;
    await host
      .run((ctx) => {
        const sync = ctx.sync.bind(ctx);
        (ctx as { sync: () => Promise<void> }).sync = async () => {
          if (++syncs === 3) host.setCellEditMode(true);
          await sync();
        };
        return writeEvaluation(ctx, input);
      })
      .catch(() => undefined);
    host.setCellEditMode(false);
    expect(host.getSheetNames().filter((n) => n.startsWith("~KS "))).toHaveLength(4);
    await host.run((ctx) => writeEvaluation(ctx, input));
    expect(host.getSheetNames()).toEqual([SOURCE_SHEET, "Scorecard", "Strategy Match", "SMART Review", "Evaluation Log"]);
  });
});

describe("unsupported APIs", () => {
  it("on the manifest's minimum (ExcelApi 1.9) re-creates tables that change size instead of resizing them, and says so", async () => {
    const { host, input } = fresh({ supportedSets: { ExcelApi: "1.9" } });
    const run = { ...input, isSetSupported: host.isSetSupported };
    const result = await host.run((ctx) => writeEvaluation(ctx, run));
    expect(result.sheets.scorecard).toBe("Scorecard");
    // The one feature above the minimum that cannot be replaced is the outline (ExcelApi 1.10).
    expect(result.notes).toEqual([WRITE_FEATURES.outline.skipped]);
    const sc = host.snapshot().sheets.find((s) => s.name === "Scorecard")!;
    expect(sc.conditionalFormats.length).toBeGreaterThan(0);
    expect([sc.frozenRows, sc.frozenColumns]).toEqual([7, 2]);
    expect(sc.charts.length).toBeGreaterThan(0);
    // A second refresh with one KPI fewer: the KPI table is re-created (Table.resize is ExcelApi 1.13), under its name.
    const grid = sourceGrid().slice(0, -1);
    typeGrid(host, [...grid, Array(grid[0]!.length).fill("")]);
    const smaller = fixture(grid).input;
    const second = await host.run((ctx) => writeEvaluation(ctx, { ...smaller, isSetSupported: host.isSetSupported }));
    expect(second.notes.map((n) => n.en).join(" ")).toContain("KpiScorecard, KpiAttainmentChart, KpiStrengthMatrix, KpiSmartReview, KpiEvaluationLog changed size and were re-created, not resized (this Excel does not support ExcelApi 1.13)");
    expect(second.notes).toHaveLength(2); // that, and the outline's
    const table = host.snapshot().sheets.find((s) => s.name === "Scorecard")!.tables.find((t) => t.name === "KpiScorecard");
    expect(table?.address).toBe("Scorecard!A7:AL14");
  });

  it("refuses, with UNSUPPORTED_API, an Excel below the manifest's minimum (ExcelApi 1.8: no Range.copyFrom)", async () => {
    const { host, input } = fresh({ supportedSets: { ExcelApi: "1.8" } });
    const error = await failure(host, () => host.run((ctx) => writeEvaluation(ctx, { ...input, isSetSupported: host.isSetSupported })));
    expect(error.code).toBe("UNSUPPORTED_API");
    expect(host.stats.syncs).toBe(0);
  });

  it("refuses, with UNSUPPORTED_API, an Excel without workbook settings (ExcelApi 1.4)", async () => {
    const { host, input } = fresh({ supportedSets: { ExcelApi: "1.3" } });
    const error = await failure(host, () => host.run((ctx) => writeEvaluation(ctx, { ...input, isSetSupported: host.isSetSupported })));
    expect(error.code).toBe("UNSUPPORTED_API");
    expect(host.stats.syncs).toBe(0);
  });
});
