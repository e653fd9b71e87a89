import type { Lang } from "../../engine";
import { type Fail, fail } from "./errors";
import { type Grid, rowOf, shapeText } from "./grid";
import { say } from "./messages";

/**
 * How arguments pair up (issue 5 "Ranges"): same-shaped `cell` ranges pair cell by cell, a single
 * cell pairs with every cell, and the result has the ranges' shape. A `rows` argument gives row i to
 * result cell i; with one result cell it is one line (any row or column), or, when it is an N×P block,
 * it makes N results that the single-cell arguments pair with.
 */

/** The parameter facts pairing needs. */
export interface PairedParam {
  readonly kind: "cell" | "rows" | "shared";
  readonly name: string;
}

/** Result shape, and for a `rows` parameter given as a single line: its cells (shared by every result). */
export interface Layout {
  readonly rows: number;
  readonly cols: number;
  readonly line: Map<number, unknown[]>;
}

/**
 * Works out the result's shape from the arguments.
 * @param params the function's parameters
 * @param grids the arguments, in parameter order
 * @param lang the message language
 * @returns the layout, or a #VALUE! Fail naming the shapes that do not pair
 */
export function resultLayout(params: readonly PairedParam[], grids: readonly Grid[], lang: Lang): Layout | Fail {
  let from = -1;
  for (let i = 0; i < params.length; i++) {
    const grid = grids[i] as Grid;
    if (params[i]?.kind !== "cell" || (grid.rows === 1 && grid.cols === 1)) continue;
    if (from < 0) from = i;
    const first = grids[from] as Grid;
    if (first.rows !== grid.rows || first.cols !== grid.cols) {
      return fail("#VALUE!", say(lang, "SHAPE_MISMATCH", { a: params[from]?.name ?? "", shapeA: shapeText(first), b: params[i]?.name ?? "", shapeB: shapeText(grid) }));
    }
  }
  let rows = from < 0 ? 1 : (grids[from] as Grid).rows;
  let cols = from < 0 ? 1 : (grids[from] as Grid).cols;
  const line = new Map<number, unknown[]>();
  for (let i = 0; i < params.length; i++) {
    const grid = grids[i] as Grid;
    if (params[i]?.kind !== "rows" || grid.omitted) continue;
    const count = rows * cols;
    if (count > 1) {
      if (grid.rows !== count) return fail("#VALUE!", say(lang, "ROWS_MISMATCH", { param: params[i]?.name ?? "", rows: grid.rows, count }));
    } else if (grid.rows > 1 && grid.cols > 1) {
      rows = grid.rows; // one KPI's single-cell arguments pair with every history row
      cols = 1;
    } else {
      const cells: unknown[] = [];
      for (let r = 0; r < grid.rows; r++) cells.push(...rowOf(grid, r));
      line.set(i, cells);
    }
  }
  return { rows, cols, line };
}
