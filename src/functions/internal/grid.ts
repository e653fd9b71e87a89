/**
 * Range arguments as Excel passes them. A parameter declared `any[][]` receives a 2-D array (even for
 * one cell); an omitted optional parameter arrives as `null` or `undefined`. `readGrid` accepts every
 * shape defensively (scalar, 1-D, ragged, empty) so no input can make a function throw.
 */

/** A rectangular block of cells, read by row and column. */
export interface Grid {
  readonly rows: number;
  readonly cols: number;
  /** True when the argument was omitted (null / undefined). */
  readonly omitted: boolean;
  /** The cell at (row, col); missing cells of ragged input read as `null` (blank). */
  at(row: number, col: number): unknown;
}

/** A cell Excel leaves empty: `null`, `undefined` or `""` (both forms occur). Whitespace-only text too. */
export function isBlank(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/**
 * A data-type cell (Excel passes `Excel.CellValue` objects to `any` parameters, since the generated
 * metadata allows custom data) is read as its `basicValue`; error values stay objects (see errors.ts).
 */
export function plain(cell: unknown): unknown {
  if (typeof cell !== "object" || cell === null || Array.isArray(cell)) return cell;
  const rich = cell as { type?: unknown; basicValue?: unknown };
  return typeof rich.type === "string" && rich.type !== "Error" && "basicValue" in rich ? (rich.basicValue ?? null) : cell;
}

const OMITTED: Grid = { rows: 1, cols: 1, omitted: true, at: () => null };

/**
 * Reads any argument as a grid.
 * @param arg the raw argument
 * @returns a grid view (no copy of well-formed 2-D input)
 */
export function readGrid(arg: unknown): Grid {
  if (arg === null || arg === undefined) return OMITTED;
  if (!Array.isArray(arg)) {
    const cell = plain(arg);
    return { rows: 1, cols: 1, omitted: false, at: () => cell };
  }
  if (arg.length === 0) return { rows: 1, cols: 1, omitted: false, at: () => null };
  if (!arg.every((row) => Array.isArray(row))) {
    const flat: readonly unknown[] = arg;
    return { rows: 1, cols: flat.length, omitted: false, at: (_r, c) => plain(flat[c] ?? null) };
  }
  const rows = arg as readonly (readonly unknown[])[];
  let cols = 1;
  for (const row of rows) if (row.length > cols) cols = row.length;
  const at = (r: number, c: number): unknown => {
    const cell = rows[r]?.[c];
    if (cell === undefined || cell === null) return null;
    return typeof cell === "object" ? plain(cell) : cell; // fast path: plain values
  };
  return { rows: rows.length, cols, omitted: false, at };
}

/** Every cell of a grid in reading order (row by row). */
export function cellsOf(grid: Grid): unknown[] {
  const out: unknown[] = [];
  for (let r = 0; r < grid.rows; r++) for (let c = 0; c < grid.cols; c++) out.push(grid.at(r, c));
  return out;
}

/** One row of a grid. */
export function rowOf(grid: Grid, row: number): unknown[] {
  const out: unknown[] = [];
  for (let c = 0; c < grid.cols; c++) out.push(grid.at(row, c));
  return out;
}

/** "3×1" */
export function shapeText(grid: Grid): string {
  return `${grid.rows}×${grid.cols}`;
}
