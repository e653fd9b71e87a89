import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { createExcelPort } from "../../src/excel";
import { createHost, type InMemoryExcelHost } from "../../src/host";
import { charsToPoints, conditionalRule, pageSetupOf, pointsToChars, toWorkbook, toXlsx } from "../../src/demo/xlsxExport";
import { formulaFromFile, formulaToFile } from "../../src/demo/xlsxFormula";
import { columnLetter } from "../../src/excel/write/a1";
import { KPI_COLUMNS } from "../../src/excel/write/scorecardLayout";
import { dateToSerial, loadInto, readCsv, readXlsx, sheetName } from "../../src/demo/xlsxImport";

const FIXTURES = join(__dirname, "..", "fixtures", "demo");

/** The .xlsx fixture the demo's browser check opens (UPDATE_FIXTURES=1 rewrites it). */
function fixtureWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("KPIs");
  ws.addTable({
    name: "Kpis",
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: ["KPI", "Unit", "Direction", "Target", "Q1", "Q2", "Actual", "Deadline", "Weight"].map((name) => ({ name, filterButton: true })),
    rows: [
      ["Qualified leads", "count", "higher", 800, 330, 360, { formula: "E2+F2", result: 690 }, new Date(Date.UTC(2026, 11, 31)), 30],
      ["Email open rate", "%", "higher", 0.25, 0.11, 0.12, { formula: "E3+F3", result: 0.23 }, new Date(Date.UTC(2026, 11, 31)), 20],
      ["Cost per lead", "EUR", "lower", 40, 21, 22, { formula: "E4+F4", result: 43 }, new Date(Date.UTC(2026, 8, 30)), 25],
      ["Webinar sign-ups", "count", "higher", 500, 260, 270, { formula: "E5+F5", result: 530 }, new Date(Date.UTC(2026, 5, 30)), 25],
    ],
  });
  ws.getRow(1).font = { bold: true };
  for (const r of [2, 3, 4, 5]) ws.getCell(`H${r}`).numFmt = "yyyy-mm-dd";
  for (const c of ["D", "E", "F", "G"]) ws.getCell(`${c}3`).numFmt = "0.0%";
  ws.getColumn(1).width = 22;
  ws.views = [{ state: "frozen", ySplit: 1, xSplit: 1 }];
  const notes = wb.addWorksheet("Notes");
  notes.getCell("A1").value = "Total weight";
  notes.getCell("B1").value = { formula: "SUM(Kpis[Weight])", result: 100 };
  notes.getCell("A2").value = "Largest weight of a higher-is-better KPI";
  notes.getCell("B2").value = { formula: '_xlfn.MAXIFS(KPIs!I2:I5,KPIs!C2:C5,"higher")', result: 30 };
  notes.getCell("A3").value = "=not a formula, text";
  notes.getCell("A4").value = { richText: [{ text: "富" }, { text: "文本" }] };
  notes.getCell("A1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFEB9C" } };
  return wb;
}

async function loaded(bytes: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as ArrayBuffer);
  return wb;
}

async function hostFrom(bytes: ArrayBuffer | Uint8Array): Promise<{ host: InMemoryExcelHost; report: Awaited<ReturnType<typeof loadInto>> }> {
  const data = readXlsx(await loaded(bytes));
  const host = createHost({ sheets: data.sheets.map((s) => s.name) });
  const report = await loadInto(data, host);
  return { host, report };
}

async function evaluatedSample(lang: "en" | "zh"): Promise<InMemoryExcelHost> {
  const host = createHost({ sheets: ["Sheet1"], displayLanguage: lang === "zh" ? "zh-CN" : "en-US" });
  const port = createExcelPort({ run: (b) => host.run(b), isSetSupported: (n, v) => host.isSetSupported(n, v), displayLanguage: () => host.displayLanguage });
  await port.insertSample(lang);
  const detection = await port.detect();
  const kpis = detection.kpiTables[0];
  const strategy = detection.strategyTables[0];
  if (!kpis || !strategy) throw new Error("sample not detected");
  await port.evaluate({ kpiTable: kpis.ref, strategy: { table: strategy.ref }, settings: { asOf: 46_000 }, language: lang });
  return host;
}

