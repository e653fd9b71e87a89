/**
 * The columns a board reads first (issue 14 §3): Status text and Needed for green are live formulas,
 * Trend a value of the last refresh. Native Excel only (no custom functions: not every opener has the add-in), reading the
 * row's own cells, which link to the source (sourceLinks.ts), so they move with the actual and the
 * target like attainment, score and status do.
 *
 * Needed for green mirrors src/engine/score/needed.ts (DOMAIN §2 "Needed for a score s") branch by
 * branch, with s the row's Green ≥ cell:
 * - higher `T + (s − 1)·|T|` (at least), lower `T − (s − 1)·|T|` (at most);
 * - baseline B ≠ T that fits the direction: `B + s·(T − B)`; a contradicting target ignores B;
 * - T = 0 without a usable baseline (pass/fail): 0;
 * - on target: `T ± (1 − s)·|T|` (with a baseline `T ± (1 − s)·|T − B|`); band [L, U]:
 *   `L − (1 − s)·|L|` to `U + (1 − s)·|U|`; s > 1 there (and for pass/fail) cannot be reached.
 * Decision for the two answers of on target and band: when they are equal (the default green of
 * 100 % on target gives T itself) the cell is that number; otherwise it is the text "low – high",
 * the range the actual must stay in (figures rounded to the row's decimals, no thousands separator:
 * Excel's FIXED / TEXT are not used because their results depend on the opener's locale).
 */
import type { Direction, KpiEvaluation, Lang } from "../../engine";
import { cellA1 } from "./a1";
import { LABELS, TREND_WORDS, say } from "./labels";
import type { Rule } from "./liveFormulas";
import { COL } from "./scorecardLayout";
import type { UnitFormat } from "./unitFormats";

const at = (row: number, column: number): string => cellA1(row, column);

/** A text constant inside a formula (quotes doubled). */
const str = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** A change smaller than this share of |actual| (or 1e-9) is flat (as the task pane's trend arrow). */
export const FLAT_SHARE = 0.005;

/**
 * The Status text cell: the row's status code shown with its symbol in the sheet's language, looked
 * up in the Status counts block (its label column beside its code column: scorecardSide.ts), which is
 * one short formula per row instead of four nested IFs (10,000 rows: 0.6 MB less to send).
 * @param row 0-based row
 * @param labels absolute address of the block's four labels (STATUS_TEXT, in code order)
 * @param codes absolute address of the block's four status codes
 * @returns the formula
 * @example statusTextFormula(7, "$AJ$19:$AJ$22", "$AL$19:$AL$22") // "=INDEX($AJ$19:$AJ$22,MATCH(X8,$AL$19:$AL$22,0))"
 */
export function statusTextFormula(row: number, labels: string, codes: string): string {
  return `=INDEX(${labels},MATCH(${at(row, COL.status)},${codes},0))`;
}

/** A figure as text in a formula: rounded to the row's decimals, with its unit (percent: ×100 and "%"). */
function asText(expr: string, u: UnitFormat): string {
  const body = u.percent ? `ROUND((${expr})*100,${u.decimals})&"%"` : `ROUND(${expr},${u.decimals})`;
  return `${u.prefix === "" ? "" : `${str(u.prefix)}&`}${body}${u.suffix === "" ? "" : `&${str(u.suffix)}`}`;
}

/**
 * The Needed for green cell (see the file comment for the rules and the decision on two answers).
 * @param row 0-based row
 * @param rule the KPI's rule (liveFormulas.ts ruleOf)
 * @param u the row's unit format (for the text of a range)
 * @param lang the language (the word for a threshold that cannot be reached)
 * @returns the formula
 */
export function neededFormula(row: number, rule: Rule, u: UnitFormat, lang: Lang): string {
  const T = at(row, COL.target);
  const B = at(row, COL.baseline);
  const s = at(row, COL.green);
  const no = str(say(LABELS.unreachable, lang));
  const range = (lo: string, hi: string) => `IF(${lo}=${hi},${lo},${asText(lo, u)}&" – "&${asText(hi, u)})`;
  if (rule === "band") {
    const L = at(row, COL.bandLow);
    const U = at(row, COL.bandHigh);
    const lo = `MIN(${L},${U})`;
    const hi = `MAX(${L},${U})`;
    const low = `(${lo}-(1-${s})*ABS(${lo}))`;
    const high = `(${hi}+(1-${s})*ABS(${hi}))`;
    return `=IF(COUNT(${L},${U},${s})<3,"",IF(${s}>1,${no},${range(low, high)}))`;
  }
  // COUNT(T, s) < 2: a blank, text or error target or threshold (a KPI lost from its source reads #N/A) → blank.
  const guard = (body: string) => `=IF(COUNT(${T},${s})<2,"",${body})`;
  const baseline = `ISNUMBER(${B}),${B}<>${T}`;
  if (rule === "target") {
    const spread = (size: string) => range(`(${T}-(1-${s})*${size})`, `(${T}+(1-${s})*${size})`);
    return guard(`IF(${s}>1,${no},IF(AND(${baseline}),${spread(`ABS(${T}-${B})`)},IF(${T}=0,0,${spread(`ABS(${T})`)})))`);
  }
  const higher = rule === "higher";
  const fits = higher ? `${T}>=${B}` : `${T}<=${B}`;
  const relative = higher ? `${T}+(${s}-1)*ABS(${T})` : `${T}-(${s}-1)*ABS(${T})`;
  return guard(`IF(AND(${baseline},${fits}),${B}+${s}*(${T}-${B}),IF(${T}=0,IF(${s}>1,${no},0),${relative}))`);
}

/**
 * The Trend cell, from the last refresh like the projection it compares (DOMAIN §5; the note above the
 * table says trend columns are values from the last refresh): an arrow from the actual to the
 * projection, and a word saying whether that way is good for the KPI's direction (higher: rising is
 * good; lower: falling is good; on target and band: rising / falling). The rule is the task pane's
 * (src/taskpane/kpiOrder.ts trendArrow, test/excel/write/boardFormulas.test.ts compares them). Blank
 * without an actual or a projection.
 * @param kpi the KPI
 * @param lang the language
 * @returns the text, or ""
 * @example trendText({ inputs: { actual: 90, direction: "higher" }, trend: { projection: { value: 98 } } }, "en") // "↑ improving"
 */
export function trendText(kpi: Pick<KpiEvaluation, "inputs" | "trend">, lang: Lang): string {
  const actual = kpi.inputs.actual;
  const projected = kpi.trend.projection?.value;
  if (actual === undefined || projected === undefined || !Number.isFinite(actual) || !Number.isFinite(projected)) return "";
  const w = (key: keyof typeof TREND_WORDS) => say(TREND_WORDS[key], lang);
  const change = projected - actual;
  if (Math.abs(change) <= Math.max(1e-9, FLAT_SHARE * Math.abs(actual))) return `→ ${w("steady")}`;
  const direction: Direction = kpi.inputs.direction;
  const [up, down] = direction === "higher" ? [w("better"), w("worse")] : direction === "lower" ? [w("worse"), w("better")] : [w("rising"), w("falling")];
  return change > 0 ? `↑ ${up}` : `↓ ${down}`;
}

/**
 * Which side of the Needed for green figure is green: "≥ x" for higher is better, "≤ x" for lower is
 * better (its number format says so), none for on target and band (a value or a range).
 * @param rule the KPI's rule
 * @returns the side, or undefined for a two-sided answer
 */
export function neededSide(rule: Rule): "≥" | "≤" | undefined {
  return rule === "higher" ? "≥" : rule === "lower" ? "≤" : undefined;
}
