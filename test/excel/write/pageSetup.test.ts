/**
 * Printable pages and the Scorecard's column outline (issue 14 §3; src/excel/write/pageSetup.ts):
 * the plans as plain data, then what the writer leaves in the host after a first write, a refresh, and
 * a refresh after the user changed the outline; with and without ExcelApi 1.10.
 */
import { createHost, type InMemoryExcelHost, type SheetSnapshot } from "../../../src/host";
import { columnLetter } from "../../../src/excel/write/a1";
import { contentArea, outlineSteps, printSettings, OUTLINE_LEVELS } from "../../../src/excel/write/pageSetup";
import { SheetOps } from "../../../src/excel/write/sheetOps";
import { BOARD_COLUMNS, COL, KPI_COLUMNS, ROW } from "../../../src/excel/write/scorecardLayout";
import { SCORECARD_OUTLINE } from "../../../src/excel/write/scorecardSheet";
import { SMART_HEADER_ROW } from "../../../src/excel/write/smartReviewSheet";
import { WRITE_BATCHES, writeEvaluation } from "../../../src/excel/write/writeEvaluation";
import { fixture, sourceGrid, SOURCE_SHEET, typeGrid } from "./fixture";

const letters = (first: number, last: number): string[] => Array.from({ length: last - first + 1 }, (_, i) => columnLetter(first + i));

/** The Scorecard's technical columns (Inputs; Status, Weight in total, Score × weight; Source row, Key). */
const TECHNICAL = ["U", "X", "Y", "Z", "AH", "AI"];

async function written(isSetSupported?: (set: string, version: string) => boolean, lang: "en" | "zh" = "en") {
  const host = createHost({ sheets: [SOURCE_SHEET] });
  const grid = sourceGrid();
  typeGrid(host, grid);
  const { input } = fixture(grid, lang, isSetSupported);
  const result = await host.run((ctx) => writeEvaluation(ctx, input));
  return { host, input, result };
}

const sheetOf = (host: InMemoryExcelHost, name: string): SheetSnapshot => {
  const sheet = host.snapshot().sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};

/** Bottom-right of an A1 block ("A1:AL59" → { column: 37, row: 58 }), 0-based. */
function corner(address: string): { row: number; column: number } {
  const m = /:([A-Z]+)(\d+)$/.exec(address);
  if (!m?.[1] || !m[2]) throw new Error(`not a block: ${address}`);
  return { column: [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1, row: Number(m[2]) - 1 };
}

/** The lowest row and rightmost column (0-based) any cell or chart of a sheet reaches, left of `columns`. */
function reach(sheet: SheetSnapshot, columns = Number.POSITIVE_INFINITY): { row: number; column: number } {
  let row = 0;
  let column = 0;
  const at = (address: string) => corner(`A1:${address}`);
  for (const address of Object.keys(sheet.cells)) {
    const c = at(address);
    if (c.column >= columns) continue;
    row = Math.max(row, c.row);
    column = Math.max(column, c.column);
  }
  for (const chart of sheet.charts) {
    const c = at(chart.anchor.to);
    if (at(chart.anchor.from).column >= columns) continue;
    row = Math.max(row, c.row);
    column = Math.max(column, Math.min(columns - 1, c.column));
  }
  return { row, column };
}

describe("the plans, as plain data", () => {
  test("print settings: landscape, one page wide and automatic tall, title rows and area in A1 form", () => {
    expect(printSettings({ area: { row: 0, column: 0, rows: 59, columns: 38 }, titleRows: { first: 0, last: 6 } })).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      titleRows: "$1:$7",
      area: "A1:AL59",
    });
  });

  test("the content area: every block and chart's place from A1, or only those left of a column", () => {
    const ops = new SheetOps("S");
    ops.grid(6, 0, [["a", "b", "c"], [1, 2, 3]]); // A7:C8
    ops.grid(2, 40, [["side"]]); // AO3
    ops.chart({ name: "KS", type: "Pie", title: "t", source: { row: 6, column: 0, rows: 2, columns: 2 }, seriesBy: "Columns", place: { row: 10, column: 1, rows: 16, columns: 5 } });
    expect(contentArea(ops)).toEqual({ row: 0, column: 0, rows: 26, columns: 41 });
    expect(contentArea(ops, 38)).toEqual({ row: 0, column: 0, rows: 26, columns: 6 });
    expect(contentArea(new SheetOps("Empty"))).toEqual({ row: 0, column: 0, rows: 1, columns: 1 });
  });

  test("the Scorecard's outline: the columns after the board in one group, the technical runs inside, apart", () => {
    expect(SCORECARD_OUTLINE.outer).toEqual({ first: BOARD_COLUMNS, last: KPI_COLUMNS - 1 });
    expect(columnLetter(SCORECARD_OUTLINE.outer.first)).toBe("J"); // right after Comment (I)
    const inner = SCORECARD_OUTLINE.inner.flatMap((r) => letters(r.first, r.last));
    expect(inner).toEqual(TECHNICAL);
    expect([COL.inputs, COL.status, COL.weightTotal, COL.weighted, COL.sourceRow, COL.key].map(columnLetter)).toEqual(TECHNICAL);
    // Inner runs never touch (Excel would read neighbours of one level as one group).
    SCORECARD_OUTLINE.inner.slice(1).forEach((r, i) => expect(r.first).toBeGreaterThan((SCORECARD_OUTLINE.inner[i]?.last ?? 0) + 1));
  });

  test("outline steps: seven rounds that flatten whatever outline the columns have, then the groups, then the levels shown", () => {
    const steps = outlineSteps({ outer: { first: 9, last: 37 }, inner: [{ first: 20, last: 20 }, { first: 23, last: 25 }], collapseInner: true });
    expect(OUTLINE_LEVELS).toBe(7);
    expect(steps.slice(0, 2)).toEqual([
      { call: "group", columns: "AM:AM" },
      { call: "ungroup", columns: "J:AM" },
    ]);
    expect(steps.filter((s) => s.call === "ungroup")).toHaveLength(7);
    expect(steps.slice(14)).toEqual([
      { call: "group", columns: "J:AL" },
      { call: "group", columns: "U:U" },
      { call: "group", columns: "X:Z" },
      { call: "showOutlineLevels", columnLevels: 2 },
    ]);
    expect(outlineSteps({ outer: { first: 2, last: 3 }, inner: [], collapseInner: false }).at(-1)).toEqual({ call: "showOutlineLevels", columnLevels: 3 });
  });
});

