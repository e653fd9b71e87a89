/**
 * Print and outline settings of the managed sheets (issue 14 §3: "Fit a printable page: landscape, fit
 * to width, title rows repeated"; "Descriptive and technical columns follow, grouped and collapsible
 * (outline)"). Both are structure operations (sheetOps.ts `finishSheet`): they are queued on the
 * managed sheet in the last sync with its tables, charts and frozen panes, so they cost no sync of their
 * own, and every refresh sets them again to the same values (refresh in place: inPlace.ts).
 *
 * - Page: `worksheet.pageLayout` (ExcelApi 1.9, the manifest's minimum; gated all the same):
 *   landscape, one page wide and as many tall as needed (`zoom = { horizontalFitToPages: 1,
 *   verticalFitToPages: 0 }`; a scale would exclude the fit), centred across the page, Excel's "Narrow"
 *   margins, the header rows repeated on every page, the print area over the sheet's content. The
 *   paper size stays the user's (Letter or A4, by locale and printer).
 * - Outline: `range.group` / `ungroup` and `worksheet.showOutlineLevels` (ExcelApi 1.10, gated: skipped
 *   with a note in the write result below it). Office.js cannot read a column's outline level, and
 *   ungrouping columns that are not grouped is refused (docs/host-rules.md "Outlines"), so a refresh
 *   first flattens whatever outline the columns have — a sentinel column right of the outer group is
 *   grouped, then the whole reach ungrouped, as many times as Excel has levels — and groups them again:
 *   the outline never nests deeper refresh after refresh, and the collapsed state is set afresh.
 */
import { columnLetter } from "./a1";
import type { Features } from "./features";
import { rectA1, type Rect } from "./rects";
import type { SheetOps } from "./sheetOps";

/** Excel's "Narrow" margins, in inches (top / bottom 0.75", left / right 0.25", header / footer 0.3"). */
export const NARROW_MARGINS = { top: 0.75, bottom: 0.75, left: 0.25, right: 0.25, header: 0.3, footer: 0.3 } as const;

/** The deepest outline level Excel has: seven nested groups (outline buttons 1–8). */
export const OUTLINE_LEVELS = 7;

/** A printable page of a sheet. */
export interface PrintPage {
  /** The block printed. */
  readonly area: Rect;
  /** Rows repeated at the top of every page (0-based, first and last). */
  readonly titleRows: { readonly first: number; readonly last: number };
}

/**
 * The page settings as Office.js takes them.
 * @param page what to print
 * @returns the values set on `worksheet.pageLayout`
 * @example printSettings({ area: { row: 0, column: 0, rows: 40, columns: 35 }, titleRows: { first: 0, last: 6 } }).titleRows // "$1:$7"
 */
export function printSettings(page: PrintPage): {
  readonly orientation: "Landscape";
  readonly zoom: { readonly horizontalFitToPages: number; readonly verticalFitToPages: number };
  readonly titleRows: string;
  readonly area: string;
} {
  return {
    orientation: "Landscape",
    zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    titleRows: `$${page.titleRows.first + 1}:$${page.titleRows.last + 1}`,
    area: rectA1(page.area),
  };
}

/**
 * Queues the sheet's page setup (applied to the managed sheet in the last sync); nothing without
 * ExcelApi 1.9 (which the manifest requires: apiFeatures.ts).
 * @param ops the sheet's operations
 * @param features supported APIs
 * @param page what to print
 */
export function printPage(ops: SheetOps, features: Features, page: PrintPage): void {
  if (!features.has("pageLayout")) return;
  const settings = printSettings(page);
  ops.finishSheet((ws) => {
    const layout = ws.pageLayout;
    layout.orientation = settings.orientation;
    layout.zoom = { ...settings.zoom };
    layout.centerHorizontally = true;
    layout.setPrintMargins("Inches", { ...NARROW_MARGINS });
    layout.setPrintTitleRows(settings.titleRows);
    layout.setPrintArea(settings.area);
  }, settings);
}

