/**
 * The Scorecard sheet (DOMAIN §6, issue 6 §3): header area with the settings and the live overall
 * score, the KPI block (the Excel table KpiScorecard, with live formulas and fixed English headers:
 * the workbook contract, README), side blocks and charts; after the comments were read, the Comment
 * column and the Kept notes block (issue 13 §5: {@link scorecardNotes}).
 */
import { cellA1 } from "./a1";
import { keptRows, type CommentPlan } from "./comments";
import { addTable, blockHeading, columnWidths, scoreIcons, statusFills, widthFor, NUMBER_FORMATS } from "./formats";
import { LABELS, SCORECARD_HEADERS, STATUS_TEXT, say } from "./labels";
import { scorecardHeader } from "./scorecardHeader";
import { columnOutline, contentArea, printPage, type ColumnOutline } from "./pageSetup";
import { BOARD_COLUMNS, COL, KPI_COLUMNS, PRINT_COLUMNS, ROW, SIDE_COLUMN } from "./scorecardLayout";
import { scorecardRows } from "./scorecardRows";
import { perspectiveGroups, scorecardSide, statusLookup } from "./scorecardSide";
import { safeText } from "./safeText";
import type { SheetBuild } from "./sheetBuild";
import { SheetOps } from "./sheetOps";

/** Rows sampled for column widths (widths must not cost a scan of 10,000 rows). */
const WIDTH_SAMPLE = 200;

/** The Scorecard's operations, and where the Kept notes block goes. */
export interface ScorecardOps {
  readonly ops: SheetOps;
  /** Top-left cell of the Kept notes block (its heading row). */
  readonly keptAt: { readonly row: number; readonly column: number };
  /** Each KPI's key (comments.ts), in table order. */
  readonly keys: readonly string[];
}

/**
 * Builds the Scorecard's operations (the Comment column is left blank: {@link scorecardNotes}).
 * @param build the run (staging sheet name, input, features)
 * @returns the operations
 */
export function scorecardSheet(build: SheetBuild): ScorecardOps {
  const { input, lang, features } = build;
  const e = input.evaluation;
  const ops = new SheetOps(build.sheet);
  const groups = perspectiveGroups(e.kpis, build.lang);
  const rows = scorecardRows(e.kpis, input.source, lang, e.settings, statusLookup(groups.labels.length));
  const lastKpiRow = ROW.firstKpi + rows.cells.length - 1;

  scorecardHeader(ops, build, lastKpiRow);
  // Fixed English headers (the contract); a Chinese scorecard shows them in Chinese in the caption row.
  const headers = SCORECARD_HEADERS.map((h) => safeText(h.en));
  if (lang === "zh") ops.grid(ROW.caption, 0, [SCORECARD_HEADERS.map((h) => safeText(h.zh))]);
  ops.grid(ROW.header, 0, [headers]);
  ops.grid(ROW.firstKpi, 0, rows.cells);
  for (const run of formatRuns(rows.formats)) {
    ops.numberFormats(ROW.firstKpi, run.first, rows.formats.map((r) => r.slice(run.first, run.first + run.count)));
  }
  addTable(ops, "kpis", { row: ROW.header, column: 0, rows: rows.cells.length + 1, columns: KPI_COLUMNS });
  // Status: a symbol and a word in the sheet's language (never colour alone), and its colour.
  statusFills(ops, ROW.firstKpi, COL.statusText, rows.cells.length, features, (code) => say(STATUS_TEXT[code as keyof typeof STATUS_TEXT], lang));
  statusFills(ops, ROW.firstKpi, COL.status, rows.cells.length, features);
  scoreIcons(ops, ROW.firstKpi, COL.score, rows.cells.length, { green: e.settings.green, amber: e.settings.amber }, features);
  // The header rows and the KPI column stay in view (issue 14 §3).
  if (features.has("freezePanes")) ops.finishSheet((ws) => freezeHeaderAndNames(ws));

  const sample = rows.cells.slice(0, WIDTH_SAMPLE);
  const widths = headers.map((h, c) =>
    widthFor([h.replace(/^'/, ""), ...sample.map((r) => r[c]).map((v) => (typeof v === "string" && !v.startsWith("=") ? v.replace(/^'/, "") : String(v ?? "").slice(0, 10)))]),
  );
  widths[COL.name] = Math.min(200, Math.max(widths[COL.name] ?? 0, 120));
  widths[COL.comment] = Math.max(widths[COL.comment] ?? 0, 160);
  // Formula cells are sampled as 10 characters; the board columns' texts are known.
  widths[COL.statusText] = widthFor([say(SCORECARD_HEADERS[COL.statusText] ?? LABELS.none, lang), ...Object.values(STATUS_TEXT).map((t) => say(t, lang))]);
  widths[COL.trend] = widthFor(["Trend", "↓ worsening", say({ en: "↓ worsening", zh: "↓ 变差" }, lang)]);
  widths[COL.needed] = Math.max(widths[COL.needed] ?? 0, widthFor([say(SCORECARD_HEADERS[COL.needed] ?? LABELS.none, lang)]));
  columnWidths(ops, 0, widths, features);
  const below = scorecardSide(ops, build, groups.labels, lastKpiRow);
  // A printable page (issue 14 §3): what a board reads — the header area with its totals (A:M) over the
  // board columns and the first details, and the charts below them —, rows 1–7 (title … header row) on
  // every page. All 38 columns on one page wide would print at about a quarter of their size; a user who
  // wants them all sets the print area in Excel (the next refresh sets it back: README).
  printPage(ops, features, { area: contentArea(ops, PRINT_COLUMNS), titleRows: { first: ROW.title, last: ROW.header } });
  columnOutline(ops, features, SCORECARD_OUTLINE);
  return { ops, keptAt: { row: below + 2, column: SIDE_COLUMN }, keys: rows.keys };
}

