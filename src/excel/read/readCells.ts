/**
 * Reads rectangles of cells (values, and number formats of chosen columns) in row blocks, with as few
 * syncs as the response limit allows: every block whose estimated size fits the budget goes into the
 * same sync, so a table under ~4 MB (10,000 KPIs × 25 columns is about 2–3 MB) is read in one sync
 * whatever its length. Larger tables take one more sync per ~4 MB — Excel's 5 MB response limit
 * applies per request, so no batching trick can read more in one round trip.
 */
import type { SheetRect } from "../address";
import { BLOCK_CELLS, DEFAULT_CELL_BYTES, RESPONSE_BUDGET } from "./payload";

/** One rectangle to read. */
export interface CellRequest {
  /** Absolute position on its sheet. */
  readonly rect: SheetRect;
  /** Columns (0-based inside the rectangle) whose number formats are wanted too. */
  readonly formatColumns?: readonly number[];
  /** Estimated JSON bytes per cell (values plus formats); DEFAULT_CELL_BYTES when unknown. */
  readonly cellBytes?: number;
}

/** What was read: values, and number formats in the same shape (`null` where not requested). */
export interface CellBlock {
  readonly rect: SheetRect;
  readonly values: unknown[][];
  readonly numberFormats: unknown[][];
}

interface Piece {
  readonly request: number;
  readonly first: number;
  readonly count: number;
  readonly bytes: number;
}

/** Contiguous runs of column indexes: [2,3,4,7] → [[2,3],[7,1]] as [start, length]. */
export function columnSpans(columns: readonly number[]): [number, number][] {
  const sorted = [...new Set(columns)].filter((c) => Number.isInteger(c) && c >= 0).sort((a, b) => a - b);
  const spans: [number, number][] = [];
  for (const c of sorted) {
    const last = spans[spans.length - 1];
    if (last && last[0] + last[1] === c) last[1] += 1;
    else spans.push([c, 1]);
  }
  return spans;
}

/**
 * Splits the requests into row blocks and groups the blocks into syncs under the response budget.
 * @param requests rectangles to read
 * @returns one list of pieces per sync
 */
export function planReads(requests: readonly CellRequest[]): Piece[][] {
  const pieces: Piece[] = [];
  requests.forEach((req, index) => {
    const width = Math.max(1, req.rect.columnCount);
    const rowsPerBlock = Math.max(1, Math.floor(BLOCK_CELLS / width));
    const perRow = width * (req.cellBytes ?? DEFAULT_CELL_BYTES);
    for (let first = 0; first < req.rect.rowCount; first += rowsPerBlock) {
      const count = Math.min(rowsPerBlock, req.rect.rowCount - first);
      pieces.push({ request: index, first, count, bytes: count * perRow });
    }
  });
  const syncs: Piece[][] = [];
  let current: Piece[] = [];
  let size = 0;
  for (const piece of pieces) {
    if (current.length > 0 && size + piece.bytes > RESPONSE_BUDGET) {
      syncs.push(current);
      current = [];
      size = 0;
    }
    current.push(piece);
    size += piece.bytes;
  }
  if (current.length > 0) syncs.push(current);
  return syncs;
}

interface Pending {
  readonly piece: Piece;
  readonly values: Excel.Range;
  readonly formats: { readonly start: number; readonly range: Excel.Range }[];
}

function queue(context: Excel.RequestContext, requests: readonly CellRequest[], piece: Piece): Pending {
  const req = requests[piece.request] as CellRequest;
  const sheet = context.workbook.worksheets.getItem(req.rect.sheet);
  const row = req.rect.row + piece.first;
  const values = sheet.getRangeByIndexes(row, req.rect.column, piece.count, req.rect.columnCount).load("values");
  const formats = columnSpans((req.formatColumns ?? []).filter((c) => c < req.rect.columnCount)).map(([start, length]) => ({
    start,
    range: sheet.getRangeByIndexes(row, req.rect.column + start, piece.count, length).load("numberFormat"),
  }));
  return { piece, values, formats };
}

/**
 * Reads every request, in `planReads(requests).length` syncs (one when they fit the budget).
 * @param context the request context of the current `Excel.run`
 * @param requests rectangles to read; an empty rectangle gives empty arrays
 * @returns one block per request, in order
 */
export async function readCells(context: Excel.RequestContext, requests: readonly CellRequest[]): Promise<CellBlock[]> {
  const blocks: CellBlock[] = requests.map((req) => ({
    rect: req.rect,
    values: [],
    numberFormats: [],
  }));
  for (const group of planReads(requests)) {
    const pending = group.map((piece) => queue(context, requests, piece));
    // One sync per ~4 MB of response: the response limit is per request (see the file comment).
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const p of pending) {
      const block = blocks[p.piece.request] as CellBlock;
      const width = block.rect.columnCount;
      p.values.values.forEach((row, r) => {
        block.values[p.piece.first + r] = row;
        const formats: unknown[] = new Array<unknown>(width).fill(null);
        for (const f of p.formats) {
          const source: readonly unknown[] = f.range.numberFormat[r] ?? [];
          source.forEach((value, c) => (formats[f.start + c] = value));
        }
        block.numberFormats[p.piece.first + r] = formats;
      });
    }
  }
  return blocks;
}
