/**
 * Outlines: `Range.group` / `ungroup` / `showGroupDetails` / `hideGroupDetails` and
 * `Worksheet.showOutlineLevels` (ExcelApi 1.10), and the hidden rows and columns they leave
 * (`Range.columnHidden` / `rowHidden` / `hidden`, ExcelApi 1.2). Rules and sources: docs/host-rules.md
 * "Outlines". Each row and column has an outline level (0 = not grouped); a group is a run of
 * neighbours at a level or deeper, its control is the row below / column right of it.
 *
 * The outline of a sheet is kept beside the sheet's model (a WeakMap), not in it: it dies with the
 * sheet. Not modelled: inserted or deleted rows and columns do not move the outline (docs/host-rules.md).
 */
import type { Rect } from "./address";
import { columnLetters, MAX_COLUMNS, MAX_ROWS } from "./address";
import { assertUnprotected } from "./cellWrite";
import { hostError } from "./errors";
import type { SheetModel } from "./workbookModel";

export type OutlineAxis = "rows" | "columns";

/** One direction of a sheet's outline: levels by 0-based index (absent = 0) and the hidden indices. */
export interface AxisOutline {
  readonly levels: Map<number, number>;
  readonly hidden: Set<number>;
}

export interface SheetOutline {
  readonly rows: AxisOutline;
  readonly columns: AxisOutline;
}

/**
 * The deepest outline level a row or column can have. Microsoft: "Excel only supports eight levels of
 * outline groups" (the outline buttons 1–8); the file format stores a level of 0 to 7 (ECMA-376
 * `col/@outlineLevel`), so seven nested groups are the most there can be.
 */
export const MAX_OUTLINE_LEVEL = 7;

/** Levels `showOutlineLevels` accepts ("between 0 and 8"). */
const MAX_SHOWN_LEVELS = 8;

const outlines = new WeakMap<SheetModel, SheetOutline>();

/** The sheet's outline (created empty on first use). */
export function outlineOf(sheet: SheetModel): SheetOutline {
  let outline = outlines.get(sheet);
  if (!outline) {
    outline = { rows: { levels: new Map(), hidden: new Set() }, columns: { levels: new Map(), hidden: new Set() } };
    outlines.set(sheet, outline);
  }
  return outline;
}

/** "ByRows" / "ByColumns" (Excel.GroupOption); anything else is InvalidArgument. */
function axisOf(option: unknown): OutlineAxis {
  if (option === "ByRows") return "rows";
  if (option === "ByColumns") return "columns";
  throw hostError("InvalidArgument", `The group option must be "ByRows" or "ByColumns", not ${JSON.stringify(option)}.`);
}

const isWholeColumns = (rect: Rect): boolean => rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
const isWholeRows = (rect: Rect): boolean => rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1;

/** First and last index of the rect along an axis. */
function spanOf(rect: Rect, axis: OutlineAxis): [number, number] {
  return axis === "rows" ? [rect.r0, rect.r1] : [rect.c0, rect.c1];
}

const levelAt = (axis: AxisOutline, i: number): number => axis.levels.get(i) ?? 0;

/**
 * `range.group(option)`: every row (column) of the range one level deeper.
 * @param sheet the worksheet
 * @param rect the range
 * @param option "ByRows" or "ByColumns"
 * @throws InvalidArgument for another option, or a range that is not whole rows (columns) for that
 *   option; InvalidOperation when a row (column) would go deeper than {@link MAX_OUTLINE_LEVEL}
 * @example groupRange(sheet, rectOf("J:T"), "ByColumns") // columns J:T at level 1
 */
