/**
 * Excel.PageLayout in the in-memory host (worksheet.pageLayout, ExcelApi 1.9). Rules:
 * docs/host-rules.md "Page layout".
 */
import { createHost, type InMemoryExcelHost } from "../../src/host";
import { zoomOf } from "../../src/host/pageLayout";
import { runError } from "./helpers";

const SHEET = "Scorecard";

function host(options: Parameters<typeof createHost>[0] = {}): InMemoryExcelHost {
  return createHost({ sheets: [SHEET, "Other"], ...options });
}

const layoutOf = (h: InMemoryExcelHost, sheet = SHEET) => h.snapshot().sheets.find((s) => s.name === sheet)!.pageLayout;

async function fails(h: InMemoryExcelHost, batch: (layout: Excel.PageLayout, context: Excel.RequestContext) => void): Promise<{ code: string; location: string | undefined }> {
  const e = await runError(h, async (context) => {
    batch(context.workbook.worksheets.getItem(SHEET).pageLayout, context);
    await context.sync();
  });
  return { code: e.code, location: e.debugInfo.errorLocation };
}

describe("PageLayout properties", () => {
  test("a printable board: landscape, one page wide, title rows, print area; read back through load and the snapshot", async () => {
    const h = host();
    const read = await h.run(async (context) => {
      const layout = context.workbook.worksheets.getItem(SHEET).pageLayout;
      layout.orientation = "Landscape";
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.centerHorizontally = true;
      layout.setPrintTitleRows("$1:$7");
      layout.setPrintArea("A1:AI40");
      layout.setPrintMargins("Inches", { left: 0.25, right: 0.25 });
      layout.load("orientation,zoom,centerHorizontally,leftMargin,topMargin");
      const area = layout.getPrintArea().load("address");
      const titles = layout.getPrintTitleRows().load("address");
      await context.sync();
      return { orientation: layout.orientation, zoom: layout.zoom, centred: layout.centerHorizontally, left: layout.leftMargin, top: layout.topMargin, area: area.address, titles: titles.address };
    });
    expect(read).toEqual({
      orientation: "Landscape",
      zoom: { scale: null, horizontalFitToPages: 1, verticalFitToPages: 0 },
      centred: true,
      left: 18,
      top: 54,
      area: "Scorecard!A1:AI40",
      titles: "Scorecard!1:7",
    });
    expect(layoutOf(h)).toEqual({
      orientation: "Landscape",
      zoom: { scale: null, horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerHorizontally: true,
      centerVertically: false,
      printGridlines: false,
      printHeadings: false,
      blackAndWhite: false,
      draftMode: false,
      margins: { left: 18, right: 18, top: 54, bottom: 54, header: 21.6, footer: 21.6 },
      printArea: "A1:AI40",
      printTitleRows: "1:7",
      printTitleColumns: null,
    });
    // Another sheet keeps Excel's defaults (and shows none in its snapshot).
    expect(layoutOf(h, "Other")).toBeUndefined();
  });

  test("defaults before anything is set: portrait at 100 %, no print area (a null object)", async () => {
    const h = host();
    const read = await h.run(async (context) => {
      const layout = context.workbook.worksheets.getItem(SHEET).pageLayout.load("orientation,zoom,leftMargin");
      const area = layout.getPrintAreaOrNullObject();
      const titles = layout.getPrintTitleRowsOrNullObject();
      await context.sync();
      return [layout.orientation, layout.zoom, layout.leftMargin, area.isNullObject, titles.isNullObject];
    });
    expect(read).toEqual(["Portrait", { scale: 100, horizontalFitToPages: null, verticalFitToPages: null }, 50.4, true, true]);
    const e = await runError(h, async (context) => {
      context.workbook.worksheets.getItem(SHEET).pageLayout.getPrintArea().load("address");
      await context.sync();
    });
    expect(e.code).toBe("ItemNotFound");
  });

  test("an orientation that is not Portrait or Landscape is InvalidArgument", async () => {
    expect(await fails(host(), (l) => (l.orientation = "Sideways" as Excel.PageOrientation))).toEqual({ code: "InvalidArgument", location: "PageLayout.orientation" });
  });

  test("booleans and margins are checked", async () => {
    const h = host();
    expect((await fails(h, (l) => (l.centerHorizontally = "yes" as unknown as boolean))).code).toBe("InvalidArgument");
    expect((await fails(h, (l) => (l.leftMargin = -1))).code).toBe("InvalidArgument");
    expect((await fails(h, (l) => l.setPrintMargins("Furlongs" as Excel.PrintMarginUnit, { left: 1 }))).code).toBe("InvalidArgument");
    expect((await fails(h, (l) => l.setPrintMargins("Points", { inside: 1 } as Excel.PageLayoutMarginOptions))).code).toBe("InvalidArgument");
    expect(layoutOf(h)).toBeUndefined();
  });

  test("properties the host does not model fail instead of being dropped", async () => {
    expect(await fails(host(), (l) => (l.paperSize = "A4"))).toEqual({ code: "NotImplemented", location: "PageLayout.paperSize" });
  });

  test("a protected sheet refuses page layout changes (stricter)", async () => {
    const h = host();
    await h.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).protection.protect();
      await context.sync();
    });
    expect((await fails(h, (l) => (l.orientation = "Landscape"))).code).toBe("AccessDenied");
  });

  test("ExcelApi 1.9: an older Excel has no worksheet.pageLayout", async () => {
    const h = host({ supportedSets: { ExcelApi: "1.8" } });
    expect((await fails(h, (l) => (l.orientation = "Landscape"))).code).toBe("ApiNotFound");
  });
});