/**
 * The Scorecard's outline (issue 14 §3: descriptive and technical columns "grouped and collapsible"):
 * everything after the board columns (# … Trend, Comment) is one group, level 1 — Attainment, the
 * KPI's description (perspective, owner, direction, unit, baseline, band, weight, thresholds), pace,
 * SMART, match, projection, signal and the cascade (parent, worst child) —, and inside it the
 * technical columns are groups of level 2:
 * Inputs; Status (the stable code), Weight in total, Score × weight; Source row, Key. The technical
 * groups start collapsed: they are what formulas and refreshes read (`KpiScorecard[Status]`, the live
 * links' source rows, the keys comments follow), not what a board reads, and hidden columns still
 * calculate and can be referred to. The outline buttons 1 / 2 / 3 show the board alone, the board with
 * its details, everything. The charts sit under the board columns, which are never grouped: a chart
 * over collapsed columns would shrink with them ("move and size with cells").
 */
export const SCORECARD_OUTLINE: ColumnOutline = {
  outer: { first: BOARD_COLUMNS, last: KPI_COLUMNS - 1 },
  inner: [
    { first: COL.inputs, last: COL.inputs },
    { first: COL.status, last: COL.weighted },
    { first: COL.sourceRow, last: COL.key },
  ],
  collapseInner: true,
};

/**
 * The Comment column and the Kept notes block, written once the old comments were read (a later
 * batch: `minBatch`).
 * @param build the run
 * @param plan the comments per KPI and the kept notes
 * @param keptAt where the Kept notes block goes
 * @param minBatch the first batch these operations may go in
 * @returns the operations
 */
export function scorecardNotes(build: SheetBuild, plan: CommentPlan, keptAt: { row: number; column: number }, minBatch: number): SheetOps {
  const ops = new SheetOps(build.sheet, minBatch);
  const count = Math.max(1, build.input.evaluation.kpis.length);
  ops.grid(ROW.firstKpi, COL.comment, Array.from({ length: count }, (_, k) => [plan.comments[k] ?? ""]));
  if (plan.kept.length > 0) {
    blockHeading(ops, keptAt.row, keptAt.column);
    ops.grid(keptAt.row, keptAt.column, [[safeText(say(LABELS.keptBlock, build.lang))]]);
    const rows = keptRows(plan.kept, build.lang);
    ops.grid(keptAt.row + 1, keptAt.column, rows);
    addTable(ops, "kept", { row: keptAt.row + 1, column: keptAt.column, rows: rows.length, columns: 4 });
  }
  return ops;
}

/**
 * Freezes rows 1–7 (title, totals, header row) and columns A–B (# and KPI) in one pane with
 * `freezeAt` (ExcelApi 1.7, the same set as `freezePanes` itself).
 */
function freezeHeaderAndNames(ws: Excel.Worksheet): void {
  ws.freezePanes.freezeAt(`A1:${cellA1(ROW.header, COL.name)}`);
}

/** Contiguous column runs whose formats are not all "General" (only those are written). */
export function formatRuns(formats: readonly (readonly string[])[]): { first: number; count: number }[] {
  const width = formats[0]?.length ?? 0;
  const needed = Array.from({ length: width }, (_, c) => formats.some((r) => r[c] !== NUMBER_FORMATS.general));
  const runs: { first: number; count: number }[] = [];
  for (let c = 0; c < width; c++) {
    if (!needed[c]) continue;
    const last = runs[runs.length - 1];
    if (last && last.first + last.count === c) last.count++;
    else runs.push({ first: c, count: 1 });
  }
  return runs;
}
