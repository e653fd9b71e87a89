/**
 * Rectangles of cells (0-based), for refreshing a managed sheet in place (issue 13): what a refresh
 * writes, what the previous one wrote (kept in the marker as A1 addresses), and what is left to clear.
 */
import { parseAddress } from "../address";
import { cellA1 } from "./a1";

/** A block of cells. */
export interface Rect {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** `A1:C3` for a block (one cell: `A1`). */
export function rectA1(r: Rect): string {
  const first = cellA1(r.row, r.column);
  return r.rows === 1 && r.columns === 1 ? first : `${first}:${cellA1(r.row + r.rows - 1, r.column + r.columns - 1)}`;
}

/** The block an address names (`A1:C3`, `'S'!B7`), or undefined when it is no address. */
export function rectOf(address: string): Rect | undefined {
  const r = parseAddress(address);
  return r === undefined ? undefined : { row: r.row, column: r.column, rows: r.rowCount, columns: r.columnCount };
}

const end = (r: Rect) => ({ row: r.row + r.rows, column: r.column + r.columns });

/** Whether two blocks share a cell. */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.row < end(b).row && b.row < end(a).row && a.column < end(b).column && b.column < end(a).column;
}

/**
 * Merges blocks: a block inside another is dropped; blocks over the same columns that touch or
 * overlap vertically become one, and likewise over the same rows horizontally. Repeated until stable.
 * @param rects blocks in any order
 * @returns fewer blocks covering the same cells (no cell added)
 * @example mergeRects([{ row: 0, column: 0, rows: 2, columns: 3 }, { row: 2, column: 0, rows: 5, columns: 3 }]) // [{ row: 0, column: 0, rows: 7, columns: 3 }]
 */
export function mergeRects(rects: readonly Rect[]): Rect[] {
  let list = rects.filter((r) => r.rows > 0 && r.columns > 0).map((r) => ({ ...r }));
  let changed = true;
  while (changed) {
    changed = false;
    outer: for (let i = 0; i < list.length; i++) {
      for (let j = 0; j < list.length; j++) {
        if (i === j) continue;
        const a = list[i] as Rect;
        const b = list[j] as Rect;
        let merged: Rect | undefined;
        if (b.row >= a.row && end(b).row <= end(a).row && b.column >= a.column && end(b).column <= end(a).column) merged = a;
        else if (a.column === b.column && a.columns === b.columns && b.row <= end(a).row && a.row <= end(b).row) {
          const row = Math.min(a.row, b.row);
          merged = { row, column: a.column, rows: Math.max(end(a).row, end(b).row) - row, columns: a.columns };
        } else if (a.row === b.row && a.rows === b.rows && b.column <= end(a).column && a.column <= end(b).column) {
          const column = Math.min(a.column, b.column);
          merged = { row: a.row, column, rows: a.rows, columns: Math.max(end(a).column, end(b).column) - column };
        }
        if (merged !== undefined) {
          list = list.filter((_, k) => k !== i && k !== j);
          list.push(merged);
          changed = true;
          break outer;
        }
      }
    }
  }
  return list.sort((a, b) => a.row - b.row || a.column - b.column);
}

/** `a` without the cells of `b`: up to four blocks. */
function minusOne(a: Rect, b: Rect): Rect[] {
  if (!overlaps(a, b)) return [a];
  const out: Rect[] = [];
  const top = Math.max(a.row, b.row);
  const bottom = Math.min(end(a).row, end(b).row);
  if (b.row > a.row) out.push({ row: a.row, column: a.column, rows: b.row - a.row, columns: a.columns });
  if (end(b).row < end(a).row) out.push({ row: end(b).row, column: a.column, rows: end(a).row - end(b).row, columns: a.columns });
  if (b.column > a.column) out.push({ row: top, column: a.column, rows: bottom - top, columns: b.column - a.column });
  if (end(b).column < end(a).column) out.push({ row: top, column: end(b).column, rows: bottom - top, columns: end(a).column - end(b).column });
  return out;
}

/**
 * The cells of `from` that none of `remove` covers.
 * @param from blocks
 * @param remove blocks to take away
 * @returns the remaining blocks (merged)
 * @example subtractRects([{ row: 0, column: 0, rows: 10, columns: 2 }], [{ row: 0, column: 0, rows: 6, columns: 2 }]) // [{ row: 6, column: 0, rows: 4, columns: 2 }]
 */
export function subtractRects(from: readonly Rect[], remove: readonly Rect[]): Rect[] {
  let left: Rect[] = [...from];
  for (const b of remove) left = left.flatMap((a) => minusOne(a, b));
  return mergeRects(left);
}
