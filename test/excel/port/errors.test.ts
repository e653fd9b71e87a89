/** Failures end in a WorkbookError with en+zh text that says what to do. */
import { createHost } from "../../../src/host";
import { toWorkbookError, WorkbookError, WORKBOOK_ERROR_TEXT, workbookError } from "../../../src/excel";
import { addTable, kpiAddress, kpiRows, portFor } from "./helpers";

describe("toWorkbookError", () => {
  it.each([
    ["InvalidOperationInCellEditMode", "CELL_EDIT_MODE"],
    ["AccessDenied", "SHEET_PROTECTED"],
    ["ItemNotFound", "TABLE_NOT_FOUND"],
    ["ApiNotFound", "UNSUPPORTED_API"],
    ["RequestPayloadSizeLimitExceeded", "REQUEST_TOO_LARGE"],
    ["ResponsePayloadSizeLimitExceeded", "REQUEST_TOO_LARGE"],
    ["InvalidSelection", "NOT_A_RANGE"],
    ["GeneralException", "UNKNOWN"],
    ["SomethingNew", "UNKNOWN"],
    ["constructor", "UNKNOWN"],
    ["toString", "UNKNOWN"],
  ])("maps %s to %s, keeping the original as the cause", (officeCode, code) => {
    const original = Object.assign(new Error("boom"), { code: officeCode });
    const mapped = toWorkbookError(original);
    expect(mapped).toBeInstanceOf(WorkbookError);
    expect(mapped.code).toBe(code);
    expect(mapped.cause).toBe(original);
    expect(mapped.message).toBe(mapped.text.en);
  });

  it("passes a WorkbookError through and calls anything that is not Excel's error our own (INTERNAL)", () => {
    const ours = workbookError("NO_KPI_TABLE");
    expect(toWorkbookError(ours)).toBe(ours);
    for (const thrown of [new TypeError("x"), "text", null, undefined, { code: 42 }]) expect(toWorkbookError(thrown).code).toBe("INTERNAL");
    // A bug of ours never sends the user to "save and reopen" the workbook.
    expect(toWorkbookError(new TypeError("x")).text.en).not.toContain("reopen");
  });

  it("says what to do in both languages", () => {
    expect(WORKBOOK_ERROR_TEXT.CELL_EDIT_MODE.en).toContain("Press Enter or Esc to leave cell editing, then try again");
    expect(WORKBOOK_ERROR_TEXT.CELL_EDIT_MODE.zh).toContain("Enter");
    for (const text of Object.values(WORKBOOK_ERROR_TEXT)) {
      expect(text.en.length).toBeGreaterThan(20);
      expect(text.zh).toMatch(/[\u4e00-\u9fff]/u);
    }
  });
});

describe("port failures", () => {
  it("reports cell-edit mode on any action, and works again once Excel leaves it", async () => {
    const host = createHost({ sheets: ["S"] });
    host.setCells("S", kpiAddress(2), kpiRows(2));
    host.setCellEditMode(true);
    const port = portFor(host);
    const error = await port.detect().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toMatchObject({ code: "CELL_EDIT_MODE", text: WORKBOOK_ERROR_TEXT.CELL_EDIT_MODE });
    await expect(port.saveState({ language: "en" })).rejects.toMatchObject({ code: "CELL_EDIT_MODE" });
    host.setCellEditMode(false);
    expect((await port.detect()).kpiTables).toHaveLength(1);
  });

  it("reports a KPI table deleted since detection as TABLE_NOT_FOUND and writes nothing", async () => {
    const host = createHost({ sheets: ["S"] });
    host.setCells("S", kpiAddress(2), kpiRows(2));
    await addTable(host, "S", kpiAddress(2), "Kpis");
    const port = portFor(host);
    const [found] = (await port.detect()).kpiTables;
    await host.run(async (context) => {
      context.workbook.tables.getItem("Kpis").delete();
      await context.sync();
    });
    const request = { kpiTable: found!.ref, strategy: {}, settings: { asOf: 46_447 }, language: "en" as const };
    await expect(port.evaluate(request)).rejects.toMatchObject({ code: "TABLE_NOT_FOUND" });
    expect(host.getSheetNames()).toEqual(["S"]);
  });

  it("reports a protected sheet (AccessDenied) as SHEET_PROTECTED", async () => {
    const host = createHost({ sheets: ["S"] });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("S").protection.protect();
      await context.sync();
    });
    host.setSelection("S", "B2");
    await expect(portFor(host).insertFormula("=1+1")).rejects.toMatchObject({ code: "SHEET_PROTECTED" });
  });

  it("reports an API missing from an older Excel as UNSUPPORTED_API", async () => {
    const host = createHost({ supportedSets: { ExcelApi: "1.6" } });
    await expect(portFor(host).activeCell()).rejects.toMatchObject({ code: "UNSUPPORTED_API" });
  });

  it("reports payload and general failures injected into the next sync", async () => {
    const host = createHost();
    const port = portFor(host);
    host.failNext("RequestPayloadSizeLimitExceeded");
    await expect(port.readState()).rejects.toMatchObject({ code: "REQUEST_TOO_LARGE" });
    host.failNext("GeneralException");
    await expect(port.readState()).rejects.toMatchObject({ code: "UNKNOWN" });
    expect(await port.readState()).toEqual({});
  });
});