describe("formula text between the host and the file", () => {
  it("prefixes functions newer than Excel 2007 and strips the prefix on reading", () => {
    expect(formulaToFile('=IF(A1>0,MINIFS(B:B,C:C,"MINIFS("),"")')).toBe('IF(A1>0,_xlfn.MINIFS(B:B,C:C,"MINIFS("),"")');
    expect(formulaToFile("=SUM(Kpis[Weight])")).toBe("SUM(Kpis[Weight])");
    expect(formulaFromFile("_xlfn._xlws.SORT(A1:A3)")).toBe("=SORT(A1:A3)");
    expect(formulaFromFile('_xlfn.IFS(A1>1,"_xlfn.",TRUE,0)')).toBe('=IFS(A1>1,"_xlfn.",TRUE,0)');
  });

  it("converts column widths between points and characters", () => {
    expect(pointsToChars(charsToPoints(22))).toBeCloseTo(22, 1);
    expect(charsToPoints(8.43)).toBeCloseTo(48, 0);
  });
});

describe("opening files", () => {
  it("the .xlsx fixture is the one this test builds", async () => {
    const path = join(FIXTURES, "marketing-kpis.xlsx");
    if (process.env.UPDATE_FIXTURES) writeFileSync(path, new Uint8Array((await fixtureWorkbook().xlsx.writeBuffer())));
    const wb = await loaded(readFileSync(path));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["KPIs", "Notes"]);
  });

  it("reads values, formulas, tables, dates and formats of an .xlsx into a host", async () => {
    const { host, report } = await hostFrom(readFileSync(join(FIXTURES, "marketing-kpis.xlsx")));
    expect(report).toEqual({ formulasAsValues: [], tablesSkipped: [] });
    expect(host.getFormulas("KPIs", "G2:G3")).toEqual([["=E2+F2"], ["=E3+F3"]]);
    expect(host.getValues("KPIs", "G2")[0]?.[0]).toBe(690);
    expect(host.getValues("KPIs", "G3")[0]?.[0]).toBeCloseTo(0.23, 10);
    expect(host.getValues("KPIs", "H2")[0]?.[0]).toBe(dateToSerial(new Date(Date.UTC(2026, 11, 31))));
    expect(host.getFormulas("Notes", "B1:B2")).toEqual([["=SUM(Kpis[Weight])"], ['=MAXIFS(KPIs!I2:I5,KPIs!C2:C5,"higher")']]);
    expect(host.getValues("Notes", "B1:B2")).toEqual([[100], [30]]);
    // Text stays text: a leading "=" in a text cell is no formula; rich text keeps its characters.
    expect(host.getValues("Notes", "A3:A4")).toEqual([["=not a formula, text"], ["富文本"]]);
    const snap = host.snapshot();
    const kpis = snap.sheets.find((s) => s.name === "KPIs");
    expect(kpis?.tables.map((t) => [t.name, t.address])).toEqual([["Kpis", "KPIs!A1:I5"]]);
    expect(kpis?.cells.H2?.numberFormat).toBe("yyyy-mm-dd");
    expect(kpis?.cells.D3?.numberFormat).toBe("0.0%");
    expect(kpis?.cells.A1?.format?.["font.bold"]).toBe(true);
    expect(kpis?.frozenRows).toBe(1);
    expect(kpis?.frozenColumns).toBe(1);
    expect(kpis?.columnWidths.A).toBeCloseTo(charsToPoints(22), 1);
    expect(snap.sheets.find((s) => s.name === "Notes")?.cells.A1?.format?.["fill.color"]).toBe("#FFEB9C");
  });

  it("reads a CSV as typed cells: numbers, percents, Chinese text, dates as text", async () => {
    const text = readFileSync(join(FIXTURES, "kpis-zh.csv"), "utf8");
    const data = readCsv("kpis-zh.csv", text);
    expect(data.sheets[0]?.name).toBe("kpis-zh");
    const host = createHost({ sheets: data.sheets.map((s) => s.name), displayLanguage: "zh-CN" });
    await loadInto(data, host);
    expect(host.getValues("kpis-zh", "A1:G1")).toEqual([["指标名称", "目标值", "实际值", "单位", "方向", "截止日期", "权重"]]);
    expect(host.getValues("kpis-zh", "A3:C3")).toEqual([["客户满意度", 0.9, 0.86]]);
    expect(host.getValues("kpis-zh", "A6")).toEqual([["社媒互动量（\"点赞+评论\"）"]]);
    expect(host.getValues("kpis-zh", "F2")).toEqual([["2026-12-31"]]);
  });

  it("makes a valid sheet name of a file name", () => {
    expect(sheetName("my [draft]: q1/q2.csv")).toBe("my  draft   q1 q2");
    expect(sheetName(".csv")).toBe("Sheet1");
    expect(sheetName("a".repeat(40) + ".csv")).toHaveLength(31);
  });
});