describe("the sheets the writer leaves", () => {
  test("the Scorecard prints landscape, one page wide, rows 1–7 on every page, over the header area, the board columns and charts", async () => {
    const { host, result } = await written();
    expect(result.syncs).toBe(WRITE_BATCHES);
    const sc = sheetOf(host, "Scorecard");
    const table = sc.tables.find((t) => t.name === "KpiScorecard");
    const bottom = reach(sc, KPI_COLUMNS);
    expect(sc.pageLayout).toMatchObject({
      orientation: "Landscape",
      zoom: { scale: null, horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerHorizontally: true,
      margins: { left: 18, right: 18, top: 54, bottom: 54, header: 21.6, footer: 21.6 },
      printTitleRows: `1:${ROW.header + 1}`,
      printTitleColumns: null,
      // the board columns and the total row's cells (A:M), not all 38 columns at a quarter of their size
      printArea: `A1:M${bottom.row + 1}`,
    });
    // The KPI table lies inside the area; the charts below it too (their bottom is the area's bottom).
    expect(corner(table!.address).row).toBeLessThan(bottom.row);
    expect(corner(table!.address).column).toBe(KPI_COLUMNS - 1);
    expect(Math.max(...sc.charts.map((c) => corner(`A1:${c.anchor.to}`).row))).toBe(bottom.row);
  });

  test("the Scorecard's outline: details at level 1, technical columns at level 2 and collapsed, the board untouched", async () => {
    const { host } = await written();
    const outline = sheetOf(host, "Scorecard").outline!;
    const expected: Record<string, number> = {};
    for (const l of letters(BOARD_COLUMNS, KPI_COLUMNS - 1)) expected[l] = TECHNICAL.includes(l) ? 2 : 1;
    expect(outline.columnLevels).toEqual(expected);
    expect(outline.hiddenColumns).toEqual(TECHNICAL);
    expect(outline.rowLevels).toEqual({});
    // The board (A–I) and the sentinel column right of the table are not grouped.
    for (const l of [...letters(0, BOARD_COLUMNS - 1), columnLetter(KPI_COLUMNS)]) expect(outline.columnLevels[l]).toBeUndefined();
  });

  test("no Scorecard chart sits over a grouped column (it would shrink when the group collapses)", async () => {
    const { host } = await written();
    const sc = sheetOf(host, "Scorecard");
    expect(sc.charts.length).toBeGreaterThan(0);
    for (const chart of sc.charts) expect([chart.name, corner(`A1:${chart.anchor.to}`).column < BOARD_COLUMNS]).toEqual([chart.name, true]);
  });

  test("Strategy Match and SMART Review: every block and chart printed, header rows repeated, header rows and the name column frozen, no outline", async () => {
    const { host } = await written();
    const match = sheetOf(host, "Strategy Match");
    const far = reach(match);
    expect(match.pageLayout).toMatchObject({ orientation: "Landscape", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: "1:3", printArea: `A1:${columnLetter(far.column)}${far.row + 1}` });
    expect([match.frozenRows, match.frozenColumns]).toEqual([3, 2]);
    expect(match.outline).toBeUndefined();
    const smart = sheetOf(host, "SMART Review");
    const end = reach(smart);
    expect(smart.pageLayout).toMatchObject({ orientation: "Landscape", printTitleRows: `1:${SMART_HEADER_ROW + 1}`, printArea: `A1:L${end.row + 1}` });
    expect(end.column).toBe(11); // L: Notes, the last column
    expect([smart.frozenRows, smart.frozenColumns]).toEqual([SMART_HEADER_ROW + 1, 2]);
    expect(smart.outline).toBeUndefined();
    // The log is not a managed page to print.
    expect(sheetOf(host, "Evaluation Log").pageLayout).toBeUndefined();
  });

  test("a Chinese write gets the same page and outline", async () => {
    const { host } = await written(undefined, "zh");
    const names = host.getSheetNames();
    const scorecard = sheetOf(host, names[1]!);
    expect(scorecard.pageLayout?.printTitleRows).toBe("1:7");
    expect(scorecard.outline?.hiddenColumns).toEqual(TECHNICAL);
  });
});

describe("refreshing", () => {
  async function refresh(host: InMemoryExcelHost, input: Awaited<ReturnType<typeof written>>["input"]) {
    return host.run((ctx) => writeEvaluation(ctx, input));
  }

  async function onScorecard(host: InMemoryExcelHost, batch: (ws: Excel.Worksheet) => void): Promise<void> {
    await host.run(async (context) => {
      batch(context.workbook.worksheets.getItem("Scorecard"));
      await context.sync();
    });
  }

  test("a refresh leaves the same outline and page: groups never nest deeper", async () => {
    const { host, input } = await written();
    const once = sheetOf(host, "Scorecard");
    await refresh(host, input);
    await refresh(host, input);
    const thrice = sheetOf(host, "Scorecard");
    expect(thrice.outline).toEqual(once.outline);
    expect(thrice.pageLayout).toEqual(once.pageLayout);
    expect(Math.max(...Object.values(thrice.outline!.columnLevels))).toBe(2);
  });

  test("whatever the user did to the outline — expanded, collapsed, ungrouped, nested deeper — a refresh sets it again", async () => {
    const { host, input } = await written();
    const want = sheetOf(host, "Scorecard").outline;
    const changes: ((ws: Excel.Worksheet) => void)[] = [
      (ws) => ws.showOutlineLevels(0, 8), // everything shown
      (ws) => ws.showOutlineLevels(0, 1), // the board alone
      (ws) => {
        ws.getRange("J:AL").ungroup("ByColumns");
        ws.getRange("J:AL").ungroup("ByColumns"); // no outline at all (the columns stay as they were shown)
      },
      (ws) => {
        for (let i = 0; i < 5; i++) ws.getRange("K:M").group("ByColumns"); // seven levels deep
      },
    ];
    for (const change of changes) {
      await onScorecard(host, change);
      expect(sheetOf(host, "Scorecard").outline).not.toEqual(want);
      await refresh(host, input);
      expect(sheetOf(host, "Scorecard").outline).toEqual(want);
    }
  });

  test("a user's own groups outside the Scorecard's columns — rows, the column right of the table — are left alone", async () => {
    const { host, input } = await written();
    const want = sheetOf(host, "Scorecard").outline!;
    await onScorecard(host, (ws) => {
      ws.getRange("9:10").group("ByRows");
      ws.getRange("AM:AM").group("ByColumns");
    });
    await refresh(host, input);
    const outline = sheetOf(host, "Scorecard").outline!;
    expect(outline.rowLevels).toEqual({ "9": 1, "10": 1 });
    expect(outline.columnLevels).toEqual({ ...want.columnLevels, AM: 1 });
  });
});

describe("without ExcelApi 1.10", () => {
  const before110 = (set: string, version: string) => set === "ExcelApi" && Number(version.split(".")[1]) < 10;

  test("no outline, a note in the write result, the page still set up, no more syncs", async () => {
    const { host, result } = await written(before110);
    const sc = sheetOf(host, "Scorecard");
    expect(sc.outline).toBeUndefined();
    expect(sc.pageLayout?.orientation).toBe("Landscape");
    expect(result.syncs).toBe(WRITE_BATCHES);
    expect(result.notes.map((n) => n.en)).toContain("The Scorecard's detail and technical columns were not grouped into collapsible outlines (ExcelApi 1.10 not supported).");
  });

  test("an Excel that has only ExcelApi 1.9 accepts the whole write (nothing above 1.9 is called)", async () => {
    const host = createHost({ sheets: [SOURCE_SHEET], supportedSets: { ExcelApi: "1.9" } });
    const grid = sourceGrid();
    typeGrid(host, grid);
    const { input } = fixture(grid, "en", (set, version) => host.isSetSupported(set, version));
    const result = await host.run((ctx) => writeEvaluation(ctx, input));
    expect(result.notes.map((n) => n.zh)).toContain("计分卡的明细列和技术列未分组为可折叠的大纲（不支持 ExcelApi 1.10）。");
    expect(sheetOf(host, "Scorecard").pageLayout?.zoom).toEqual({ scale: null, horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(sheetOf(host, "Scorecard").outline).toBeUndefined();
  });
});
