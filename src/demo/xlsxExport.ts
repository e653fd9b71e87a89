/**
 * The in-memory workbook as an .xlsx (through exceljs, handed in so that the demo loads it lazily and
 * the tests use Node's build): every sheet with its values, formulas (with their last results, so a
 * reader that does not recalculate still shows the figures), number formats, fonts, fills, alignment,
 * column widths, row heights, frozen panes, page setup (orientation, fit to pages, margins, print area and
 * title rows), column and row outlines (levels, hidden rows and columns), merged cells, Excel tables (the Scorecard's formulas use
 * structured references such as `KpiSample[Actual]`), defined names and the conditional formats exceljs
 * can write (text rules, icon sets, colour scales). Charts, workbook settings and custom properties are
 * not written (README: what does not survive the trip).
 */
import type * as ExcelJS from "exceljs";
import type { CellSnapshot, ConditionalFormatSnapshot, OutlineSnapshot, PageLayoutSnapshot, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from "../host";
import { formulaToFile } from "./xlsxFormula";

/** The exceljs module (its browser build in the demo, its Node build in tests). */
export type ExcelJsModule = typeof ExcelJS;

type Format = Readonly<Record<string, unknown>>;

const ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!", "#GETTING_DATA"]);

/** Column width in Excel's character units from the host's points (7 px a character plus 5 px padding at 96 dpi). */
export function pointsToChars(points: number): number {
  return Math.max(0, Math.round(((points / 0.75 - 5) / 7) * 100) / 100);
}

/** The host's points from Excel's character units. */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

const argb = (hex: string): string => `FF${hex.replace(/^#/, "").toUpperCase().padStart(6, "0")}`;

/** Column letters → 1-based number. */
export function columnNumber(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + ch.charCodeAt(0) - 64;
  return c;
}

/** "A1" → 1-based row and column. */
function cellPosition(address: string): { row: number; column: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address.toUpperCase());
  if (!m?.[1] || !m[2]) throw new Error(`Not a cell address: ${address}`);
  return { row: Number(m[2]), column: columnNumber(m[1]) };
}

/** "Sheet!A1:B2" or "'My sheet'!A1" → "A1:B2" / "A1". */
function localAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  return (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "");
}

function cellValue(cell: CellSnapshot): ExcelJS.CellValue {
  const value = cell.value;
  const result = typeof value === "string" && ERRORS.has(value) ? { error: value as ExcelJS.CellErrorValue["error"] } : value;
  if (cell.formula) return { formula: formulaToFile(cell.formula), result };
  if (value === "") return null;
  return result;
}

/** Font, fill and alignment of a merged (column, row, cell) format, in exceljs's shape. */
export function styleOf(format: Format): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  if (format["font.bold"] === true) font.bold = true;
  if (format["font.italic"] === true) font.italic = true;
  if (typeof format["font.size"] === "number") font.size = format["font.size"];
  if (typeof format["font.name"] === "string") font.name = format["font.name"];
  if (typeof format["font.color"] === "string") font.color = { argb: argb(format["font.color"]) };
  if (typeof format["font.underline"] === "string" && format["font.underline"] !== "None") font.underline = true;
  if (Object.keys(font).length > 0) style.font = font;
  const fill = format["fill.color"];
  if (typeof fill === "string" && fill !== "") style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(fill) } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  const horizontal = format["horizontalAlignment"];
  if (typeof horizontal === "string" && horizontal !== "General") alignment.horizontal = (horizontal.charAt(0).toLowerCase() + horizontal.slice(1)) as ExcelJS.Alignment["horizontal"];
  const vertical = format["verticalAlignment"];
  if (typeof vertical === "string") alignment.vertical = (vertical === "Center" ? "middle" : vertical.toLowerCase()) as ExcelJS.Alignment["vertical"];
  if (format["wrapText"] === true) alignment.wrapText = true;
  if (Object.keys(alignment).length > 0) style.alignment = alignment;
  if (typeof format["numberFormat"] === "string" && format["numberFormat"] !== "General") style.numFmt = format["numberFormat"];
  return style;
}

