/**
 * A file opened in the demo, as a new in-memory workbook: an .xlsx read by exceljs (handed in, see
 * xlsxExport.ts) or a CSV parsed with the paste rules. `readXlsx` / `readCsv` turn a file into plain
 * sheet data; `loadInto` writes that data into a host in the order Excel would need it: constants,
 * Excel tables, names, then formulas (which may refer to tables and names), then formats.
 */
import type * as ExcelJS from "exceljs";
import type { InMemoryExcelHost } from "../host";
import { cellName } from "../taskpane/a1";
import { parseCsv, typedValue } from "./delimited";
import { charsToPoints } from "./xlsxExport";
import { formulaFromFile } from "./xlsxFormula";

/** One cell's formats in the host's shape (`font.bold`, `fill.color`, …) plus its number format. */
export interface CellFormatData {
  readonly row: number;
  readonly column: number;
  readonly numberFormat?: string;
  readonly format: Readonly<Record<string, string | number | boolean>>;
}

/** A sheet to create, 0-based rows and columns. */
export interface SheetData {
  readonly name: string;
  readonly visibility: "Visible" | "Hidden" | "VeryHidden";
  /** Constants as typed into the host (null: nothing), rows × columns from A1. */
  readonly values: (string | number | boolean | null)[][];
  /** Formulas ("=…") at their cells, with the file's last result to fall back on. */
  readonly formulas: readonly { readonly row: number; readonly column: number; readonly formula: string; readonly result: string | number | boolean | null }[];
  readonly formats: readonly CellFormatData[];
  /** Column widths in points, by 0-based column. */
  readonly columnWidths: Readonly<Record<number, number>>;
  /** Row heights in points, by 0-based row. */
  readonly rowHeights: Readonly<Record<number, number>>;
  readonly frozenRows: number;
  readonly frozenColumns: number;
  /** Merged areas, "A1:C1". */
  readonly merges: readonly string[];
  /** Excel tables: name, address ("A3:X17", header row included), style. */
  readonly tables: readonly { readonly name: string; readonly address: string; readonly style: string; readonly showBandedRows: boolean }[];
}

export interface WorkbookData {
  readonly sheets: readonly SheetData[];
  /** Workbook-scoped names that refer to a range ("=Sheet1!$A$1"). */
  readonly names: readonly { readonly name: string; readonly formula: string }[];
}

/** Excel's serial day number of a date read by exceljs (which reads date cells as UTC dates). */
export function dateToSerial(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

const hex = (color: Partial<ExcelJS.Color> | undefined): string | undefined => {
  const a = color?.argb;
  return typeof a === "string" && /^[0-9A-F]{8}$/i.test(a) ? `#${a.slice(2).toUpperCase()}` : undefined;
};

/** The file's constant as text typed into the host would keep it: a string is protected by a leading apostrophe. */
function constantOf(value: ExcelJS.CellValue): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return value === "" ? null : `'${value}`;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === "object") {
    if ("error" in value) return String(value.error);
    if ("richText" in value) return `'${value.richText.map((r) => r.text).join("")}`;
    if ("text" in value && typeof value.text === "string") return `'${value.text}`;
  }
  return null;
}

function resultOf(value: ExcelJS.CellValue): string | number | boolean | null {
  if (value && typeof value === "object" && "result" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined) return null;
    return constantOf(result);
  }
  return null;
}

function formatOf(cell: ExcelJS.Cell): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  const font = cell.font as Partial<ExcelJS.Font> | undefined;
  if (font?.bold) out["font.bold"] = true;
  if (font?.italic) out["font.italic"] = true;
  if (typeof font?.size === "number" && font.size !== 11) out["font.size"] = font.size;
  const color = hex(font?.color);
  if (color && color !== "#000000") out["font.color"] = color;
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (fill?.type === "pattern" && fill.pattern === "solid") {
    const f = hex(fill.fgColor);
    if (f) out["fill.color"] = f;
  }
  const alignment = cell.alignment as Partial<ExcelJS.Alignment> | undefined;
  const horizontal = alignment?.horizontal;
  if (horizontal === "left" || horizontal === "center" || horizontal === "right" || horizontal === "justify") out.horizontalAlignment = horizontal.charAt(0).toUpperCase() + horizontal.slice(1);
  if (alignment?.wrapText) out.wrapText = true;
  return out;
}

/**
 * Reads an exceljs workbook into sheet data.
 * @param workbook a loaded exceljs workbook (`await workbook.xlsx.load(bytes)`)
 */
