/**
 * The Scorecard's side blocks, right of the KPI block: score by perspective (live roll-ups), status
 * counts (live), the per-KPI charts' data (live formulas over each KPI's row: kpiCharts.ts) and the
 * history of KPIs with process-behaviour signals (live links to the source's period cells, through each
 * KPI's Source row: sourceLinks.ts); and the charts, below the KPI table (scorecardCharts.ts).
 */
import type { KpiEvaluation, Lang } from "../../engine";
import { cellA1, columnSpan } from "./a1";
import { chartedKpis, kpiChartHeader, kpiChartRows } from "./kpiCharts";
import { kpiVarianceLimit, scorecardCharts } from "./scorecardCharts";
import { yesNoFormat } from "./unitFormats";
import { addTable, blockHeading, NUMBER_FORMATS, statusFills } from "./formats";
import { LABELS, PERSPECTIVE_HEADERS, STATUS_TEXT, say } from "./labels";
import { keyedLink } from "./sourceLinks";
import { groupFormulas } from "./totalFormulas";
import { COL, HISTORY_KPIS, ROW, SIDE_COLUMN } from "./scorecardLayout";
import { groupLabel } from "./scorecardRows";
import { safeText } from "./safeText";
import { uniqueHeaders } from "./uniqueHeaders";
import type { SheetBuild } from "./sheetBuild";
import type { CellOut, SheetOps } from "./sheetOps";

const STATUS_CODES = ["On track", "At risk", "Off track", "No data"] as const;

/**
 * Perspective groups in first-seen order (as the engine's rollUp), "(none)" last.
 * @param kpis the KPIs
 * @param lang the language of the labels
 * @returns the group labels
 */
export function perspectiveGroups(kpis: readonly KpiEvaluation[], lang: Lang): { labels: string[] } {
  const labels = new Set<string>();
  for (const kpi of kpis) labels.add(groupLabel(kpi, lang));
  // KPIs without a perspective last: the perspective chart draws the rows above them (scorecardCharts.ts).
  const none = say(LABELS.none, lang);
  return { labels: [...labels].filter((l) => l !== none).concat(labels.has(none) ? [none] : []) };
}

/** First row (the header) of the Status counts block, below the perspective block. */
function statusBlockRow(groups: number): number {
  return ROW.header + Math.max(1, groups) + 3;
}

/**
 * Where the Status counts block holds its four labels and codes, in STATUS_CODES order.
 * @param groups the number of perspective groups (the block sits below their block)
 * @returns absolute addresses, e.g. `{ labels: "$AJ$16:$AJ$19", codes: "$AL$16:$AL$19" }`
 */
export function statusLookup(groups: number): { readonly labels: string; readonly codes: string } {
  const first = statusBlockRow(groups) + 1;
  const span = (column: number) => `${cellA1(first, column, true)}:${cellA1(first + STATUS_CODES.length - 1, column, true)}`;
  return { labels: span(SIDE_COLUMN), codes: span(SIDE_COLUMN + 2) };
}

/**
 * Queues the side blocks and the charts.
 * @param ops the sheet's operations
 * @param build the run
 * @param labels the perspective groups
 * @param lastKpiRow last 0-based row of the KPI block
 * @returns the first row below the side blocks (where the Kept notes block goes, two rows lower)
 */
