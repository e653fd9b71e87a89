/**
 * Finds KPI and strategy tables in two syncs (issue 6 §2):
 * 1. every Excel table's name, sheet, header texts (its columns' names) and row count; the named
 *    items; the active sheet's used range; and, where supported, the region around the active cell;
 * 2. the values of the candidates: the tables whose headers read as KPI or strategy tables; when no
 *    KPI table is among them, the region around the selection (else the used range); and the named
 *    ranges when a KPI or a strategy table is still missing.
 * What sync 2 reads is capped at DETECT_CELLS (about 4 MB of response); a candidate beyond the cap
 * is read by its top rows only (enough for its header) and its row count is estimated.
 *
 * The sheets this add-in writes are never sources: their tables (`KpiScorecard` has KPI, Target and
 * Actual columns, so it reads as a KPI table) and, when one of them is the active sheet, its cells are
 * left out. Which sheets are ours comes from the marker in the workbook's settings (managedSheets.ts),
 * read in sync 1; a sheet of ours the user renamed is the user's again and is searched.
 */
import type { DetectedTable, Detection, TableRef } from "../port";
import { workbookError } from "../errors";
import { formatAddress, intersectRects, localAddress, parseAddress, type SheetRect } from "../address";
import { supports, SURROUNDING_REGION, type IsSetSupported } from "./apiSets";
import { HEADER_PROBE_ROWS } from "./readEvaluationInput";
import { isStrategyHeader, kpiHeaderScore, kpiScore, recogniseStrategyTable } from "./recognise";
import { readRegion, type RegionRead } from "./readRegion";
import { topRows } from "./rangeOfRef";
import { censusOf, MARKER_KEY, parseMarker, parseStaging, STAGING_KEY_PREFIX } from "../write/managedSheets";
import { isOurTableName } from "../write/tableNames";
import { ROLLUP_MARKER_KEY, rollUpSheetId } from "../write/rollUpSheet";
import { isMarkerKey } from "../write/scope";

/** Cells read in detection's second sync, in total. */
export const DETECT_CELLS = 250_000;
/** Named ranges looked at, at most. */
export const MAX_NAMES = 20;

interface Probe {
  readonly tables: Excel.TableCollection;
  readonly names: Excel.NamedItemCollection;
  readonly used: Excel.Range;
  readonly region?: Excel.Range;
  readonly active: Excel.Worksheet;
  readonly sheets: Excel.WorksheetCollection;
  readonly settings: Excel.SettingCollection;
}

async function probe(context: Excel.RequestContext, withRegion: boolean): Promise<Probe> {
  const tables = context.workbook.tables.load("items/name, items/worksheet/name, items/worksheet/id, items/columns/items/name, items/rows/count");
  const names = context.workbook.names.load("items/name, items/type, items/value, items/visible");
  const active = context.workbook.worksheets.getActiveWorksheet().load("id");
  const used = active.getUsedRangeOrNullObject(true).load("address, rowCount, columnCount");
  const region = withRegion ? context.workbook.getActiveCell().getSurroundingRegion().load("address, rowCount, columnCount") : undefined;
  const sheets = context.workbook.worksheets.load("items/id, items/name");
  const settings = context.workbook.settings.load("items/key, items/value");
  await context.sync();
  return { tables, names, used, active, sheets, settings, ...(region ? { region } : {}) };
}

/** Ids of the sheets this add-in writes (managed sheets and leftovers of failed runs' staging). */
function ourSheetIds(p: Probe): Set<string> {
  const setting = (key: string): unknown => p.settings.items.find((s) => s.key === key)?.value;
  const staging = p.settings.items.filter((s) => s.key.startsWith(STAGING_KEY_PREFIX)).map((s) => parseStaging(s.value));
  const sheets = p.sheets.items.map((s) => ({ id: s.id, name: s.name, protected: false }));
  // Every scorecard's marker: the workbook's, and one per team of a Company roll-up (scope.ts).
  const markers = p.settings.items.filter((s) => isMarkerKey(s.key)).map((s) => parseMarker(s.value));
  const censuses = (markers.length > 0 ? markers : [parseMarker(setting(MARKER_KEY))]).map((marker) => censusOf(sheets, marker, staging));
  const ids = censuses.flatMap((c) => [...Object.values(c.ours).map((s) => s.id), ...c.staleStaging.map((s) => s.id)]);
  // The Company roll-up sheet, while it keeps the name we gave it (rollUpSheet.ts).
  const rollUp = rollUpSheetId(setting(ROLLUP_MARKER_KEY), sheets);
  return new Set([...ids, ...(rollUp ? [rollUp] : [])]);
}