describe("saving the evaluated workbook as .xlsx", () => {
  let bytes: Uint8Array;
  let source: InMemoryExcelHost;
  beforeAll(async () => {
    source = await evaluatedSample("zh");
    bytes = (await toXlsx(source.snapshot(), ExcelJS)).bytes;
  }, 60_000);

  it("writes every sheet with formulas, cached results, tables, names, widths and frozen panes", async () => {
    const wb = await loaded(bytes);
    const names = source.getSheetNames();
    expect(wb.worksheets.map((w) => w.name)).toEqual(names);
    const scorecard = wb.getWorksheet("计分卡");
    if (!scorecard) throw new Error("no Scorecard sheet");
    // (exceljs cells, not Office.js proxies: read as plain values.)
    const c4: { formula?: string; result?: unknown } = { formula: scorecard.getCell("C4").formula, result: scorecard.getCell("C4").result };
    expect(c4.formula).toBe("IF(SUM($Y$8:$Y$21)>0,SUM($Z$8:$Z$21)/SUM($Y$8:$Y$21),\"\")");
    expect(c4.result).toBeCloseTo(source.getValues("计分卡", "C4")[0]?.[0] as number, 12);
    expect(scorecard.getCell("C4").numFmt).toBe("0.0%");
    // The Scorecard's lookups refer to the KPI table by name: the table is in the file.
    expect(String(scorecard.getCell("F8").formula)).toContain("KpiSample[目标值]"); // Target (column F)
    expect(wb.getWorksheet("KPI 示例")?.getTables().length).toBe(2);
    expect(scorecard.views[0]).toMatchObject({ state: "frozen", ySplit: 7, xSplit: 2 });
    expect(scorecard.getColumn("B").width).toBeCloseTo(pointsToChars(source.snapshot().sheets.find((s) => s.name === "计分卡")?.columnWidths.B ?? 0), 1);
    const formulas = wb.worksheets.flatMap((w) => {
      const out: string[] = [];
      w.eachRow((row) => row.eachCell((cell) => {
        if (cell.formula) out.push(cell.formula);
      }));
      return out;
    });
    expect(formulas.length).toBeGreaterThan(200);
    expect(formulas.some((f) => f.includes("_xlfn.MINIFS("))).toBe(true);
    expect((wb.definedNames as unknown as { model: { name: string }[] }).model.map((n) => n.name)).toContain("KPI_OverallScore");
  });

  it("writes each managed sheet's page setup and the Scorecard's column outline", async () => {
    const wb = await loaded(bytes);
    const snap = source.snapshot().sheets.find((s) => s.name === "计分卡");
    const layout = snap?.pageLayout;
    if (!layout?.printArea) throw new Error("no page layout on the Scorecard");
    const scorecard = wb.getWorksheet("计分卡");
    if (!scorecard) throw new Error("no Scorecard sheet");
    // Landscape, one page wide by as many tall as needed (fitToHeight 0 = automatic), rows 1–7 repeated.
    expect(scorecard.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: "1:7",
      printArea: layout.printArea,
      margins: { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    });
    const last = columnLetter(KPI_COLUMNS - 1); // the KPI table's last column
    const right = columnLetter(KPI_COLUMNS); // the blank column right of it
    // The page is what a board reads: the board columns and the total row's cells (A:M).
    expect(layout.printArea).toMatch(/^A1:M\d+$/);
    // The outline: the columns after the board at level 1, the technical ones at level 2 and hidden.
    const column = (letters: string) => scorecard.getColumn(letters);
    expect(["I", "J", "T", "U", "V", "X", "Z", "AH", "AI", last, right].map((l) => [l, column(l).outlineLevel, column(l).hidden])).toEqual([
      ["I", 0, false],
      ["J", 1, false],
      ["T", 1, false],
      ["U", 2, true],
      ["V", 1, false],
      ["X", 2, true],
      ["Z", 2, true],
      ["AH", 2, true],
      ["AI", 2, true],
      [last, 1, false],
      [right, 0, false],
    ]);
    expect(scorecard.properties.outlineLevelCol).toBe(2);
    // The other managed sheets print too; their titles are their header rows.
    expect(wb.getWorksheet("战略匹配")?.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:3" });
    expect(wb.getWorksheet("SMART 评审")?.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1, printTitlesRow: "1:5" });
  });

  it("writes a percentage scale as a scale, not a fit", () => {
    const base = source.snapshot().sheets.find((s) => s.name === "计分卡")?.pageLayout;
    if (!base) throw new Error("no page layout");
    expect(pageSetupOf({ ...base, orientation: "Portrait", zoom: { scale: 80, horizontalFitToPages: null, verticalFitToPages: null }, printArea: "B2", printTitleRows: null })).toMatchObject({
      orientation: "portrait",
      fitToPage: false,
      scale: 80,
      printArea: "B2:B2",
    });
  });

  it("reads back into a host that computes the same figures", async () => {
    const { host, report } = await hostFrom(bytes);
    expect(report.formulasAsValues).toEqual([]);
    expect(report.tablesSkipped).toEqual([]);
    for (const sheet of source.getSheetNames()) {
      const a = source.snapshot().sheets.find((s) => s.name === sheet);
      const b = host.snapshot().sheets.find((s) => s.name === sheet);
      if (!a || !b) throw new Error(`missing ${sheet}`);
      for (const [address, cell] of Object.entries(a.cells)) {
        if (cell.value === "") continue;
        const other = b.cells[address]?.value;
        if (typeof cell.value === "number") expect([address, other]).toEqual([address, expect.closeTo(cell.value, 9)]);
        else expect([sheet, address, other]).toEqual([sheet, address, cell.value]);
        if (cell.formula) expect([address, b.cells[address]?.formula]).toEqual([address, cell.formula]);
      }
    }
    // Edit an actual in the reopened workbook: the live Scorecard formulas follow.
    const before = host.getValues("计分卡", "C4")[0]?.[0];
    host.setCells("KPI 示例", "I4", [[0.09]]);
    expect(host.getValues("计分卡", "C4")[0]?.[0]).not.toBe(before);
  });

  it("reports the charts it cannot write and writes the conditional formats it can", () => {
    const { report, workbook } = toWorkbook(source.snapshot(), ExcelJS);
    expect(report.charts).toBeGreaterThan(0);
    expect(report.conditionalFormatsSkipped).toBe(0);
    const scorecard = workbook.getWorksheet("计分卡") as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] };
    expect(scorecard.conditionalFormattings.map((c) => c.rules[0]?.type)).toContain("iconSet");
    expect(conditionalRule({ type: "ContainsText", address: "S!T8:T21", priority: 0, stopIfTrue: false, settings: { rule: { operator: "BeginsWith", text: "On track" }, format: { fill: { color: "#C6EFCE" } } } })).toMatchObject({
      type: "expression",
      formulae: ['LEFT(T8,LEN("On track"))="On track"'],
    });
    expect(conditionalRule({ type: "DataBar", address: "S!A1:A2", priority: 0, stopIfTrue: false, settings: {} })).toBeUndefined();
  });
});
