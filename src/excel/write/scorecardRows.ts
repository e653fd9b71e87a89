/**
 * The Scorecard's KPI block: one row per KPI with the inputs it used (live links or parsed
 * constants), live attainment / score / status / weights, and the last refresh's SMART, match and
 * trend values (DOMAIN §6). Written as whole 2-D arrays, chunked by rows.
 *
 * Live inputs follow their KPI (issue 13 §4): the row's "Source row" cell finds the KPI in its source
 * by name (`=MATCH($B8, Kpis[KPI], 0)`), and each input reads `INDEX(column, that row)`
 * (sourceLinks.ts), so sorting, filtering or inserting rows in the source never gives a KPI another
 * KPI's figures. The Key column is the KPI's identity for comments (comments.ts).
 */
import type { KpiEvaluation, Lang, Settings } from "../../engine";
import { cellA1 } from "./a1";
import { kpiKeys } from "./comments";
import { neededFormula, neededSide, statusTextFormula, trendText } from "./boardFormulas";
import { NUMBER_FORMATS } from "./formats";
import { inputCell } from "./inputCells";
import { DIRECTION_LABELS, LABELS, PERSPECTIVE_LABELS, say, signalText } from "./labels";
import { attainmentFormula, behindFormula, expectedFormula, ruleOf, scoreFormula, statusFormula } from "./liveFormulas";
import { ANY_WEIGHT_CELL, childWeightFormula, scoreFromChildrenFormula, weightedFormula, weightInFormula } from "./totalFormulas";
import { paceElapsed } from "./paceElapsed";
import { COL, KPI_COLUMNS, ROW } from "./scorecardLayout";
import { safeText } from "./safeText";
import { findableNames, sourceRowFormula } from "./sourceLinks";
import { tidyNumber } from "./tidyNumber";
import { boundFormat, figureFormat, thresholdFormats, unitOf, yesNoFormat } from "./unitFormats";
import type { CellOut } from "./sheetOps";
import type { LinkedRole, WriteSource } from "./writeInput";

const LINKED_ROLES: readonly LinkedRole[] = ["baseline", "target", "actual", "weight"];
const ROLE_WORDS: Readonly<Record<LinkedRole, { en: string; zh: string }>> = {
  baseline: { en: "baseline", zh: "基线" },
  target: { en: "target", zh: "目标" },
  actual: { en: "actual", zh: "实际" },
  weight: { en: "weight", zh: "权重" },
};

/**
 * The perspective group label of a KPI, as written in the Perspective column (and matched by the
 * roll-up formulas).
 * @param kpi the KPI
 * @param lang the language
 * @returns the label
 */
export function groupLabel(kpi: KpiEvaluation, lang: Lang): string {
  const p = kpi.inputs.perspective;
  return p === undefined ? say(LABELS.none, lang) : say(PERSPECTIVE_LABELS[p], lang);
}

/**
 * Weights as typed: percentages (every weight at most 1, e.g. 15 % typed as 0.15) as whole percents,
 * otherwise as numbers with up to 2 decimals.
 */
function weightsFormat(kpis: readonly KpiEvaluation[]): string {
  const weights = kpis.map((k) => k.inputs.weight).filter((w): w is number => w !== undefined && Number.isFinite(w));
  if (weights.length > 0 && weights.every((w) => w >= 0 && w <= 1) && weights.some((w) => w > 0 && w < 1)) return NUMBER_FORMATS.percentWhole;
  return weights.every((w) => Number.isInteger(w)) ? NUMBER_FORMATS.integer : NUMBER_FORMATS.decimal;
}

/**
 * Cells and number formats of the KPI rows.
 * @param kpis the KPIs, in order
 * @param source the source table's location
 * @param lang the language
 * @param settings the evaluation's settings (pace dates)
 * @param lookup where the Status counts block holds its labels and codes (scorecardSide.ts statusLookup)
 * @returns one row of cells and one row of number formats per KPI (at least one, blank, when there are none), and the KPIs' keys
 */