/**
 * Blocks of a sheet's used range, split at fully blank columns, then (inside each band of columns) at
 * fully blank rows — the way getSurroundingRegion stops at blank rows and columns.
 * @param values the used range's values
 * @returns the blocks, 0-based inside the used range, top to bottom within left-to-right bands
 * @example splitBlocks([["KPI", null, "Objective"], [1, null, "Grow"]]) // [{ row: 0, column: 0, rowCount: 2, columnCount: 1 }, { row: 0, column: 2, rowCount: 2, columnCount: 1 }]
 */
export function splitBlocks(values: readonly (readonly unknown[])[]): { row: number; column: number; rowCount: number; columnCount: number }[] {
  const blank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");
  const width = Math.max(0, ...values.map((r) => r.length));
  const runs = (flags: readonly boolean[]) => {
    const out: [number, number][] = [];
    flags.forEach((on, i) => {
      const last = out[out.length - 1];
      if (!on) return;
      if (last && last[1] === i) last[1] = i + 1;
      else out.push([i, i + 1]);
    });
    return out;
  };
  const columns = runs(Array.from({ length: width }, (_, c) => values.some((r) => !blank(r[c]))));
  return columns.flatMap(([c0, c1]) =>
    runs(values.map((r) => r.slice(c0, c1).some((v) => !blank(v)))).map(([r0, r1]) => ({ row: r0, column: c0, rowCount: r1 - r0, columnCount: c1 - c0 })),
  );
}

/** The strategy lists among a used range's blocks, leaving out the KPI block. */
function strategyBlocks(used: SheetRect, values: unknown[][], kpi: SheetRect): DetectedTable[] {
  const out: DetectedTable[] = [];
  for (const b of splitBlocks(values)) {
    const rect: SheetRect = { sheet: used.sheet, row: used.row + b.row, column: used.column + b.column, rowCount: b.rowCount, columnCount: b.columnCount };
    if (intersectRects(rect, kpi)) continue;
    const address = formatAddress(rect);
    const cells = values.slice(b.row, b.row + b.rowCount).map((r) => r.slice(b.column, b.column + b.columnCount));
    const found = recogniseStrategyTable({ kind: "range", name: address, sheet: used.sheet, address }, cells);
    if (found) out.push(found);
  }
  return out;
}

/** Sync 1, retried once without the selection when the selection is not a range (a chart, a shape). */
async function probeWorkbook(context: Excel.RequestContext, isSetSupported: IsSetSupported): Promise<Probe> {
  if (!supports(isSetSupported, SURROUNDING_REGION)) return probe(context, false);
  try {
    return await probe(context, true);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === "InvalidOperationInCellEditMode" || code === "AccessDenied") throw error;
  }
  return probe(context, false);
}

/**
 * Finds the KPI tables (best first) and strategy tables of the workbook.
 * @param context the request context of the current `Excel.run`
 * @param isSetSupported the requirement-set check (gates getSurroundingRegion)
 * @returns what was found; throws WorkbookError NO_KPI_TABLE when no KPI table was found
 */