function addTable(ws: ExcelJS.Worksheet, table: TableSnapshot, sheet: SheetSnapshot): boolean {
  const [from, to] = localAddress(table.address).split(":");
  if (!from || !to || !table.showHeaders) return false;
  const start = cellPosition(from);
  const end = cellPosition(to);
  const rows: ExcelJS.CellValue[][] = [];
  const lastDataRow = end.row - (table.showTotals ? 1 : 0);
  for (let r = start.row + 1; r <= lastDataRow; r++) {
    const row: ExcelJS.CellValue[] = [];
    for (let c = start.column; c <= end.column; c++) {
      const cell = sheet.cells[`${columnLetters(c)}${r}`];
      row.push(cell ? cellValue(cell) : null);
    }
    rows.push(row);
  }
  // A table needs at least one data row in the file.
  if (rows.length === 0) return false;
  const used = new Set<string>();
  const columns = table.columns.map((name, i) => {
    let n = name.trim() === "" ? `Column${i + 1}` : name;
    while (used.has(n.toLowerCase())) n = `${n}_${i + 1}`;
    used.add(n.toLowerCase());
    return { name: n, filterButton: table.showFilterButton };
  });
  ws.addTable({
    name: table.name,
    displayName: table.name,
    ref: from,
    headerRow: true,
    totalsRow: false,
    style: { theme: (table.style || "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"], showRowStripes: table.showBandedRows, showColumnStripes: table.showBandedColumns },
    columns,
    rows,
  });
  return true;
}

function columnLetters(column: number): string {
  let s = "";
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

const CFVO: Readonly<Record<string, string>> = { Number: "num", Percent: "percent", Percentile: "percentile", Formula: "formula", LowestValue: "min", HighestValue: "max" };
const TEXT_TEST: Readonly<Record<string, (cell: string, text: string) => string>> = {
  BeginsWith: (cell, text) => `LEFT(${cell},LEN(${text}))=${text}`,
  EndsWith: (cell, text) => `RIGHT(${cell},LEN(${text}))=${text}`,
  Contains: (cell, text) => `NOT(ISERROR(SEARCH(${text},${cell})))`,
  NotContains: (cell, text) => `ISERROR(SEARCH(${text},${cell}))`,
};

function numberOf(formula: unknown): number | undefined {
  if (typeof formula !== "string" && typeof formula !== "number") return undefined;
  const n = Number(String(formula).replace(/^=/, ""));
  return Number.isFinite(n) ? n : undefined;
}

/** One conditional format in exceljs's shape, or undefined for a kind it cannot write. */
export function conditionalRule(cf: ConditionalFormatSnapshot): ExcelJS.ConditionalFormattingRule | undefined {
  const s = cf.settings;
  const priority = cf.priority + 1;
  if (cf.type === "ContainsText") {
    const rule = s.rule as { operator?: string; text?: string } | undefined;
    const format = s.format as { fill?: { color?: string }; font?: { color?: string; bold?: boolean } } | undefined;
    const test = TEXT_TEST[rule?.operator ?? ""];
    if (!test || typeof rule?.text !== "string") return undefined;
    const style: Partial<ExcelJS.Style> = {};
    if (format?.fill?.color) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(format.fill.color) } };
    if (format?.font?.color || format?.font?.bold) style.font = { ...(format.font.color ? { color: { argb: argb(format.font.color) } } : {}), ...(format.font.bold ? { bold: true } : {}) };
    // An expression rule: exceljs writes text rules other than "contains" without their text.
    const topLeft = (localAddress(cf.address).split(":")[0] ?? "A1").replace(/\$/g, "");
    const formula = test(topLeft, `"${rule.text.replace(/"/g, '""')}"`);
    return { type: "expression", formulae: [formula], priority, style } as unknown as ExcelJS.ConditionalFormattingRule;
  }
  if (cf.type === "IconSet") {
    const m = /^(Three|Four|Five)(.+)$/.exec(typeof s.style === "string" ? s.style : "");
    const criteria = (s.criteria as Array<{ type?: string; formula?: string }> | undefined) ?? [];
    if (!m?.[1] || !m[2]) return undefined;
    const count = { Three: 3, Four: 4, Five: 5 }[m[1] as "Three" | "Four" | "Five"];
    const cfvo = Array.from({ length: count }, (_, i) => {
      const c = criteria[i];
      if (i === 0 || !c?.type) return { type: "percent", value: i === 0 ? 0 : Math.round((100 * i) / count) };
      return { type: CFVO[c.type] ?? "num", value: numberOf(c.formula) ?? 0 };
    });
    return { type: "iconSet", iconSet: `${count}${m[2]}`, cfvo, priority } as unknown as ExcelJS.ConditionalFormattingRule;
  }
  if (cf.type === "ColorScale") {
    const criteria = s.criteria as Record<string, { type?: string; formula?: string; color?: string } | undefined> | undefined;
    const stops = ["minimum", "midpoint", "maximum"].map((k) => criteria?.[k]).filter((c): c is { type?: string; formula?: string; color?: string } => c !== undefined && c !== null);
    if (stops.length < 2) return undefined;
    return {
      type: "colorScale",
      cfvo: stops.map((c) => ({ type: CFVO[c.type ?? ""] ?? "num", ...(numberOf(c.formula) === undefined ? {} : { value: numberOf(c.formula) }) })),
      color: stops.map((c) => ({ argb: argb(c.color ?? "#FFFFFF") })),
      priority,
    } as unknown as ExcelJS.ConditionalFormattingRule;
  }
  return undefined;
}