describe("PageLayout.zoom", () => {
  test("a scale from 10 to 400, or fit to pages (0 = automatic); the other is null", () => {
    expect(zoomOf({ scale: 75 })).toEqual({ scale: 75, horizontalFitToPages: null, verticalFitToPages: null });
    expect(zoomOf({ horizontalFitToPages: 1, verticalFitToPages: 0, scale: null })).toEqual({ scale: null, horizontalFitToPages: 1, verticalFitToPages: 0 });
  });

  test("a scale and fit to pages exclude each other, as the docs say; out-of-range or unknown options are refused", () => {
    const bad: unknown[] = [
      { scale: 80, horizontalFitToPages: 1, verticalFitToPages: 0 },
      { scale: 9 },
      { scale: 401 },
      { scale: 50.5 },
      { horizontalFitToPages: 1 },
      { horizontalFitToPages: 0, verticalFitToPages: 0 },
      { horizontalFitToPages: -1, verticalFitToPages: 1 },
      { fitToWidth: 1 },
      {},
      null,
      100,
    ];
    for (const zoom of bad) expect(() => zoomOf(zoom)).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
  });

  test("through the API the conflict fails the sync at PageLayout.zoom and leaves the zoom as it was", async () => {
    const h = host();
    await h.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).pageLayout.zoom = { scale: 60 };
      await context.sync();
    });
    expect(await fails(h, (l) => (l.zoom = { scale: 80, horizontalFitToPages: 1, verticalFitToPages: 0 }))).toEqual({ code: "InvalidArgument", location: "PageLayout.zoom" });
    expect(layoutOf(h)?.zoom).toEqual({ scale: 60, horizontalFitToPages: null, verticalFitToPages: null });
  });
});

describe("print area and print titles", () => {
  test("title rows must span entire rows, title columns entire columns", async () => {
    const h = host();
    expect((await fails(h, (l) => l.setPrintTitleRows("A1:B7"))).code).toBe("InvalidArgument");
    expect((await fails(h, (l) => l.setPrintTitleColumns("A1:B7"))).code).toBe("InvalidArgument");
    await h.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(SHEET);
      ws.pageLayout.setPrintTitleRows(ws.getRange("5:5"));
      ws.pageLayout.setPrintTitleColumns("A:B");
      await context.sync();
    });
    expect(layoutOf(h)).toMatchObject({ printTitleRows: "5:5", printTitleColumns: "A:B" });
  });

  test("the print area is on this sheet; a RangeAreas or several areas are not modelled", async () => {
    const h = host();
    expect((await fails(h, (l, context) => l.setPrintArea(context.workbook.worksheets.getItem("Other").getRange("A1:B2")))).code).toBe("InvalidArgument");
    expect((await fails(h, (l) => l.setPrintArea("Other!A1:B2"))).code).toBe("InvalidArgument");
    expect((await fails(h, (l) => l.setPrintArea("A1:B2, D1:E2"))).code).toBe("NotImplemented");
    expect((await fails(h, (l) => l.setPrintArea("nonsense"))).code).toBe("InvalidArgument");
    await h.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(SHEET);
      ws.pageLayout.setPrintArea(ws.getRange("A1:L30"));
      await context.sync();
    });
    expect(layoutOf(h)?.printArea).toBe("A1:L30");
    // Setting it again replaces it.
    await h.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).pageLayout.setPrintArea("A1:M31");
      await context.sync();
    });
    expect(layoutOf(h)?.printArea).toBe("A1:M31");
  });
});
