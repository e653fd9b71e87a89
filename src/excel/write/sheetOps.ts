/**
 * Builds the operations that fill one sheet. Builders describe cells as whole 2-D arrays (never a
 * row at a time, never `table.rows.add`: STYLE.md and issue 6 §3 co-authoring), large grids are
 * chunked by rows, and every operation carries its size so `packBatches` can spread them.
 */
import { cellA1 } from "./a1";
import type { WriteOp } from "./batchPlan";
import { chunkRows, jsonBytes } from "./chunks";

/** A cell as written: a number, a boolean, text (already made safe) or a formula string. */
export type CellOut = string | number | boolean;

export class SheetOps {
  readonly ops: WriteOp[] = [];

  /**
   * @param sheet name of the (staging) sheet the operations write to
   * @param minBatch earliest batch for these operations
   */
  constructor(
    readonly sheet: string,
    private readonly minBatch = 0,
  ) {}

  /** The worksheet proxy, by name, in the given context. */
  worksheet(context: Excel.RequestContext): Excel.Worksheet {
    return context.workbook.worksheets.getItem(this.sheet);
  }

  private push(bytes: number, apply: (ws: Excel.Worksheet, context: Excel.RequestContext) => void): void {
    const sheet = this.sheet;
    this.ops.push({ bytes, minBatch: this.minBatch, apply: (context) => apply(context.workbook.worksheets.getItem(sheet), context) });
  }

  /** Writes a grid through `formulas` (constants and formulas alike), chunked by rows. */
  grid(row: number, column: number, grid: readonly (readonly CellOut[])[]): void {
    this.gridProperty(row, column, grid, "formulas");
  }

  /** Writes number formats for a grid, chunked by rows. */
  numberFormats(row: number, column: number, grid: readonly (readonly string[])[]): void {
    this.gridProperty(row, column, grid, "numberFormat");
  }

  private gridProperty(row: number, column: number, grid: readonly (readonly CellOut[])[], property: "formulas" | "numberFormat"): void {
    const width = grid[0]?.length ?? 0;
    if (grid.length === 0 || width === 0) return;
    for (const chunk of chunkRows(grid)) {
      const rows = chunk.rows.map((r) => [...r]);
      this.push(chunk.bytes, (ws) => {
        const range = ws.getRange(rangeA1(row + chunk.offset, column, rows.length, width));
        if (property === "formulas") range.formulas = rows;
        else range.numberFormat = rows;
      });
    }
  }

  /** Any other operation on a range of this sheet (formats, conditional formats, tables). */
  range(row: number, column: number, rowCount: number, columnCount: number, apply: (range: Excel.Range, ws: Excel.Worksheet) => void, payload: unknown = null): void {
    if (rowCount < 1 || columnCount < 1) return;
    this.push(jsonBytes(payload), (ws) => apply(ws.getRange(rangeA1(row, column, rowCount, columnCount)), ws));
  }

  /** An operation on the worksheet itself. */
  sheetOp(apply: (ws: Excel.Worksheet, context: Excel.RequestContext) => void, payload: unknown = null): void {
    this.push(jsonBytes(payload), apply);
  }
}

/**
 * A1 address of a block (`getRange` is ExcelApi 1.1; `getRangeByIndexes` needs 1.7).
 * @example rangeA1(5, 0, 2, 3) // "A6:C7"
 */
export function rangeA1(row: number, column: number, rowCount: number, columnCount: number): string {
  return `${cellA1(row, column)}:${cellA1(row + rowCount - 1, column + columnCount - 1)}`;
}