export function readXlsx(workbook: ExcelJS.Workbook): WorkbookData {
  const sheets: SheetData[] = [];
  for (const ws of workbook.worksheets) {
    const values: (string | number | boolean | null)[][] = [];
    const formulas: { row: number; column: number; formula: string; result: string | number | boolean | null }[] = [];
    const formats: CellFormatData[] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        const r = rowNumber - 1;
        const c = columnNumber - 1;
        const formula = cell.formula;
        if (typeof formula === "string" && formula !== "") {
          formulas.push({ row: r, column: c, formula: formulaFromFile(formula), result: resultOf(cell.value) });
        } else {
          const v = constantOf(cell.value);
          if (v !== null) {
            while (values.length <= r) values.push([]);
            const line = values[r] ?? [];
            while (line.length < c) line.push(null);
            line[c] = v;
          }
        }
        const numberFormat = typeof cell.numFmt === "string" && cell.numFmt !== "" && cell.numFmt !== "General" ? cell.numFmt : undefined;
        const format = formatOf(cell);
        if (numberFormat || Object.keys(format).length > 0) formats.push({ row: r, column: c, ...(numberFormat ? { numberFormat } : {}), format });
      });
    });
    const width = Math.max(0, ...values.map((l) => l.length));
    const rect = values.map((l) => (l.length < width ? [...l, ...Array<null>(width - l.length).fill(null)] : l));
    const columnWidths: Record<number, number> = {};
    (ws.columns ?? []).forEach((column, i) => {
      if (typeof column.width === "number") columnWidths[i] = charsToPoints(column.width);
    });
    const rowHeights: Record<number, number> = {};
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      if (typeof row.height === "number" && row.height > 0) rowHeights[n - 1] = row.height;
    });
    const view = ws.views?.[0] as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
    const frozen = view?.state === "frozen";
    const model = ws.model as unknown as { merges?: string[] };
    const tables = ws.getTables().map((entry) => {
      const table = (Array.isArray(entry) ? entry[0] : entry) as unknown as { table?: Record<string, unknown>; model?: Record<string, unknown> };
      const t = (table.table ?? table.model ?? {}) as { name?: string; tableRef?: string; ref?: string; style?: { theme?: string; showRowStripes?: boolean }; headerRow?: boolean };
      return { name: String(t.name ?? ""), address: String(t.tableRef ?? t.ref ?? ""), style: t.style?.theme ?? "TableStyleMedium2", showBandedRows: t.style?.showRowStripes ?? true, header: t.headerRow !== false };
    }).filter((t) => t.name !== "" && t.address.includes(":") && t.header).map(({ header: _header, ...t }) => t);
    sheets.push({
      name: ws.name,
      visibility: ws.state === "hidden" ? "Hidden" : ws.state === "veryHidden" ? "VeryHidden" : "Visible",
      values: rect,
      formulas,
      formats,
      columnWidths,
      rowHeights,
      frozenRows: frozen ? (view.ySplit ?? 0) : 0,
      frozenColumns: frozen ? (view.xSplit ?? 0) : 0,
      merges: [...(model.merges ?? [])],
      tables,
    });
  }
  const names: { name: string; formula: string }[] = [];
  const defined = (workbook.definedNames as unknown as { model?: { name: string; ranges: string[] }[] }).model ?? [];
  for (const { name, ranges } of defined) {
    if (ranges.length === 1 && ranges[0] && !name.startsWith("_xlnm.")) names.push({ name, formula: `=${ranges[0]}` });
  }
  return { sheets, names };
}

/**
 * A CSV file as one sheet: cells as if pasted (typed) into it.
 * @param name the sheet's name (the file name without its extension, cut to Excel's 31 characters)
 * @param text the decoded text
 */
export function readCsv(name: string, text: string): WorkbookData {
  const rows = parseCsv(text);
  return {
    sheets: [{
      name: sheetName(name),
      visibility: "Visible",
      values: rows.map((r) => r.map((t) => (t === "" ? null : typedValue(t)))),
      formulas: [],
      formats: [],
      columnWidths: {},
      rowHeights: {},
      frozenRows: 0,
      frozenColumns: 0,
      merges: [],
      tables: [],
    }],
    names: [],
  };
}

/** A valid Excel sheet name from a file name: no []:*?/\, at most 31 characters, never empty. */
export function sheetName(fileName: string): string {
  const bare = fileName.replace(/\.[^.]*$/, "").replace(/[[\]:*?/\\]/g, " ").replace(/^'+|'+$/g, "").trim().slice(0, 31);
  return bare || "Sheet1";
}

