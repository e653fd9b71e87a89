/**
 * The Scorecard's header area: title, refresh time and source, the settings used (cells the live
 * formulas read), the overall weighted score, and a note on what is live.
 */
import type { Evaluation } from "../../engine";
import { NUMBER_FORMATS, titleCell } from "./formats";
import { LABELS, say } from "./labels";
import { totalFormulas } from "./totalFormulas";
import { columnSpan } from "./a1";
import { COL, ROW, SETTINGS_CELLS, TOTAL_CELLS } from "./scorecardLayout";
import { safeText } from "./safeText";
import { yesNoFormat } from "./unitFormats";
import type { SheetBuild } from "./sheetBuild";
import type { SheetOps } from "./sheetOps";

/** The status counts of the total row, in TOTAL_CELLS order: the status code and its label. */
const STATUS_CELLS = [
  ["On track", { en: "On track", zh: "正常" }],
  ["At risk", { en: "At risk", zh: "有风险" }],
  ["Off track", { en: "Off track", zh: "偏离" }],
  ["No data", { en: "No data", zh: "无数据" }],
] as const;

/** The projection methods (DOMAIN §5) as the settings row names them. */
const PROJECTION_LABELS = {
  linear: { en: "Linear trend", zh: "线性趋势" },
  holt: { en: "Holt (damped trend)", zh: "Holt 阻尼趋势" },
} as const;

/**
 * The "Refreshed … · Source … · As of …" line shared by the managed sheets.
 * @param build the run
 * @param evaluation the evaluation
 * @returns the text (not yet made safe)
 */
export function refreshLine(build: SheetBuild, evaluation: Evaluation): string {
  const { lang, input } = build;
  // zh-CN punctuation is full width: “：” and “（）”.
  const [colon, open, close] = lang === "zh" ? ["：", "（", "）"] : [": ", " (", ")"];
  const who = input.user !== undefined && input.user !== "" ? `${open}${input.user}${close}` : "";
  return `${say(LABELS.refreshed, lang)}${colon}${input.timestamp}${who} · ${say(LABELS.source, lang)}${colon}${input.source.tableName}${open}${input.source.address}${close} · ${say(LABELS.asOf, lang)}${colon}${evaluation.asOf}`;
}

/**
 * The refresh line of the sheets other than the Scorecard, which also says that the sheet is refreshed.
 * @param build the run
 * @param evaluation the evaluation
 * @returns the text (not yet made safe)
 */
export function refreshedSheetLine(build: SheetBuild, evaluation: Evaluation): string {
  return `${refreshLine(build, evaluation)} · ${say(LABELS.refreshedSheet, build.lang)}`;
}

/**
 * Queues the header area.
 * @param ops the sheet's operations
 * @param build the run
 * @param lastKpiRow last 0-based row of the KPI block
 */
export function scorecardHeader(ops: SheetOps, build: SheetBuild, lastKpiRow: number): void {
  const { lang, input } = build;
  const e = input.evaluation;
  const s = e.settings;
  ops.grid(ROW.title, 0, [[safeText(say(LABELS.scorecardTitle, lang))]]);
  titleCell(ops, ROW.title, 0);
  ops.grid(ROW.refreshed, 0, [[safeText(refreshLine(build, e))]]);
  const settingsRow = [
    safeText(say(LABELS.settingsUsed, lang)),
    "",
    safeText(lang === "zh" ? "得分下限" : "Floor"),
    s.floor,
    safeText(lang === "zh" ? "得分上限" : "Cap"),
    s.cap,
    safeText(lang === "zh" ? "绿灯 ≥" : "Green ≥"),
    s.green,
    safeText(lang === "zh" ? "黄灯 ≥" : "Amber ≥"),
    s.amber,
    safeText(lang === "zh" ? "预测方法" : "Projection"),
    safeText(say(PROJECTION_LABELS[s.projection], lang)),
  ];
  ops.grid(ROW.settings, 0, [settingsRow]);
  for (const column of Object.values(SETTINGS_CELLS)) {
    ops.range(ROW.settings, column, 1, 1, (r) => {
      r.numberFormat = [[NUMBER_FORMATS.percentWhole]];
    });
  }
  const totals = totalFormulas(ROW.firstKpi, lastKpiRow, e.kpis.some((k) => k.cascade?.parent !== undefined));
  const statusSpan = columnSpan(COL.status, ROW.firstKpi, lastKpiRow);
  const counts = STATUS_CELLS.flatMap(([status, words]) => [safeText(words[lang]), `=COUNTIF(${statusSpan},"${status}")`]);
  ops.grid(ROW.total, TOTAL_CELLS.label, [[safeText(say(LABELS.overall, lang)), totals.total, safeText(say(LABELS.weightsGiven, lang)), totals.anyWeight, ...counts]]);
  ops.range(ROW.total, TOTAL_CELLS.label, 1, 2, (r) => {
    r.format.font.bold = true;
  });
  ops.range(ROW.total, TOTAL_CELLS.value, 1, 1, (r) => {
    r.numberFormat = [[NUMBER_FORMATS.percent]];
  });
  const yesNo = yesNoFormat(lang);
  ops.range(ROW.total, TOTAL_CELLS.weightsGiven, 1, 1, (r) => {
    r.numberFormat = [[yesNo]];
  });
  const space = lang === "zh" ? "" : " ";
  ops.grid(ROW.note, 0, [[safeText([say(LABELS.liveNote, lang), say(LABELS.boardNote, lang), say(LABELS.managedNote, lang)].join(space))]]);
  ops.range(ROW.note, 0, 1, 1, (r) => {
    r.format.font.italic = true;
    r.format.font.color = "#595959";
  });
}
