/**
 * The Scorecard sheet (DOMAIN §6, issue 6 §3): header area with the settings and the live overall
 * score, the KPI block (an Excel table with live formulas), side blocks and charts.
 */
import { addTable, columnWidths, scoreIcons, statusFills, widthFor, NUMBER_FORMATS } from "./formats";
import { SCORECARD_HEADERS, say } from "./labels";
import { scorecardHeader } from "./scorecardHeader";
import { COL, KPI_COLUMNS, ROW } from "./scorecardLayout";
import { scorecardRows } from "./scorecardRows";
import { perspectiveGroups, scorecardSide } from "./scorecardSide";
import { safeText } from "./safeText";
import type { SheetBuild } from "./sheetBuild";
import { SheetOps } from "./sheetOps";

/** Rows sampled for column widths (widths must not cost a scan of 10,000 rows). */
const WIDTH_SAMPLE = 200;

/**
 * Builds the Scorecard's operations.
 * @param build the run (staging sheet name, input, features, table names)
 * @returns the operations
 */
export function scorecardSheet(build: SheetBuild): SheetOps {
  const { input, lang, features, tables } = build;
  const e = input.evaluation;
  const ops = new SheetOps(build.sheet);
  const groups = perspectiveGroups(e.kpis, build.lang);
  const rows = scorecardRows(e.kpis, input.source, lang, e.settings);
  const lastKpiRow = ROW.firstKpi + rows.cells.length - 1;

  scorecardHeader(ops, build, lastKpiRow);
  const headers = SCORECARD_HEADERS.map((h) => safeText(say(h, lang)));
  ops.grid(ROW.header, 0, [headers]);
  ops.grid(ROW.firstKpi, 0, rows.cells);
  for (const run of formatRuns(rows.formats)) {
    ops.numberFormats(ROW.firstKpi, run.first, rows.formats.map((r) => r.slice(run.first, run.first + run.count)));
  }
  addTable(ops, tables.staging("kpis"), { row: ROW.header, column: 0, rows: rows.cells.length + 1, columns: KPI_COLUMNS });
  statusFills(ops, ROW.firstKpi, COL.status, rows.cells.length, features);
  scoreIcons(ops, ROW.firstKpi, COL.score, rows.cells.length, { green: e.settings.green, amber: e.settings.amber }, features);
  if (features.has("freezePanes")) ops.sheetOp((ws) => ws.freezePanes.freezeRows(ROW.header + 1));

  const sample = rows.cells.slice(0, WIDTH_SAMPLE);
  const widths = headers.map((h, c) =>
    widthFor([h.replace(/^'/, ""), ...sample.map((r) => r[c]).map((v) => (typeof v === "string" && !v.startsWith("=") ? v.replace(/^'/, "") : String(v ?? "").slice(0, 10)))]),
  );
  widths[COL.name] = Math.max(widths[COL.name] ?? 0, 120);
  columnWidths(ops, 0, widths, features);
  scorecardSide(ops, build, groups.labels, lastKpiRow);
  return ops;
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