export function scorecardSide(ops: SheetOps, build: SheetBuild, labels: readonly string[], lastKpiRow: number): number {
  const { lang, input, features } = build;
  const kpis = input.evaluation.kpis;
  const first = ROW.firstKpi;
  const c0 = SIDE_COLUMN;
  const blocks: { row: number; rows: number; columns: number }[] = [];

  // Score by perspective: label, weighted, worst, KPIs, scored, weights given.
  blockHeading(ops, ROW.header - 1, c0);
  ops.grid(ROW.header - 1, c0, [[safeText(say(LABELS.perspectiveBlock, lang))]]);
  const headers = [0, 4, 5, 1, 2, 3].map((i) => safeText(say(PERSPECTIVE_HEADERS[i] ?? LABELS.none, lang)));
  const groupRows: CellOut[][] = labels.map((label, g) => {
    const [count, scored, given, weighted, worst] = groupFormulas(cellA1(first + g, c0, true), cellA1(first + g, c0 + 5, true), first, lastKpiRow);
    return [safeText(label), weighted ?? "", worst ?? "", count ?? "", scored ?? "", given ?? ""];
  });
  const perspectiveRows = groupRows.length > 0 ? groupRows : [["", "", "", "", "", ""]];
  ops.grid(ROW.header, c0, [headers, ...perspectiveRows]);
  ops.numberFormats(first, c0 + 1, perspectiveRows.map(() => [NUMBER_FORMATS.percent, NUMBER_FORMATS.percent]));
  ops.numberFormats(first, c0 + 5, perspectiveRows.map(() => [yesNoFormat(lang)]));
  addTable(ops, "perspectives", { row: ROW.header, column: c0, rows: perspectiveRows.length + 1, columns: 6 });
  blocks.push({ row: ROW.header, rows: perspectiveRows.length + 1, columns: 6 });

  // Status counts: the status in the sheet's language (the pie's labels, and what the KPI table's
  // Status text looks up: statusLookup), the count, and the stable code it counts.
  const statusRow = statusBlockRow(labels.length);
  blockHeading(ops, statusRow - 1, c0);
  const statusSpan = columnSpan(COL.status, first, lastKpiRow);
  ops.grid(statusRow - 1, c0, [
    [safeText(say(LABELS.statusBlock, lang)), "", ""],
    [safeText(lang === "zh" ? "状态" : "Status"), safeText(lang === "zh" ? "数量" : "Count"), safeText(lang === "zh" ? "状态代码" : "Code")],
    ...STATUS_CODES.map((s, i) => [safeText(say(STATUS_TEXT[s], lang)), `=COUNTIF(${statusSpan},${cellA1(statusRow + 1 + i, c0 + 2, true)})`, safeText(s)]),
  ]);
  addTable(ops, "statuses", { row: statusRow, column: c0, rows: 5, columns: 3 });
  statusFills(ops, statusRow + 1, c0, 4, features, (code) => say(STATUS_TEXT[code as keyof typeof STATUS_TEXT], lang));
  blocks.push({ row: statusRow, rows: 5, columns: 2 });

  // Chart data (kpiCharts.ts): one row per scored KPI, live formulas over its row.
  const chartRow = statusRow + 8;
  const { shown } = chartedKpis(kpis);
  const { limit } = kpiVarianceLimit(build);
  blockHeading(ops, chartRow - 1, c0);
  const chartRows: CellOut[][] = shown.length > 0 ? kpiChartRows(shown, lang, limit) : [["", "", "", "", ""]];
  ops.grid(chartRow - 1, c0, [[safeText(say(LABELS.chartDataBlock, lang)), "", "", "", ""], kpiChartHeader(lang), ...chartRows]);
  ops.numberFormats(chartRow + 1, c0 + 1, chartRows.map(() => [NUMBER_FORMATS.percent]));
  ops.numberFormats(chartRow + 1, c0 + 3, chartRows.map(() => [NUMBER_FORMATS.percent, NUMBER_FORMATS.percent]));
  addTable(ops, "chartData", { row: chartRow, column: c0, rows: chartRows.length + 1, columns: 5 });
  blocks.push({ row: chartRow, rows: chartRows.length + 1, columns: 5 });

  // History of the KPIs with signals: live links to the source's period cells.
  const history = historyBlock(build, chartRow + chartRows.length + 3);
  if (history) {
    blockHeading(ops, history.row - 1, c0);
    ops.grid(history.row - 1, c0, [[safeText(say(LABELS.historyBlock, lang))]]);
    ops.grid(history.row, c0, history.cells);
    addTable(ops, "history", { row: history.row, column: c0, rows: history.cells.length, columns: history.columns });
    blocks.push({ row: history.row, rows: history.cells.length, columns: history.columns });
  }

  // The charts, right under the KPI table in the board columns (scorecardCharts.ts).
  scorecardCharts(ops, build, {
    column: c0,
    perspectives: { row: ROW.header, groups: labels.length, none: labels.includes(say(LABELS.none, lang)) },
    statuses: { row: statusRow },
    kpis: { row: chartRow, rows: chartRows.length + 1 },
    ...(history ? { history: { row: history.row, rows: history.cells.length, columns: history.columns } } : {}),
  }, lastKpiRow);
  const last = blocks[blocks.length - 1];
  return last ? last.row + last.rows : chartRow + chartRows.length + 1;
}

/** The history block: KPI name and one live link per period, for up to HISTORY_KPIS KPIs with a signal. */
function historyBlock(build: SheetBuild, row: number): { row: number; cells: CellOut[][]; columns: number } | undefined {
  const { source, evaluation } = build.input;
  const periods = source.columns.history ?? [];
  if (periods.length === 0) return undefined;
  const withSignal = evaluation.kpis.filter((k) => k.trend.signal !== undefined).slice(0, HISTORY_KPIS);
  if (withSignal.length === 0) return undefined;
  const labels = periods.map((_, i) => source.historyLabels?.[i] ?? `P${i + 1}`);
  const header: CellOut[] = uniqueHeaders([build.lang === "zh" ? "指标" : "KPI", ...labels]).map((l) => safeText(l));
  const cells: CellOut[][] = [header];
  const headers = source.historyLabels ?? [];
  for (const kpi of withSignal) {
    const sourceRow = source.rows[kpi.index];
    const rowCell = cellA1(ROW.firstKpi + kpi.index, COL.sourceRow, true);
    cells.push([
      `=${cellA1(ROW.firstKpi + kpi.index, COL.name)}`,
      ...periods.map((column, i) => (sourceRow === undefined ? "" : keyedLink(source, column, headers[i], rowCell))),
    ]);
  }
  return { row, cells, columns: periods.length + 1 };
}