export function groupRange(sheet: SheetModel, rect: Rect, option: unknown): void {
  const axis = axisOf(option);
  assertUnprotected(sheet);
  // The typings: InvalidArgument "when the group option differs from the range's isEntireRow or
  // isEntireColumn property". Stricter: only whole rows (whole columns) group by rows (columns).
  if (isWholeColumns(rect) && isWholeRows(rect)) throw hostError("InvalidArgument", "The whole worksheet cannot be grouped.");
  if (axis === "columns" && !isWholeColumns(rect)) throw hostError("InvalidArgument", 'Grouping by columns takes whole columns ("J:T") in this host.');
  if (axis === "rows" && !isWholeRows(rect)) throw hostError("InvalidArgument", 'Grouping by rows takes whole rows ("4:9") in this host.');
  const outline = outlineOf(sheet)[axis];
  const [from, to] = spanOf(rect, axis);
  for (let i = from; i <= to; i++) {
    if (levelAt(outline, i) >= MAX_OUTLINE_LEVEL) throw hostError("InvalidOperation", `Excel supports eight outline levels: ${axis} cannot be grouped deeper than level ${MAX_OUTLINE_LEVEL}.`);
  }
  for (let i = from; i <= to; i++) outline.levels.set(i, levelAt(outline, i) + 1);
}

/**
 * `range.ungroup(option)`: "removes the outermost level from the outline" — every grouped row (column)
 * of the range one level up. Hidden rows (columns) stay hidden.
 * @param sheet the worksheet
 * @param rect the range (any range: Microsoft's sample ungroups "A1:R10")
 * @param option "ByRows" or "ByColumns"
 * @throws InvalidArgument for another option; InvalidOperation when nothing in the range is grouped
 *   (Unsure: stricter)
 */
export function ungroupRange(sheet: SheetModel, rect: Rect, option: unknown): void {
  const axis = axisOf(option);
  assertUnprotected(sheet);
  const outline = outlineOf(sheet)[axis];
  const [from, to] = spanOf(rect, axis);
  const grouped = [...outline.levels.keys()].filter((i) => i >= from && i <= to);
  if (grouped.length === 0) throw hostError("InvalidOperation", `There is no group of ${axis} in the range to ungroup.`);
  for (const i of grouped) {
    const level = levelAt(outline, i) - 1;
    if (level > 0) outline.levels.set(i, level);
    else outline.levels.delete(i);
  }
}

/**
 * `range.showGroupDetails(option)` / `hideGroupDetails(option)`: expands or collapses the innermost
 * group holding the whole range (its rows or columns are shown or hidden).
 * @param sheet the worksheet
 * @param rect the range: every row (column) of it must be grouped (Unsure: stricter)
 * @param option "ByRows" or "ByColumns"
 * @param show true to show the details, false to hide them
 * @throws InvalidArgument for another option; InvalidOperation when part of the range is not grouped
 */
export function setGroupDetails(sheet: SheetModel, rect: Rect, option: unknown, show: boolean): void {
  const axis = axisOf(option);
  assertUnprotected(sheet);
  const outline = outlineOf(sheet)[axis];
  const [from, to] = spanOf(rect, axis);
  let level = Number.POSITIVE_INFINITY;
  for (let i = from; i <= to; i++) {
    const here = levelAt(outline, i);
    if (here === 0) throw hostError("InvalidOperation", `The range is not inside a group of ${axis}.`);
    level = Math.min(level, here);
  }
  let first = from;
  let last = to;
  while (first > 0 && levelAt(outline, first - 1) >= level) first--;
  while (last < (axis === "rows" ? MAX_ROWS : MAX_COLUMNS) - 1 && levelAt(outline, last + 1) >= level) last++;
  for (let i = first; i <= last; i++) {
    if (show) outline.hidden.delete(i);
    else outline.hidden.add(i);
  }
}

/**
 * `worksheet.showOutlineLevels(rowLevels, columnLevels)`: shows the first n levels of each outline —
 * rows (columns) grouped at level n or deeper are hidden, the other grouped ones shown; 0 leaves that
 * direction as it is; ungrouped rows and columns are not touched.
 * @param sheet the worksheet
 * @param rowLevels 0–8
 * @param columnLevels 0–8
 * @throws InvalidArgument for a level that is not an integer from 0 to 8
 */
