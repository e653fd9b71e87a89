/**
 * Refresh in place (issue 13 §2; the mechanism: docs/refresh-in-place.md). A managed sheet, once
 * created, is never deleted: Excel rewrites every formula that points into a deleted sheet to `#REF!`
 * for good, so users' formulas, names and structured references would break. Instead the new content
 * is written to a hidden staging sheet over as many syncs as it needs, and the last sync — one request,
 * queued after every check — brings it onto the managed sheet:
 *
 * 1. our tables that keep their place (same key, header row, left column and width) are resized to
 *    their new size (`Table.resize`, ExcelApi 1.13), so they keep their name and identity; the others
 *    are converted to ranges (their cells are replaced below);
 * 2. what the last refresh wrote and this one does not is cleared (never a cell outside our blocks);
 * 3. conditional formats in our blocks are cleared, the charts we drew are deleted;
 * 4. each block of new content is copied from the staging sheet (`Range.copyFrom`, ExcelApi 1.9:
 *    values, formulas, formats; formulas keep their text because the block lands where it was staged);
 * 5. new tables are added, charts drawn, conditional formats, widths and frozen panes applied.
 *
 * This file plans steps 1–5 from plain data (tested in test/excel/write/inPlace.test.ts) and queues them.
 */
import { drawChart, type ChartSpec } from "./charts";
import type { Features } from "./features";
import { mergeRects, overlaps, rectA1, subtractRects, type Rect } from "./rects";
import type { FinishOp, TableSpec } from "./sheetOps";
import type { TableKey } from "./tableNames";

/** A table found on the managed sheet that is ours. */
export interface OldTable {
  readonly key: TableKey | undefined;
  readonly name: string;
  readonly at: Rect;
}

/** A table of the new content and the name it will have. */
export interface NewTable extends TableSpec {
  readonly name: string;
}

/** What the last sync does to one managed sheet. */
export interface SheetPlan {
  /** Tables kept (filters cleared; resized when `at` differs from `from`). */
  readonly keep: readonly { readonly name: string; readonly from: Rect; readonly at: Rect }[];
  /** Tables converted to ranges (their place or shape changed, or resizing is not supported). */
  readonly convert: readonly string[];
  /** Of those, the ones that would have been resized had Table.resize been supported. */
  readonly recreated: readonly string[];
  /** Tables to add: key, name, block. */
  readonly add: readonly NewTable[];
  /** Blocks to clear (the last refresh's, not this one's). */
  readonly clear: readonly Rect[];
  /** Blocks whose conditional formats are cleared (the last refresh's and this one's). */
  readonly clearFormats: readonly Rect[];
  /** Blocks copied from the staging sheet. */
  readonly copy: readonly Rect[];
}

const sameRect = (a: Rect, b: Rect): boolean => a.row === b.row && a.column === b.column && a.rows === b.rows && a.columns === b.columns;

/**
 * @param oldExtents blocks the last refresh wrote (empty for a new sheet)
 * @param newExtents blocks this refresh writes
 * @param oldTables our tables on the sheet now
 * @param newTables the new content's tables, with the names they get when added
 * @param canResize whether Table.resize is supported
 * @returns the plan
 */
export function planSheet(oldExtents: readonly Rect[], newExtents: readonly Rect[], oldTables: readonly OldTable[], newTables: readonly NewTable[], canResize: boolean): SheetPlan {
  const keep: { name: string; from: Rect; at: Rect }[] = [];
  const convert: string[] = [];
  const recreated: string[] = [];
  const add: NewTable[] = [];
  const kept = new Set<TableKey>();
  for (const old of oldTables) {
    const next = old.key === undefined ? undefined : newTables.find((t) => t.key === old.key);
    const keepsPlace = next !== undefined && next.at.row === old.at.row && next.at.column === old.at.column && next.at.columns === old.at.columns;
    if (next !== undefined && keepsPlace && (canResize || sameRect(next.at, old.at))) {
      kept.add(next.key);
      keep.push({ name: old.name, from: old.at, at: next.at });
    } else {
      convert.push(old.name);
      if (next !== undefined && keepsPlace) recreated.push(old.name);
    }
  }
  for (const t of newTables) if (!kept.has(t.key)) add.push(t);
  const merged = mergeRects(newExtents);
  return {
    keep,
    convert,
    recreated,
    add,
    clear: subtractRects(oldExtents, merged),
    clearFormats: mergeRects([...oldExtents, ...merged]),
    copy: merged,
  };
}

