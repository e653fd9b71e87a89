/**
 * Where charts go (issue 14 §3, §5): over cells no block of ours writes, as near the first screen as
 * that allows, sized to what they show. Plain data in, places out (tested without a host).
 */
import { overlaps, type Rect } from "./rects";

/** Excel's default row height, in points; what the sizes below count in. */
const ROW_PT = 15;
/** Points a bar chart needs besides its bars: title, value axis and labels, margins; and a legend. */
const FRAME_PT = 56;
const LEGEND_PT = 20;
/** Points per category: room for a two-line category label. */
const BAR_PT = 20;
/** No chart shorter than this many rows. */
export const MIN_CHART_ROWS = 10;

/**
 * Rows a horizontal bar chart needs to show every category with its full label.
 * @param categories the number of bars (categories)
 * @param legend whether the chart shows a legend
 * @param bars bars side by side in each category (series not overlapping)
 * @returns rows of cells
 * @example barChartRows(13, false) // 22: 56 + 13 × 20 = 316 pt
 */
export function barChartRows(categories: number, legend: boolean, bars = 1): number {
  const points = FRAME_PT + (legend ? LEGEND_PT : 0) + Math.max(1, categories) * (BAR_PT + 6 * (Math.max(1, bars) - 1));
  return Math.max(MIN_CHART_ROWS, Math.ceil(points / ROW_PT));
}

/**
 * Moves a place right (past the blocks it touches) or down until it covers no cell of a block.
 * @param place where the chart would go
 * @param occupied the blocks of the sheet
 * @param direction which way to move
 * @returns the first place, that way, that overlaps no block
 * @example clearOf({ row: 4, column: 7, rows: 20, columns: 8 }, [{ row: 22, column: 0, rows: 15, columns: 13 }], "right") // column 13
 */
export function clearOf(place: Rect, occupied: readonly Rect[], direction: "right" | "down"): Rect {
  let at = place;
  for (let guard = 0; guard < 1000; guard++) {
    const hit = occupied.filter((o) => overlaps(at, o));
    if (hit.length === 0) return at;
    at = direction === "right" ? { ...at, column: Math.max(...hit.map((o) => o.column + o.columns)) } : { ...at, row: Math.max(...hit.map((o) => o.row + o.rows)) };
  }
  return at;
}

/** A chart to place: how many rows it needs, and whether it takes the whole width of the area. */
export interface ChartSize {
  readonly rows: number;
  readonly wide?: boolean;
}

/**
 * Places charts on shelves under a top row: two abreast in the given halves of the area (a wide one
 * alone across both), each shelf as tall as its tallest chart, one blank row between shelves.
 * @param sizes the charts, in order
 * @param top the first row of the first shelf
 * @param halves the left and right column spans
 * @returns one place per chart
 * @example shelves([{ rows: 20 }, { rows: 18 }, { rows: 12, wide: true }], 22, [{ column: 0, columns: 4 }, { column: 4, columns: 5 }])
 *   // [{ row: 22, column: 0, rows: 20, columns: 4 }, { row: 22, column: 4, rows: 20, columns: 5 }, { row: 43, column: 0, rows: 12, columns: 9 }]
 */
export function shelves(sizes: readonly ChartSize[], top: number, halves: readonly [{ column: number; columns: number }, { column: number; columns: number }]): Rect[] {
  const [left, right] = halves;
  const full = { column: left.column, columns: right.column + right.columns - left.column };
  const out: Rect[] = [];
  let row = top;
  let i = 0;
  while (i < sizes.length) {
    const a = sizes[i];
    if (!a) break;
    const b = sizes[i + 1];
    if (a.wide || !b || b.wide) {
      const span = a.wide ? full : left;
      out.push({ row, column: span.column, rows: a.rows, columns: span.columns });
      row += a.rows + 1;
      i += 1;
      continue;
    }
    const rows = Math.max(a.rows, b.rows);
    out.push({ row, column: left.column, rows, columns: left.columns }, { row, column: right.column, rows, columns: right.columns });
    row += rows + 1;
    i += 2;
  }
  return out;
}