const quoteSheet = (name: string): string => (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

function applyFormat(range: Excel.Range, f: CellFormatData): void {
  if (f.numberFormat) range.numberFormat = [[f.numberFormat]];
  for (const [key, value] of Object.entries(f.format)) {
    if (key === "font.bold") range.format.font.bold = value === true;
    else if (key === "font.italic") range.format.font.italic = value === true;
    else if (key === "font.size" && typeof value === "number") range.format.font.size = value;
    else if (key === "font.color" && typeof value === "string") range.format.font.color = value;
    else if (key === "fill.color" && typeof value === "string") range.format.fill.color = value;
    else if (key === "horizontalAlignment" && typeof value === "string") range.format.horizontalAlignment = value as Excel.HorizontalAlignment;
    else if (key === "wrapText") range.format.wrapText = value === true;
  }
}

/** What the load could not take over, for the page to say. */
export interface LoadReport {
  /** Formulas the host refused (kept as their last result). */
  readonly formulasAsValues: readonly string[];
  readonly tablesSkipped: readonly string[];
}

/**
 * Writes sheet data into a host whose sheets are `data.sheets`' names (see `createHost({ sheets })`).
 * @param data from readXlsx or readCsv
 * @param host the new host
 */
export async function loadInto(data: WorkbookData, host: InMemoryExcelHost): Promise<LoadReport> {
  const formulasAsValues: string[] = [];
  const tablesSkipped: string[] = [];
  // 1. Constants (null leaves a cell empty), one write a sheet.
  for (const sheet of data.sheets) {
    const width = sheet.values[0]?.length ?? 0;
    if (sheet.values.length > 0 && width > 0) host.setCells(sheet.name, `A1:${cellName(sheet.values.length - 1, width - 1)}`, sheet.values);
  }
  // 2. Excel tables, over the constants already written (their headers included). One batch each (the
  // batch syncs when it ends), so that a table the host refuses does not take the others with it.
  for (const sheet of data.sheets) {
    for (const table of sheet.tables) {
      try {
        await host.run((context) => {
          const t = context.workbook.worksheets.getItem(sheet.name).tables.add(table.address, true);
          t.name = table.name;
          if (table.style) t.style = table.style;
          t.showBandedRows = table.showBandedRows;
          return Promise.resolve();
        });
      } catch {
        tablesSkipped.push(`${sheet.name}!${table.address} (${table.name})`);
      }
    }
  }
  // 3. Names, then formulas (which may use tables and names).
  for (const name of data.names) {
    await host.run((context) => {
      context.workbook.names.add(name.name, name.formula);
      return Promise.resolve();
    }).catch(() => undefined); // a name the host refuses is left out
  }
  for (const sheet of data.sheets) {
    for (const f of sheet.formulas) {
      const address = cellName(f.row, f.column);
      try {
        host.setCells(sheet.name, address, [[f.formula]]);
      } catch {
        formulasAsValues.push(`${quoteSheet(sheet.name)}!${address}`);
        if (f.result !== null) host.setCells(sheet.name, address, [[f.result]]);
      }
    }
  }
  // 4. Formats (in batches of a few hundred cells), widths, heights, frozen panes, merges, visibility.
  const BATCH = 400;
  for (const sheet of data.sheets) {
    for (let from = 0; from < sheet.formats.length; from += BATCH) {
      const part = sheet.formats.slice(from, from + BATCH);
      await host.run((context) => {
        const ws = context.workbook.worksheets.getItem(sheet.name);
        for (const f of part) applyFormat(ws.getRange(cellName(f.row, f.column)), f);
        return Promise.resolve();
      }).catch(() => undefined);
    }
    await host.run((context) => {
      const ws = context.workbook.worksheets.getItem(sheet.name);
      for (const [column, points] of Object.entries(sheet.columnWidths)) {
        const letters = cellName(0, Number(column)).replace(/\d+$/, "");
        ws.getRange(`${letters}:${letters}`).format.columnWidth = points;
      }
      for (const [row, points] of Object.entries(sheet.rowHeights)) ws.getRange(`${Number(row) + 1}:${Number(row) + 1}`).format.rowHeight = points;
      if (sheet.frozenRows > 0) ws.freezePanes.freezeRows(sheet.frozenRows);
      if (sheet.frozenColumns > 0) ws.freezePanes.freezeColumns(sheet.frozenColumns);
      for (const merge of sheet.merges) ws.getRange(merge).merge();
      return Promise.resolve();
    }).catch(() => undefined);
  }
  const visible = data.sheets.filter((s) => s.visibility === "Visible");
  if (visible.length > 0 && visible.length < data.sheets.length) {
    await host.run(async (context) => {
      for (const sheet of data.sheets) if (sheet.visibility !== "Visible") context.workbook.worksheets.getItem(sheet.name).visibility = sheet.visibility;
      await context.sync();
    }).catch(() => undefined);
  }
  const first = visible[0] ?? data.sheets[0];
  if (first) host.setSelection(first.name, "A1");
  return { formulasAsValues, tablesSkipped };
}
