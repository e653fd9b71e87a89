/**
 * The Evaluation Log (DOMAIN §6): append-only, one row per refresh — time, user where known, source
 * table, settings and headline figures — so managers see the scorecard move over time. It is written
 * like the other sheets (staged, then copied in place in the last sync): the old rows are read and
 * written back below the header with the new row last, so a failed refresh leaves the old log as it was.
 */
import type { Bilingual, Lang, Settings } from "../../engine";
import { addTable, columnWidths, NUMBER_FORMATS, titleCell } from "./formats";
import { LABELS, MATCH_BAND_LABELS, say } from "./labels";
import { safeText } from "./safeText";
import type { SheetBuild } from "./sheetBuild";
import { SheetOps, type CellOut } from "./sheetOps";

export const LOG_HEADER_ROW = 2;

const HEADERS = [
  ["Time", "时间"],
  ["User", "用户"],
  ["Source table", "数据表"],
  ["Address", "地址"],
  ["As of", "截至日期"],
  ["KPIs", "KPI 数"],
  ["Weighted score", "加权得分"],
  ["On track", "正常"],
  ["At risk", "有风险"],
  ["Off track", "偏离"],
  ["No data", "无数据"],
  ["SMART pass rate", "SMART 通过率"],
  ["Match index", "匹配指数"],
  ["Match band", "匹配等级"],
  ["Settings", "设置"],
] as const;

export const LOG_COLUMNS = HEADERS.length;

/**
 * The old log's data rows from the values of its used range (which starts at `origin`), cut or
 * padded to the current width; strings made safe again so they stay text.
 * @param values the used range's values
 * @param originRow 0-based sheet row of the used range's first row
 * @returns the data rows below the header
 */
export function oldLogRows(values: readonly (readonly unknown[])[], originRow: number): CellOut[][] {
  const rows: CellOut[][] = [];
  values.forEach((row, i) => {
    if (originRow + i <= LOG_HEADER_ROW) return;
    if (row.every((v) => v === "" || v === null || v === undefined)) return;
    const out: CellOut[] = [];
    for (let c = 0; c < LOG_COLUMNS; c++) {
      const v = row[c];
      out.push(typeof v === "number" || typeof v === "boolean" ? v : typeof v === "string" ? safeText(v) : "");
    }
    rows.push(out);
  });
  return rows;
}

/** Words of the settings summary (Chinese as the sheets' own labels say them). */
const L = (en: string, zh: string): Bilingual => ({ en, zh });
const SETTING_WORDS = {
  green: L("green", "绿灯"),
  amber: L("amber", "黄灯"),
  floor: L("floor", "得分下限"),
  cap: L("cap", "得分上限"),
  projection: L("projection", "预测"),
  linear: L("linear", "线性"),
  holt: L("Holt", "霍尔特"),
} as const;

/**
 * The settings a run used, in one cell, in the sheet's language.
 * @example settingsText(DEFAULT_SETTINGS, "zh") // "绿灯 1 · 黄灯 0.9 · 得分下限 0 · 得分上限 1.2 · 预测 线性 · C/S/WC/H 0.3/0.3/0.3/0.1"
 */
export function settingsText(s: Settings, lang: Lang): string {
  const w = (k: keyof typeof SETTING_WORDS) => say(SETTING_WORDS[k], lang);
  const m = s.matchWeights;
  return [
    `${w("green")} ${s.green}`,
    `${w("amber")} ${s.amber}`,
    `${w("floor")} ${s.floor}`,
    `${w("cap")} ${s.cap}`,
    `${w("projection")} ${w(s.projection)}`,
    `C/S/WC/H ${m.coverage}/${m.strengthCoverage}/${m.weightConsistency}/${m.balance}`,
  ].join(" · ");
}

/**
 * Builds the log sheet: title, header, old rows, the new row.
 * @param build the run
 * @param previous rows of the old log (see {@link oldLogRows})
 * @param minBatch the batch these operations may start in (after the old log was read)
 * @returns the operations
 */
export function evaluationLog(build: SheetBuild, previous: readonly CellOut[][], minBatch: number): SheetOps {
  const { input, lang, features } = build;
  const e = input.evaluation;
  const s = e.settings;
  const ops = new SheetOps(build.sheet, minBatch);
  ops.grid(0, 0, [[safeText(say(LABELS.logTitle, lang))]]);
  titleCell(ops, 0, 0);
  const settings = settingsText(s, lang);
  const row: CellOut[] = [
    safeText(input.timestamp),
    safeText(input.user ?? ""),
    safeText(input.source.tableName),
    safeText(input.source.address),
    safeText(e.asOf),
    e.kpis.length,
    e.total.value ?? "",
    e.counts["On track"],
    e.counts["At risk"],
    e.counts["Off track"],
    e.counts["No data"],
    e.smart.passRate,
    Math.round(e.match.index * 10) / 10,
    safeText(say(MATCH_BAND_LABELS[e.match.band], lang)),
    safeText(settings),
  ];
  const body = [...previous, row];
  // Fixed English headers (the contract); Chinese in the caption row above.
  if (lang === "zh") ops.grid(LOG_HEADER_ROW - 1, 0, [HEADERS.map(([, zh]) => safeText(zh))]);
  ops.grid(LOG_HEADER_ROW, 0, [HEADERS.map(([en]) => safeText(en)), ...body]);
  ops.numberFormats(LOG_HEADER_ROW + 1, 6, body.map(() => [NUMBER_FORMATS.percent]));
  ops.numberFormats(LOG_HEADER_ROW + 1, 11, body.map(() => [NUMBER_FORMATS.percent]));
  addTable(ops, "log", { row: LOG_HEADER_ROW, column: 0, rows: body.length + 1, columns: LOG_COLUMNS });
  if (features.has("freezePanes")) ops.finishSheet((ws) => ws.freezePanes.freezeRows(LOG_HEADER_ROW + 1));
  columnWidths(ops, 0, [110, 80, 110, 150, 70, 50, 80, 60, 60, 60, 60, 90, 70, 70, 420], features);
  return ops;
}