export async function detectTables(context: Excel.RequestContext, isSetSupported: IsSetSupported): Promise<Detection> {
  const p = await probeWorkbook(context, isSetSupported);
  let budget = DETECT_CELLS;
  const reads: { kind: "kpi" | "strategy" | "any"; read: RegionRead }[] = [];
  /** Queues a block's values: all of it while the budget lasts, else its top rows (rowCount estimated). */
  const queue = (kind: "kpi" | "strategy" | "any", ref: RegionRead["ref"], range: Excel.Range, rows: number, columns: number): void => {
    range.load("address");
    if (rows * columns <= budget) {
      budget -= rows * columns;
      reads.push({ kind, read: { ref, range, values: range.load("values") } });
    } else {
      budget -= Math.min(rows, HEADER_PROBE_ROWS) * columns;
      reads.push({ kind, read: { ref, range, values: topRows(range, HEADER_PROBE_ROWS).load("values"), totalRows: rows } });
    }
  };
  let beside: { kpi: SheetRect; used: SheetRect; values: Excel.Range } | undefined;
  const rangeAt = (rect: SheetRect) => context.workbook.worksheets.getItem(rect.sheet).getRange(localAddress(rect));

  const ours = ourSheetIds(p);
  const tables = p.tables.items
    .filter((t) => !ours.has(t.worksheet.id))
    .map((t) => ({ t, headers: t.columns.items.map((c) => c.name) }))
    .map((x) => ({ ...x, score: kpiHeaderScore(x.headers), strategy: isStrategyHeader(x.headers) }))
    .filter((x) => x.score > 0 || x.strategy)
    .sort((a, b) => b.score - a.score);
  for (const { t, headers, score } of tables) {
    const ref = (address: string): TableRef => ({ kind: "table", name: t.name, sheet: t.worksheet.name, address });
    queue(score > 0 ? "kpi" : "strategy", ref, t.getRange(), t.rows.count + 1, headers.length);
  }
  const haveKpi = tables.some((x) => x.score > 0);
  const haveStrategy = tables.some((x) => x.score === 0);
  if (!haveKpi && !ours.has(p.active.id)) {
    const region = p.region && !p.region.isNullObject && p.region.rowCount * p.region.columnCount > 1 ? p.region : undefined;
    const block = region ?? (p.used.isNullObject ? undefined : p.used);
    const rect = block ? parseAddress(block.address) : undefined;
    if (rect) queue("kpi", (address) => ({ kind: "range", name: address, sheet: rect.sheet, address }), rangeAt(rect), rect.rowCount, rect.columnCount);
    // An objectives list beside (or below) the KPI block on the same sheet, not formatted as a table
    // (issue 14 §2): the used range is read once and split at blank rows and columns.
    const usedRect = region && !haveStrategy && !p.used.isNullObject ? parseAddress(p.used.address) : undefined;
    if (rect && usedRect && usedRect.rowCount * usedRect.columnCount <= budget && usedRect.rowCount * usedRect.columnCount > rect.rowCount * rect.columnCount) {
      budget -= usedRect.rowCount * usedRect.columnCount;
      beside = { kpi: rect, used: usedRect, values: rangeAt(usedRect).load("values") };
    }
  }
  if (!haveKpi || !haveStrategy) {
    const names = new Set(p.sheets.items.filter((s) => ours.has(s.id)).map((s) => s.name.toLowerCase()));
    for (const n of p.names.items.filter((item) => item.visible && item.type === "Range").slice(0, MAX_NAMES)) {
      const value: unknown = n.value;
      const rect = typeof value === "string" ? parseAddress(value) : undefined;
      if (!rect || rect.sheet === "" || names.has(rect.sheet.toLowerCase())) continue;
      queue("any", () => ({ kind: "name", name: n.name, sheet: rect.sheet, address: formatAddress(rect) }), rangeAt(rect), rect.rowCount, rect.columnCount);
    }
  }
  if (reads.length > 0) await context.sync();

  const kpiTables: DetectedTable[] = [];
  const strategyTables: DetectedTable[] = [];
  for (const { kind, read } of reads) {
    const found = readRegion(read);
    if (kind !== "strategy" && found.kpi) kpiTables.push(found.kpi);
    else if (kind !== "kpi" && found.strategy) strategyTables.push(found.strategy);
  }
  if (beside) strategyTables.push(...strategyBlocks(beside.used, beside.values.values, beside.kpi));
  if (kpiTables.length === 0) throw workbookError("NO_KPI_TABLE");
  // the user's tables first; a scorecard on a renamed archive sheet last (it is output, not a source)
  const archived = (t: DetectedTable) => (isOurTableName(t.ref.name) ? 1 : 0);
  const tableKpis = kpiTables
    .filter((t) => t.ref.kind === "table")
    .sort((a, b) => archived(a) - archived(b) || kpiScore(b) - kpiScore(a) || b.rowCount - a.rowCount);
  return { kpiTables: [...tableKpis, ...kpiTables.filter((t) => t.ref.kind !== "table")], strategyTables };
}

