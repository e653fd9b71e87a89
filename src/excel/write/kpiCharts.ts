/**
 * The Scorecard's per-KPI charts (issue 14 §4) and the block of cells they are drawn from, one row per
 * scored KPI in table order, every cell a live formula over the KPI's row:
 *
 * - **Score by KPI**: the score, which is the attainment clamped to [floor, cap] (DOMAIN §2), so no
 *   bar can flatten the others; a KPI whose attainment lies beyond the floor or the cap carries its
 *   true attainment after its name ("Product defect rate (attainment −175%)").
 * - **Actual vs target** (IBCS / Zebra BI variance): Δ = (actual − target) / |target|, the relative
 *   variance, which has no unit, so KPIs in ¥, %, hours and points are comparable. Two series split
 *   the bars by whether the variance is good for the KPI (attainment ≥ 100 %: at or beyond target in
 *   the KPI's direction, DOMAIN §2) — green "Better than target", red "Worse than target" — so the
 *   colour follows the figures live. Bars are cut at ±limit (chartScale.ts) when a few variances
 *   would flatten the rest; every KPI's true Δ is in its label ("Revenue growth rate  +3.3%").
 */
import type { KpiEvaluation, Lang, Settings } from "../../engine";
import { cellA1 } from "./a1";
import { CHART_LABELS, say } from "./labels";
import { COL, CHART_KPIS, ROW, SETTINGS_CELLS } from "./scorecardLayout";
import { safeText } from "./safeText";
import type { ChartPoint } from "./chartWorth";
import type { CellOut } from "./sheetOps";

/**
 * A KPI's variance from target as the variance chart shows it: (actual − target) / |target|, for a KPI
 * with an actual, a non-zero target and a ratio attainment (not a band, not pass/fail).
 * @param kpi the KPI
 * @returns Δ, or undefined when the KPI has no comparable target
 * @example deltaOf({ inputs: { actual: 44.6, target: 45, direction: "lower" }, attainmentKind: "ratio" }) // −0.0089
 */
export function deltaOf(kpi: KpiEvaluation): number | undefined {
  const { actual, target, band } = kpi.inputs;
  if (actual === undefined || target === undefined || target === 0 || band !== undefined || kpi.attainmentKind !== "ratio") return undefined;
  const d = (actual - target) / Math.abs(target);
  return Number.isFinite(d) ? d : undefined;
}

/**
 * The KPIs of the per-KPI charts: those with a score, in table order, at most CHART_KPIS.
 * @param kpis the evaluation's KPIs
 * @returns the KPIs charted, and how many have a score in all
 */
export function chartedKpis(kpis: readonly KpiEvaluation[]): { shown: KpiEvaluation[]; scored: number } {
  const scored = kpis.filter((k) => k.score !== undefined && Number.isFinite(k.score));
  return { shown: scored.slice(0, CHART_KPIS), scored: scored.length };
}

/** "−175%", "+3.3%": a fraction as a signed percent in a formula (no TEXT(): its format codes are locale-bound). */
function signedPercent(x: string, sign: "always" | "minus"): string {
  const mark = sign === "always" ? `IF(${x}>0,"+",IF(${x}<0,"−",""))` : `IF(${x}<0,"−","")`;
  return `${mark}&ROUND(ABS(${x})*100,IF(ABS(${x})<0.1,1,0))&"%"`;
}

/**
 * The chart block's rows: KPI label and score (the score chart), KPI label with Δ and the two variance
 * series (the variance chart).
 * @param shown the charted KPIs
 * @param lang the sheet's language
 * @param limit the variance bars' cut (±limit)
 * @returns one row per KPI, live formulas
 */
export function kpiChartRows(shown: readonly KpiEvaluation[], lang: Lang, limit: number): CellOut[][] {
  const floor = cellA1(ROW.settings, SETTINGS_CELLS.floor, true);
  const cap = cellA1(ROW.settings, SETTINGS_CELLS.cap, true);
  const [open = "", close = ""] = say(CHART_LABELS.trueAttainment, lang, { value: "\u0000" }).split("\u0000");
  return shown.map((kpi) => {
    const r = ROW.firstKpi + kpi.index;
    const name = cellA1(r, COL.name);
    const score = cellA1(r, COL.score);
    const att = cellA1(r, COL.attainment);
    const actual = cellA1(r, COL.actual);
    const target = cellA1(r, COL.target);
    const delta = `(${actual}-${target})/ABS(${target})`;
    const comparable = `AND(ISNUMBER(${actual}),ISNUMBER(${target}),${target}<>0,ISNUMBER(${att}))`;
    const cut = `MAX(-${limit},MIN(${limit},${delta}))`;
    return [
      `=${name}&IF(AND(ISNUMBER(${att}),OR(${att}<${floor},${att}>${cap})),"${open}"&${signedPercent(att, "minus")}&"${close}","")`,
      `=IF(ISNUMBER(${score}),${score},NA())`,
      `=${name}&"  "&IF(${comparable},${signedPercent(delta, "always")},"—")`,
      `=IF(${comparable},IF(${att}>=1,${cut},0),0)`,
      `=IF(${comparable},IF(${att}>=1,0,${cut}),0)`,
    ];
  });
}

/** The block's header row (series names: what the legend says). */
export function kpiChartHeader(lang: Lang): CellOut[] {
  return [say({ en: "KPI", zh: "指标" }, lang), say(CHART_LABELS.score, lang), say(CHART_LABELS.varianceKpi, lang), say(CHART_LABELS.better, lang), say(CHART_LABELS.worse, lang)].map((h) => safeText(h));
}

/**
 * The charts' points as at the refresh (for deciding whether a chart says anything).
 * @param shown the charted KPIs
 * @returns the score chart's and the variance chart's points
 */
export function kpiChartPoints(shown: readonly KpiEvaluation[]): { scores: ChartPoint[]; variances: ChartPoint[] } {
  return {
    scores: shown.map((k) => ({ category: k.name, values: [k.score] })),
    variances: shown.map((k) => ({ category: k.name, values: [deltaOf(k)] })),
  };
}

/** "0%–120%": the settings' floor and cap as the score chart's title says them. */
export function capText(settings: Settings): { floor: string; cap: string } {
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  return { floor: pct(settings.floor), cap: pct(settings.cap) };
}
