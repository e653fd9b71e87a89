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
import { NUMBER_FORMATS } from "./formats";
import { inputCell } from "./inputCells";
import { DIRECTION_LABELS, LABELS, PERSPECTIVE_LABELS, say } from "./labels";
import { attainmentFormula, behindFormula, expectedFormula, ruleOf, scoreFormula, statusFormula } from "./liveFormulas";
import { ANY_WEIGHT_CELL, weightedFormula, weightInFormula } from "./totalFormulas";
import { paceElapsed } from "./paceElapsed";
import { COL, KPI_COLUMNS, ROW } from "./scorecardLayout";
import { safeText } from "./safeText";
import { findableNames, sourceRowFormula } from "./sourceLinks";
import { tidyNumber } from "./tidyNumber";
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

/** Number format of a row's input values. */
function inputFormat(kpi: KpiEvaluation): string {
  if (kpi.inputs.isPercent) return NUMBER_FORMATS.percent;
  const { actual, target, baseline, band } = kpi.inputs;
  const values = [actual, target, baseline, ...(band ?? [])].filter((v): v is number => v !== undefined);
  return values.every((v) => Number.isInteger(v)) ? NUMBER_FORMATS.integer : NUMBER_FORMATS.decimal;
}

/**
 * Cells and number formats of the KPI rows.
 * @param kpis the KPIs, in order
 * @param source the source table's location
 * @param lang the language
 * @param settings the evaluation's settings (pace dates)
 * @returns one row of cells and one row of number formats per KPI (at least one, blank, when there are none), and the KPIs' keys
 */
export function scorecardRows(
  kpis: readonly KpiEvaluation[],
  source: WriteSource,
  lang: Lang,
  settings: Settings,
): { readonly cells: CellOut[][]; readonly formats: string[][]; readonly keys: string[] } {
  if (kpis.length === 0) {
    return { cells: [new Array<CellOut>(KPI_COLUMNS).fill("")], formats: [new Array<string>(KPI_COLUMNS).fill(NUMBER_FORMATS.general)], keys: [] };
  }
  const cells: CellOut[][] = [];
  const formats: string[][] = [];
  const written = kpis.map((kpi) => source.names?.[kpi.index]);
  const findable = findableNames(written);
  const keys = kpiKeys(kpis.map((kpi, k) => written[k] ?? kpi.name));
  kpis.forEach((kpi, k) => {
    const row = ROW.firstKpi + k;
    const rowCell = cellA1(row, COL.sourceRow);
    const rule = ruleOf(kpi.inputs.direction, kpi.inputs.band !== undefined);
    const band = kpi.inputs.band ? [Math.min(...kpi.inputs.band), Math.max(...kpi.inputs.band)] : undefined;
    const inputs = Object.fromEntries(LINKED_ROLES.map((role) => [role, inputCell(kpi, role, source, rowCell)])) as Record<LinkedRole, ReturnType<typeof inputCell>>;
    const parsedRoles = LINKED_ROLES.filter((role) => !inputs[role].linked && inputs[role].cell !== "");
    const inputsText =
      parsedRoles.length === 0 ? say(LABELS.linked, lang) : `${say(LABELS.parsed, lang)}: ${parsedRoles.map((r) => ROLE_WORDS[r][lang]).join(", ")}`;
    const elapsed = paceElapsed(kpi, settings);
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
    r[COL.green] = kpi.inputs.green;
    r[COL.amber] = kpi.inputs.amber;
    r[COL.inputs] = safeText(inputsText);
    r[COL.expected] = expectedFormula(row, elapsed);
    r[COL.behind] = behindFormula(row, rule, elapsed !== undefined);
    r[COL.attainment] = attainmentFormula(row, rule);
    r[COL.score] = scoreFormula(row);
    r[COL.status] = statusFormula(row);
    r[COL.weightTotal] = weightInFormula(row, ANY_WEIGHT_CELL);
    r[COL.weighted] = weightedFormula(row);
    r[COL.smartScore] = kpi.smart.score;
    r[COL.smartFlags] = safeText(kpi.smart.flags);
    r[COL.bestObjective] = safeText(kpi.best.objective);
    r[COL.strength] = kpi.best.strength;
    r[COL.projection] = tidyNumber(kpi.trend.projection?.value);
    r[COL.projectedScore] = tidyNumber(kpi.trend.projection?.score);
    r[COL.signal] = signal ? safeText(signal.label !== undefined ? `${signal.kind} (${signal.label})` : signal.kind) : "";
    r[COL.sourceRow] = sourceRow === undefined ? "" : sourceRowFormula(source, cellA1(row, COL.name), sourceRow, findable[k] === true);
    r[COL.key] = safeText(keys[k]);
    cells.push(r);
    const input = inputFormat(kpi);
    const f = new Array<string>(KPI_COLUMNS).fill(NUMBER_FORMATS.general);
    for (const c of [COL.baseline, COL.target, COL.actual, COL.bandLow, COL.bandHigh, COL.expected, COL.projection]) f[c] = input;
    for (const c of [COL.attainment, COL.score, COL.projectedScore]) f[c] = NUMBER_FORMATS.percent;
    for (const c of [COL.green, COL.amber]) f[c] = NUMBER_FORMATS.percentWhole;
    formats.push(f);
  });
  return { cells, formats, keys };
}