/**
 * The block a sheet's print area covers: every block of content and every chart's place, from A1 —
 * or only those left of column `columns` (clipped there), for a sheet whose right-hand blocks are
 * working data.
 * @param ops the sheet's operations (content and charts queued)
 * @param columns the first column left out (default: none)
 * @returns the bounding block, from row 0 and column 0
 * @example contentArea(ops, 38) // { row: 0, column: 0, rows: 50, columns: 38 }
 */
export function contentArea(ops: SheetOps, columns = Number.POSITIVE_INFINITY): Rect {
  const blocks = [...ops.extents(), ...ops.charts.map((c) => c.place)].filter((b) => b.column < columns);
  const rows = Math.max(1, ...blocks.map((b) => b.row + b.rows));
  const width = Math.max(1, ...blocks.map((b) => Math.min(columns, b.column + b.columns)));
  return { row: 0, column: 0, rows, columns: width };
}

/** A run of columns (0-based, first and last). */
export interface ColumnRun {
  readonly first: number;
  readonly last: number;
}

/** Two outline levels of columns. */
export interface ColumnOutline {
  /** The outer group (level 1); its control is the column right of it. */
  readonly outer: ColumnRun;
  /**
   * Groups inside it (level 2). Runs that touch would read as one group (Excel joins neighbours of
   * the same level), so they are kept apart by at least one column.
   */
  readonly inner: readonly ColumnRun[];
  /** Whether the inner groups start collapsed (the outer one starts expanded). */
  readonly collapseInner: boolean;
}

/** One queued outline call. */
export type OutlineStep =
  | { readonly call: "group" | "ungroup"; readonly columns: string }
  | { readonly call: "showOutlineLevels"; readonly columnLevels: number };

const columnsA1 = (run: ColumnRun): string => `${columnLetter(run.first)}:${columnLetter(run.last)}`;

/**
 * The calls that set a sheet's column outline to `outline` whatever outline the columns had: first
 * {@link OUTLINE_LEVELS} rounds of "group the sentinel column (right of the outer group), ungroup the
 * outer group and the sentinel" — each round lowers every grouped column of the reach by one level and
 * leaves the sentinel as it was, and no round ungroups a range with nothing grouped —, then the groups,
 * outer first, then the levels shown.
 * @param outline the groups
 * @returns the calls, in order
 * @example outlineSteps({ outer: { first: 9, last: 34 }, inner: [{ first: 20, last: 20 }], collapseInner: true }).slice(-3)
 * // [{ call: "group", columns: "J:AI" }, { call: "group", columns: "U:U" }, { call: "showOutlineLevels", columnLevels: 2 }]
 */
export function outlineSteps(outline: ColumnOutline): OutlineStep[] {
  const sentinel = columnsA1({ first: outline.outer.last + 1, last: outline.outer.last + 1 });
  const reach = columnsA1({ first: outline.outer.first, last: outline.outer.last + 1 });
  const steps: OutlineStep[] = [];
  for (let round = 0; round < OUTLINE_LEVELS; round++) steps.push({ call: "group", columns: sentinel }, { call: "ungroup", columns: reach });
  steps.push({ call: "group", columns: columnsA1(outline.outer) });
  for (const run of outline.inner) steps.push({ call: "group", columns: columnsA1(run) });
  // Show the outer level only when the inner groups start collapsed; level 3 shows everything.
  steps.push({ call: "showOutlineLevels", columnLevels: outline.collapseInner ? 2 : 3 });
  return steps;
}

/**
 * Queues a sheet's column outline (applied to the managed sheet in the last sync); nothing without
 * ExcelApi 1.10 (the write result then carries the feature's note: apiFeatures.ts).
 * @param ops the sheet's operations
 * @param features supported APIs
 * @param outline the groups
 */
export function columnOutline(ops: SheetOps, features: Features, outline: ColumnOutline): void {
  if (!features.has("outline")) return;
  const steps = outlineSteps(outline);
  ops.finishSheet((ws) => {
    for (const step of steps) {
      if (step.call === "showOutlineLevels") ws.showOutlineLevels(0, step.columnLevels);
      else ws.getRange(step.columns)[step.call]("ByColumns");
    }
  }, steps);
}