export function scorecardRows(
  kpis: readonly KpiEvaluation[],
  source: WriteSource,
  lang: Lang,
  settings: Settings,
  lookup: { readonly labels: string; readonly codes: string },
): { readonly cells: CellOut[][]; readonly formats: string[][]; readonly keys: string[] } {
  if (kpis.length === 0) {
    return { cells: [new Array<CellOut>(KPI_COLUMNS).fill("")], formats: [new Array<string>(KPI_COLUMNS).fill(NUMBER_FORMATS.general)], keys: [] };
  }
  const cells: CellOut[][] = [];
  const formats: string[][] = [];
  const written = kpis.map((kpi) => source.names?.[kpi.index]);
  const findable = findableNames(written);
  const keys = kpiKeys(kpis.map((kpi, k) => written[k] ?? kpi.name));
  const thresholds = thresholdFormats(lang);
  const yesNo = yesNoFormat(lang);
  const weightFormat = weightsFormat(kpis);
  // Cascades (issue 13 §6, DOMAIN §2): `cascade.parent` / `worstChild.index` index the evaluation's
  // KPIs, which are these rows in this order.
  const first = ROW.firstKpi;
  const last = ROW.firstKpi + kpis.length - 1;
  const nameAt = (index: number): string => written[index] ?? kpis[index]?.name ?? "";
  kpis.forEach((kpi, k) => {
    const row = ROW.firstKpi + k;
    const rowCell = cellA1(row, COL.sourceRow);
    const rule = ruleOf(kpi.inputs.direction, kpi.inputs.band !== undefined);
    const band = kpi.inputs.band ? [Math.min(...kpi.inputs.band), Math.max(...kpi.inputs.band)] : undefined;
    const inputs = Object.fromEntries(LINKED_ROLES.map((role) => [role, inputCell(kpi, role, source, rowCell)])) as Record<LinkedRole, ReturnType<typeof inputCell>>;
    const parsedRoles = LINKED_ROLES.filter((role) => !inputs[role].linked && inputs[role].cell !== "");
    // Only the exception is written: a blank Inputs cell means every input is a live link (the note above the table says so).
    const inputsText = parsedRoles.length === 0 ? "" : `${say(LABELS.parsed, lang)}${lang === "zh" ? "：" : ": "}${parsedRoles.map((r) => ROLE_WORDS[r][lang]).join(lang === "zh" ? "、" : ", ")}`;
    const elapsed = paceElapsed(kpi, settings);
    const unit = unitOf(kpi);
    const signal = kpi.trend.signal;
    const sourceRow = source.rows[kpi.index];
    const r: CellOut[] = new Array<CellOut>(KPI_COLUMNS).fill("");
    r[COL.index] = k + 1;
    // The name as written in the source (what the Source row's MATCH looks up).
    r[COL.name] = safeText(written[k] ?? kpi.name);
    r[COL.perspective] = safeText(groupLabel(kpi, lang));
    r[COL.owner] = safeText(kpi.inputs.owner);
    r[COL.direction] = safeText(say(DIRECTION_LABELS[kpi.inputs.direction], lang));
    r[COL.unit] = safeText(kpi.inputs.unit);
    r[COL.baseline] = inputs.baseline.cell;
    r[COL.target] = inputs.target.cell;
    r[COL.actual] = inputs.actual.cell;
    r[COL.bandLow] = band?.[0] ?? "";
    r[COL.bandHigh] = band?.[1] ?? "";
    r[COL.weight] = inputs.weight.cell;
    // A threshold equal to the setting is shown once, in row 3: its cell reads "default" (the number
    // stays, for the status formula and users' formulas); the KPI's own threshold is marked as such.
    const sharedGreen = kpi.inputs.green === settings.green;
    const sharedAmber = kpi.inputs.amber === settings.amber;
    r[COL.green] = kpi.inputs.green;
    r[COL.amber] = kpi.inputs.amber;
    r[COL.inputs] = safeText(inputsText);
    r[COL.expected] = expectedFormula(row, elapsed);
    r[COL.behind] = behindFormula(row, rule, elapsed !== undefined);
    r[COL.attainment] = attainmentFormula(row, rule);
    const cascade = kpi.cascade;
    // A parent without an actual: the live mean of its children (or, past Excel's argument limit, the engine's value).
    const fromChildren = cascade?.fromChildren === true ? (scoreFromChildrenFormula(cascade.children.map((c) => ROW.firstKpi + c)) ?? tidyNumber(kpi.score)) : undefined;
    r[COL.score] = fromChildren ?? scoreFormula(row);
    r[COL.status] = statusFormula(row);
    r[COL.statusText] = statusTextFormula(row, lookup.labels, lookup.codes);
    r[COL.needed] = neededFormula(row, rule, unit, lang);
    // Without a projection (too little history) there is no trend whatever the actual: nothing to write.
    r[COL.trend] = safeText(trendText(kpi, lang));
    r[COL.weightTotal] = cascade?.parent === undefined ? weightInFormula(row, ANY_WEIGHT_CELL) : childWeightFormula(row, first, last);
    r[COL.weighted] = weightedFormula(row);
    r[COL.smartScore] = kpi.smart.score;
    r[COL.smartFlags] = safeText(kpi.smart.flags);
    r[COL.bestObjective] = safeText(kpi.best.objective);
    r[COL.strength] = kpi.best.strength;
    r[COL.projection] = tidyNumber(kpi.trend.projection?.value);
    r[COL.projectedScore] = tidyNumber(kpi.trend.projection?.score);
    r[COL.signal] = signal ? safeText(signalText(signal, lang)) : "";
    r[COL.sourceRow] = sourceRow === undefined ? "" : sourceRowFormula(source, cellA1(row, COL.name), sourceRow, findable[k] === true);
    r[COL.key] = safeText(keys[k]);
    r[COL.parent] = cascade?.parent === undefined ? "" : safeText(nameAt(cascade.parent));
    r[COL.worstChild] = cascade?.worstChild === undefined ? "" : safeText(nameAt(cascade.worstChild.index));
    r[COL.worstChildScore] = cascade?.worstChild === undefined ? "" : tidyNumber(cascade.worstChild.score);
    cells.push(r);
    const figure = figureFormat(unit);
    const side = neededSide(rule);
    const f = new Array<string>(KPI_COLUMNS).fill(NUMBER_FORMATS.general);
    for (const c of [COL.baseline, COL.target, COL.actual, COL.bandLow, COL.bandHigh, COL.expected, COL.projection]) f[c] = figure;
    f[COL.needed] = side === undefined ? figure : boundFormat(unit, side);
    for (const c of [COL.attainment, COL.score, COL.projectedScore, COL.worstChildScore]) f[c] = NUMBER_FORMATS.percent;
    f[COL.green] = sharedGreen ? thresholds.shared : thresholds.own;
    f[COL.amber] = sharedAmber ? thresholds.shared : thresholds.own;
    f[COL.behind] = yesNo;
    f[COL.weight] = weightFormat;
    f[COL.weightTotal] = weightFormat;
    f[COL.weighted] = NUMBER_FORMATS.decimal;
    formats.push(f);
  });
  return { cells, formats, keys };
}