/**
 * The name a kept table ends with (it keeps its own), for the marker.
 * @param plan the plan
 * @param oldTables the tables before
 * @param newTables the new tables
 * @returns key → name
 */
export function tableNamesAfter(plan: SheetPlan, oldTables: readonly OldTable[], newTables: readonly NewTable[]): Partial<Record<TableKey, string>> {
  const out: Partial<Record<TableKey, string>> = {};
  const converted = new Set(plan.convert);
  for (const old of oldTables) if (old.key !== undefined && !converted.has(old.name)) out[old.key] = old.name;
  for (const t of plan.add) out[t.key] = t.name;
  for (const t of newTables) out[t.key] ??= t.name;
  return out;
}

/**
 * Tables of someone else on the sheet that a new or resized table of ours would overlap (Excel
 * refuses a table over another): checked before the last sync, so that sync does not fail half-way.
 * @param plan the plan
 * @param others tables on the sheet that are not ours
 * @returns the names of the tables in the way
 */
export function tablesInTheWay(plan: SheetPlan, others: readonly { name: string; at: Rect }[]): string[] {
  const wanted = [...plan.keep.map((r) => r.at), ...plan.add.map((t) => t.at)];
  return others.filter((o) => wanted.some((w) => overlaps(w, o.at))).map((o) => o.name);
}

/** What the last sync needs for one sheet besides the plan. */
export interface SheetFinish {
  readonly plan: SheetPlan;
  /** The staging sheet to copy from (undefined: the staging sheet is the managed sheet, nothing to copy). */
  readonly stagingId: string | undefined;
  /** Names of the charts we drew last time on this sheet. */
  readonly oldCharts: readonly string[];
  readonly charts: readonly ChartSpec[];
  readonly finish: readonly FinishOp[];
}

/**
 * Queues steps 1–5 on a managed sheet (no sync).
 * @param context the request context
 * @param ws the managed sheet
 * @param f the plan and what goes with it
 * @param features supported APIs
 */
export function queueInPlace(context: Excel.RequestContext, ws: Excel.Worksheet, f: SheetFinish, features: Features): void {
  const { plan } = f;
  const tables = context.workbook.tables;
  for (const name of plan.convert) tables.getItem(name).convertToRange();
  for (const r of plan.keep) {
    const table = tables.getItem(r.name);
    table.clearFilters();
    if (!sameRect(r.from, r.at)) table.resize(ws.getRange(rectA1(r.at)));
  }
  for (const rect of plan.clear) ws.getRange(rectA1(rect)).clear("All");
  if (features.has("conditionalFormats")) for (const rect of plan.clearFormats) ws.getRange(rectA1(rect)).conditionalFormats.clearAll();
  for (const name of f.oldCharts) ws.charts.getItem(name).delete();
  if (f.stagingId !== undefined) {
    const staging = context.workbook.worksheets.getItem(f.stagingId);
    for (const rect of plan.copy) ws.getRange(rectA1(rect)).copyFrom(staging.getRange(rectA1(rect)), "All", false, false);
  }
  for (const t of plan.add) {
    const table = ws.tables.add(ws.getRange(rectA1(t.at)), true);
    table.name = t.name;
    table.style = "TableStyleMedium2";
  }
  for (const spec of f.charts) drawChart(ws, spec, features);
  for (const op of f.finish) op.apply(ws, context);
}