/**
 * A sheet's print settings in exceljs's shape (margins in inches; a scale or fit to pages, 0 pages =
 * automatic, as Excel's `fitToHeight="0"`).
 * @param layout the sheet's page layout from the snapshot
 * @returns the worksheet's `pageSetup` fields
 * @example pageSetupOf(layout).fitToWidth // 1
 */
export function pageSetupOf(layout: PageLayoutSnapshot): Partial<ExcelJS.PageSetup> {
  const inches = (points: number) => Math.round((points / 72) * 10_000) / 10_000;
  const m = layout.margins;
  const zoom = layout.zoom;
  const range = (a: string | null) => (a === null ? undefined : a.includes(":") ? a : `${a}:${a}`);
  const setup: Partial<ExcelJS.PageSetup> = {
    orientation: layout.orientation === "Landscape" ? "landscape" : "portrait",
    horizontalCentered: layout.centerHorizontally,
    verticalCentered: layout.centerVertically,
    showGridLines: layout.printGridlines,
    showRowColHeaders: layout.printHeadings,
    blackAndWhite: layout.blackAndWhite,
    draft: layout.draftMode,
    margins: { left: inches(m.left), right: inches(m.right), top: inches(m.top), bottom: inches(m.bottom), header: inches(m.header), footer: inches(m.footer) },
    ...(zoom.scale !== null ? { fitToPage: false, scale: zoom.scale } : { fitToPage: true, fitToWidth: zoom.horizontalFitToPages ?? 1, fitToHeight: zoom.verticalFitToPages ?? 0 }),
  };
  const printArea = range(layout.printArea);
  if (printArea) setup.printArea = printArea;
  if (layout.printTitleRows) setup.printTitlesRow = layout.printTitleRows;
  if (layout.printTitleColumns) setup.printTitlesColumn = layout.printTitleColumns;
  return setup;
}

/** Writes a sheet's outline levels and hidden rows and columns (Excel's outline symbols follow the levels). */
function addOutline(ws: ExcelJS.Worksheet, outline: OutlineSnapshot): void {
  for (const [letters, level] of Object.entries(outline.columnLevels)) ws.getColumn(columnNumber(letters)).outlineLevel = level;
  for (const [row, level] of Object.entries(outline.rowLevels)) ws.getRow(Number(row)).outlineLevel = level;
  for (const letters of outline.hiddenColumns) ws.getColumn(columnNumber(letters)).hidden = true;
  for (const row of outline.hiddenRows) ws.getRow(row).hidden = true;
  ws.properties.outlineLevelCol = Math.max(0, ...Object.values(outline.columnLevels));
  ws.properties.outlineLevelRow = Math.max(0, ...Object.values(outline.rowLevels));
}

/** What the export left out, for the page to say (English, the demo's own chrome). */
export interface ExportReport {
  readonly charts: number;
  readonly conditionalFormatsSkipped: number;
  readonly tablesAsRanges: number;
}

/**
 * Builds an exceljs workbook from a snapshot.
 * @param snapshot `host.snapshot()`
 * @param excel the exceljs module
 * @returns the workbook (write it with `workbook.xlsx.writeBuffer()`) and what was left out
 */
