/**
 * Formatting a board would accept (issue 6 §3): titles, header rows, Excel tables, number formats,
 * status colours and icons, a colour scale on the strength matrix, column widths.
 * Conditional formats are ExcelApi 1.6 and skipped (with a note) when unsupported. Enum values are
 * written as their string forms: the `Excel` global does not exist outside Office (tests, the demo).
 */
import type { Features } from "./features";
import type { SheetOps } from "./sheetOps";
import type { TableKey } from "./tableNames";

export const NUMBER_FORMATS = {
  percent: "0.0%",
  percentWhole: "0%",
  integer: "#,##0",
  decimal: "#,##0.00",
  general: "General",
} as const;

/**
 * Status colours, one row per status code: cell fill and font (Excel's "Good / Neutral / Bad"
 * cell-style colours) and a stronger shade of the same hue for chart slices (Excel's colour-scale
 * green and red, Office amber and grey), so a status looks the same in cells and charts.
 */
export const STATUS_COLOURS: Readonly<Record<string, { readonly fill: string; readonly font: string; readonly chart: string }>> = {
  "On track": { fill: "#C6EFCE", font: "#006100", chart: "#63BE7B" },
  "At risk": { fill: "#FFEB9C", font: "#9C5700", chart: "#FFC000" },
  "Off track": { fill: "#FFC7CE", font: "#9C0006", chart: "#F8696B" },
  "No data": { fill: "#EDEDED", font: "#595959", chart: "#A5A5A5" },
};

/** A bold, larger title in one cell. */
export function titleCell(ops: SheetOps, row: number, column: number): void {
  ops.range(row, column, 1, 1, (r) => {
    r.format.font.bold = true;
    r.format.font.size = 16;
  });
}

/** A small bold heading above a block. */
export function blockHeading(ops: SheetOps, row: number, column: number): void {
  ops.range(row, column, 1, 1, (r) => {
    r.format.font.bold = true;
    r.format.font.size = 12;
  });
}

/**
 * An Excel table over a block whose first row is the header (ExcelApi 1.1; kept and resized across
 * refreshes: writeEvaluation.ts).
 * @param ops the sheet's operations
 * @param key which table (its final name: tableNames.ts)
 * @param at row, column, rows (header included), columns
 */
export function addTable(ops: SheetOps, key: TableKey, at: { row: number; column: number; rows: number; columns: number }): void {
  ops.table(key, at);
}

/** Column widths in points (deterministic; autofit is slow on large sheets and varies by font). */
export function columnWidths(ops: SheetOps, first: number, widths: readonly number[], features: Features): void {
  if (!features.has("columnWidth")) return;
  widths.forEach((width, i) => {
    ops.finishRange(0, first + i, 1, 1, (r) => {
      r.getEntireColumn().format.columnWidth = width;
    }, width);
  });
}

/**
 * Width in points for a column from its header and sample texts: about 7 points a character
 * (CJK characters count double), between 40 and 260.
 * @param texts header and sample cell texts
 * @returns the width
 * @example widthFor(["Status", "Off track"]) // 9 chars → 9·7 + 12 = 75
 */
export function widthFor(texts: readonly string[]): number {
  let longest = 0;
  for (const text of texts) {
    let n = 0;
    for (const ch of text) n += /[\u2e80-\uffff]/.test(ch) ? 2 : 1;
    longest = Math.max(longest, n);
  }
  return Math.min(260, Math.max(40, longest * 7 + 12));
}

/**
 * Fills for the four statuses on a status column: each rule matches the text the column shows for a
 * status (the code itself, or its Status text: labels.ts STATUS_TEXT), at the start of the cell.
 * @param textOf the cell text of a status code (default: the code)
 */
export function statusFills(ops: SheetOps, row: number, column: number, rows: number, features: Features, textOf: (code: string) => string = (code) => code): void {
  if (!features.has("conditionalFormats") || rows < 1) return;
  for (const [status, colour] of Object.entries(STATUS_COLOURS)) {
    const text = textOf(status);
    ops.finishRange(row, column, rows, 1, (range) => {
      const cf = range.conditionalFormats.add("ContainsText");
      cf.textComparison.format.fill.color = colour.fill;
      cf.textComparison.format.font.color = colour.font;
      cf.textComparison.rule = { operator: "BeginsWith", text };
    }, text);
  }
}

/** Traffic-light icons on a score column: green at ≥ `green`, amber at ≥ `amber`. */
export function scoreIcons(ops: SheetOps, row: number, column: number, rows: number, thresholds: { green: number; amber: number }, features: Features): void {
  if (!features.has("conditionalFormats") || rows < 1) return;
  ops.finishRange(row, column, rows, 1, (range) => {
    const cf = range.conditionalFormats.add("IconSet");
    cf.iconSet.style = "ThreeTrafficLights1";
    cf.iconSet.criteria = [
      {} as Excel.ConditionalIconCriterion,
      { type: "Number", operator: "GreaterThanOrEqual", formula: `=${thresholds.amber}` },
      { type: "Number", operator: "GreaterThanOrEqual", formula: `=${thresholds.green}` },
    ];
  }, thresholds);
}

/** White → yellow → green colour scale for strengths 0 / 3 / 9 (the heat map). */
export function strengthScale(ops: SheetOps, row: number, column: number, rows: number, columns: number, features: Features): void {
  if (!features.has("conditionalFormats") || rows < 1 || columns < 1) return;
  ops.finishRange(row, column, rows, columns, (range) => {
    const cf = range.conditionalFormats.add("ColorScale");
    cf.colorScale.criteria = {
      minimum: { type: "Number", formula: "0", color: "#FFFFFF" },
      midpoint: { type: "Number", formula: "3", color: "#FFEB84" },
      maximum: { type: "Number", formula: "9", color: "#63BE7B" },
    };
  });
}