export function showOutlineLevels(sheet: SheetModel, rowLevels: unknown, columnLevels: unknown): void {
  const check = (n: unknown): number => {
    if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n > MAX_SHOWN_LEVELS) throw hostError("InvalidArgument", "Outline levels are integers from 0 to 8.");
    return n;
  };
  const wanted: Record<OutlineAxis, number> = { rows: check(rowLevels), columns: check(columnLevels) };
  assertUnprotected(sheet);
  const outline = outlineOf(sheet);
  for (const axis of ["rows", "columns"] as const) {
    const n = wanted[axis];
    if (n === 0) continue;
    for (const [i, level] of outline[axis].levels) {
      if (level >= n) outline[axis].hidden.add(i);
      else outline[axis].hidden.delete(i);
    }
  }
}

/** How many indices of a set fall in [from, to]. */
function countIn(set: ReadonlySet<number>, from: number, to: number): number {
  let n = 0;
  for (const i of set) if (i >= from && i <= to) n++;
  return n;
}

/**
 * `Range.columnHidden` / `rowHidden`: true when every column (row) of the range is hidden, false when
 * none is, null when some are.
 */
export function hiddenState(sheet: SheetModel, rect: Rect, axis: OutlineAxis): boolean | null {
  const [from, to] = spanOf(rect, axis);
  const n = countIn(outlineOf(sheet)[axis].hidden, from, to);
  return n === 0 ? false : n === to - from + 1 ? true : null;
}

/** `Range.hidden`: true when every cell is hidden (all its rows or all its columns), false when none, else null. */
export function cellsHidden(sheet: SheetModel, rect: Rect): boolean | null {
  const rows = hiddenState(sheet, rect, "rows");
  const columns = hiddenState(sheet, rect, "columns");
  if (rows === true || columns === true) return true;
  return rows === false && columns === false ? false : null;
}

/** Sets `Range.columnHidden` / `rowHidden`: hides or shows every column (row) of the range. */
export function setHidden(sheet: SheetModel, rect: Rect, axis: OutlineAxis, value: unknown): void {
  if (typeof value !== "boolean") throw hostError("InvalidArgument", `${axis === "rows" ? "rowHidden" : "columnHidden"} expects true or false.`);
  assertUnprotected(sheet);
  const hidden = outlineOf(sheet)[axis].hidden;
  const [from, to] = spanOf(rect, axis);
  if (!value) {
    for (const i of [...hidden]) if (i >= from && i <= to) hidden.delete(i);
    return;
  }
  if (to - from + 1 > 100_000) throw hostError("NotImplemented", "Hiding more than 100,000 rows at once is not supported by the in-memory host.");
  for (let i = from; i <= to; i++) hidden.add(i);
}

/** The outline as `host.snapshot()` shows it (absent when the sheet has none). */
export interface OutlineSnapshot {
  /** Outline level per grouped column ("J": 1). */
  readonly columnLevels: Record<string, number>;
  /** Outline level per grouped row ("5": 2). */
  readonly rowLevels: Record<string, number>;
  /** Hidden columns, in order. */
  readonly hiddenColumns: string[];
  /** Hidden rows (1-based), in order. */
  readonly hiddenRows: number[];
}

/**
 * @param sheet the worksheet
 * @returns its outline and hidden rows and columns, or undefined when there is none
 */
export function outlineSnapshot(sheet: SheetModel): OutlineSnapshot | undefined {
  const outline = outlines.get(sheet);
  if (!outline) return undefined;
  const sorted = (keys: Iterable<number>) => [...keys].sort((a, b) => a - b);
  const columnLevels: Record<string, number> = {};
  for (const c of sorted(outline.columns.levels.keys())) columnLevels[columnLetters(c)] = levelAt(outline.columns, c);
  const rowLevels: Record<string, number> = {};
  for (const r of sorted(outline.rows.levels.keys())) rowLevels[String(r + 1)] = levelAt(outline.rows, r);
  const hiddenColumns = sorted(outline.columns.hidden).map(columnLetters);
  const hiddenRows = sorted(outline.rows.hidden).map((r) => r + 1);
  const empty = Object.keys(columnLevels).length === 0 && Object.keys(rowLevels).length === 0 && hiddenColumns.length === 0 && hiddenRows.length === 0;
  return empty ? undefined : { columnLevels, rowLevels, hiddenColumns, hiddenRows };
}