export function toWorkbook(snapshot: WorkbookSnapshot, excel: ExcelJsModule): { workbook: ExcelJS.Workbook; report: ExportReport } {
  const workbook = new excel.Workbook();
  workbook.creator = "KPI Scorecard demo";
  let charts = 0;
  let skipped = 0;
  let tablesAsRanges = 0;
  for (const sheet of snapshot.sheets) {
    const ws = workbook.addWorksheet(sheet.name, {
      state: sheet.visibility === "Hidden" ? "hidden" : sheet.visibility === "VeryHidden" ? "veryHidden" : "visible",
      ...(sheet.tabColor ? { properties: { tabColor: { argb: argb(sheet.tabColor) } } } : {}),
      views: [
        sheet.frozenRows > 0 || sheet.frozenColumns > 0
          ? { state: "frozen", xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows, showGridLines: sheet.showGridlines }
          : { state: "normal", showGridLines: sheet.showGridlines },
      ],
    });
    if (sheet.pageLayout) ws.pageSetup = { ...ws.pageSetup, ...pageSetupOf(sheet.pageLayout) };
    for (const [letters, points] of Object.entries(sheet.columnWidths)) ws.getColumn(columnNumber(letters)).width = pointsToChars(points);
    if (sheet.outline) addOutline(ws, sheet.outline);
    for (const [row, points] of Object.entries(sheet.rowHeights)) ws.getRow(Number(row)).height = points;
    for (const [letters, format] of Object.entries(sheet.columnFormats)) {
      const style = styleOf(format);
      if (Object.keys(style).length > 0) ws.getColumn(columnNumber(letters)).style = style;
    }
    for (const [row, format] of Object.entries(sheet.rowFormats)) {
      const style = styleOf(format);
      const target = ws.getRow(Number(row));
      if (style.font) target.font = style.font;
      if (style.fill) target.fill = style.fill;
      if (style.alignment) target.alignment = style.alignment;
      if (style.numFmt) target.numFmt = style.numFmt;
    }
    // Tables first: exceljs writes a table's cells itself; the cells' own formats are applied after.
    for (const table of sheet.tables) {
      try {
        if (!addTable(ws, table, sheet)) tablesAsRanges++;
      } catch {
        tablesAsRanges++;
      }
    }
    for (const [address, cell] of Object.entries(sheet.cells)) {
      const { row, column } = cellPosition(address);
      const target = ws.getCell(row, column);
      const letters = address.replace(/\d+$/, "");
      const format = { ...sheet.columnFormats[letters], ...sheet.rowFormats[String(row)], ...cell.format, ...(cell.numberFormat ? { numberFormat: cell.numberFormat } : {}) };
      target.value = cellValue(cell);
      const style = styleOf(format);
      if (style.font) target.font = style.font;
      if (style.fill) target.fill = style.fill;
      if (style.alignment) target.alignment = style.alignment;
      if (style.numFmt) target.numFmt = style.numFmt;
    }
    for (const merge of sheet.merges ?? []) {
      try {
        ws.mergeCells(localAddress(merge));
      } catch {
        // overlapping a table or another merge: left unmerged
      }
    }
    for (const cf of sheet.conditionalFormats) {
      const rule = conditionalRule(cf);
      if (rule) ws.addConditionalFormatting({ ref: localAddress(cf.address), rules: [rule] });
      else skipped++;
    }
    charts += sheet.charts.length;
  }
  for (const name of snapshot.names) {
    // exceljs writes names that refer to a range; others (constants, formulas) are left out.
    const ref = /^=((?:'(?:[^']|'')+'|[^!'"]+)![$A-Z0-9:]+)$/i.exec(name.formula)?.[1];
    if (ref) workbook.definedNames.add(ref, name.name);
  }
  return { workbook, report: { charts, conditionalFormatsSkipped: skipped, tablesAsRanges } };
}

/**
 * The snapshot as the bytes of an .xlsx file.
 * @param snapshot `host.snapshot()`
 * @param excel the exceljs module
 */
export async function toXlsx(snapshot: WorkbookSnapshot, excel: ExcelJsModule): Promise<{ bytes: Uint8Array; report: ExportReport }> {
  const { workbook, report } = toWorkbook(snapshot, excel);
  const buffer = await workbook.xlsx.writeBuffer();
  return { bytes: new Uint8Array(buffer), report };
}
