/**
 * Builds the operations that fill one sheet. Builders describe cells as whole 2-D arrays (never a
 * row at a time, never `table.rows.add`: STYLE.md and issue 6 §3 co-authoring), large grids are
 * chunked by rows, and every operation carries its size so `packBatches` can spread them.
 *
 * Two kinds of operation (issue 13, refresh in place): **content** (values, formulas, number formats,
 * cell formats) is written to the hidden staging sheet over as many syncs as the payload needs, and
 * copied onto the managed sheet in the last sync; **structure** (tables, charts, conditional formats,
 * column widths, frozen panes) is applied to the managed sheet itself in that last sync, so tables keep
 * their names and identity across refreshes. The content's blocks are recorded (`extents`): the next
 * refresh clears what this one wrote and no longer writes, and nothing else.
 */
import { cellA1 } from "./a1";
import type { WriteOp } from "./batchPlan";
import type { ChartSpec } from "./charts";
import { chunkRows, jsonBytes } from "./chunks";
import { mergeRects, type Rect } from "./rects";
import type { TableKey } from "./tableNames";

/** A structure operation, applied to the managed sheet in the last sync. */
export interface FinishOp {
  readonly bytes: number;
  readonly apply: (ws: Excel.Worksheet, context: Excel.RequestContext) => void;
}

/** A table the sheet has: its key (final name: tableNames.ts) and block, header row first. */
export interface TableSpec {
  readonly key: TableKey;
  readonly at: Rect;
}

/** A cell as written: a number, a boolean, text (already made safe) or a formula string. */
export type CellOut = string | number | boolean;

export class SheetOps {
  /** Content operations, for the staging sheet. */
  readonly ops: WriteOp[] = [];
  /** Structure operations, for the managed sheet. */
  readonly finish: FinishOp[] = [];
  readonly tables: TableSpec[] = [];
  readonly charts: ChartSpec[] = [];
  private readonly blocks: Rect[] = [];

  /**
   * @param sheet name of the (staging) sheet the operations write to
   * @param minBatch earliest batch for these operations
   */
  constructor(
    readonly sheet: string,
    private readonly minBatch = 0,
  ) {}

  /** The blocks of cells the content covers (merged). */
  extents(): Rect[] {
    return mergeRects(this.blocks);
  }

  /** An Excel table over a block whose first row is the header (created or resized on the managed sheet). */
  table(key: TableKey, at: Rect): void {
    if (at.rows < 1 || at.columns < 1) return;
    this.tables.push({ key, at });
  }

  /** A chart (redrawn on the managed sheet at every refresh). */
  chart(spec: ChartSpec): void {
    this.charts.push(spec);
  }

  /** A structure operation on a block of the managed sheet (conditional formats). */
  finishRange(row: number, column: number, rowCount: number, columnCount: number, apply: (range: Excel.Range, ws: Excel.Worksheet) => void, payload: unknown = null): void {
    if (rowCount < 1 || columnCount < 1) return;
    this.finish.push({ bytes: jsonBytes(payload), apply: (ws) => apply(ws.getRange(rangeA1(row, column, rowCount, columnCount)), ws) });
  }

  /** A structure operation on the managed worksheet itself (widths, frozen panes). */
  finishSheet(apply: (ws: Excel.Worksheet, context: Excel.RequestContext) => void, payload: unknown = null): void {
    this.finish.push({ bytes: jsonBytes(payload), apply });
  }

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

  /**
   * Writes number formats for a grid. A run of columns whose every cell has the same format is set
   * with one value for the whole block (Range.numberFormat applies a single value to every cell of
   * the range), the other columns as a 2-D array chunked by rows: a 10,000-row column of "0.0%" costs
   * one small operation instead of 10,000 strings.
   */
  numberFormats(row: number, column: number, grid: readonly (readonly string[])[]): void {
    const width = grid[0]?.length ?? 0;
    if (grid.length === 0 || width === 0) return;
    const uniform = Array.from({ length: width }, (_, c) => {
      const first = grid[0]?.[c];
      return grid.every((r) => r[c] === first) ? first : undefined;
    });
    for (let c = 0; c < width; ) {
      const format = uniform[c];
      let end = c + 1;
      if (format !== undefined) {
        while (end < width && uniform[end] === format) end++;
        const count = end - c;
        this.range(row, column + c, grid.length, count, (r) => {
          (r as unknown as { numberFormat: string }).numberFormat = format;
        }, format);
      } else {
        while (end < width && uniform[end] === undefined) end++;
        const from = c;
        this.gridProperty(row, column + from, grid.map((r) => r.slice(from, end)), "numberFormat");
      }
      c = end;
    }
  }

  private gridProperty(row: number, column: number, grid: readonly (readonly CellOut[])[], property: "formulas" | "numberFormat"): void {
    const width = grid[0]?.length ?? 0;
    if (grid.length === 0 || width === 0) return;
    this.blocks.push({ row, column, rows: grid.length, columns: width });
    for (const chunk of chunkRows(grid)) {
      const rows = chunk.rows.map((r) => [...r]);
      this.push(chunk.bytes, (ws) => {
        const range = ws.getRange(rangeA1(row + chunk.offset, column, rows.length, width));
        if (property === "formulas") range.formulas = rows;
        else range.numberFormat = rows;
      });
    }
  }

  /** A content operation on a range of this sheet (cell formats: fill, font, number format). */
  range(row: number, column: number, rowCount: number, columnCount: number, apply: (range: Excel.Range, ws: Excel.Worksheet) => void, payload: unknown = null): void {
    if (rowCount < 1 || columnCount < 1) return;
    this.blocks.push({ row, column, rows: rowCount, columns: columnCount });
    this.push(jsonBytes(payload), (ws) => apply(ws.getRange(rangeA1(row, column, rowCount, columnCount)), ws));
  }

}

/**
 * A1 address of a block (`getRange` is ExcelApi 1.1; `getRangeByIndexes` needs 1.7).
 * @example rangeA1(5, 0, 2, 3) // "A6:C7"
 */
export function rangeA1(row: number, column: number, rowCount: number, columnCount: number): string {
  return `${cellA1(row, column)}:${cellA1(row + rowCount - 1, column + columnCount - 1)}`;
}
