/**
 * The Scorecard's live formulas (DOMAIN §2), native Excel only (no custom functions), so they update
 * when an actual changes and work for colleagues without the add-in. The KPI's direction is fixed at
 * write time; everything else is read from the row's input cells, which link to the source table.
 *
 * They mirror src/engine/score/attainment.ts exactly:
 * - higher `1 + (A − T)/|T|`, lower `1 − (A − T)/|T|`, on target `1 − |A − T|/|T|`;
 * - baseline B ≠ T: progress `(A − B)/(T − B)` for higher and lower — unless the target contradicts
 *   the direction (higher with T < B, lower with T > B), which the engine scores as if there were no
 *   baseline; on target with a baseline: `1 − |A − T|/|T − B|`;
 * - T = 0 (no usable baseline): pass/fail, 1 when A is on the good side of 0 (on target: A = 0);
 * - band [L, U] (direction band, or on target with a band): 1 inside, else `1 − d/|bound|`; a zero
 *   bound gives no attainment (the engine's `zero-divisor`), as IFERROR → "" does here;
 * - a blank or non-numeric actual or target → "" and status "No data".
 * Score = MIN(cap, MAX(floor, attainment)); status by the row's thresholds, and "At risk" when a green
 * KPI is behind pace (evaluate.ts). Totals and roll-ups: totalFormulas.ts.
 */
import type { Direction } from "../../engine";
import { cellA1 } from "./a1";
import { COL, ROW, SETTINGS_CELLS } from "./scorecardLayout";
import { sheetRef } from "./sheetNames";

/**
 * Decimals attainment is rounded to, like the engine's 12 significant digits for ratios near 1: in
 * binary floating point (47% − 20%)/(50% − 20%) is 0.8999999999999999, which a status formula would
 * compare as below a 0.9 threshold while the cell shows 90%.
 */
const DIGITS = 12;

/** Cell of the KPI block at a 0-based row. */
const at = (row: number, column: number): string => cellA1(row, column);

/** Which attainment rule a KPI uses: its direction, or "band" when it has a band. */
export type Rule = Direction;

/**
 * @param direction the KPI's direction
 * @param hasBand whether the target cell gave a band
 * @returns the rule the engine applies
 * @example ruleOf("target", true) // "band"
 */
export function ruleOf(direction: Direction, hasBand: boolean): Rule {
  return direction === "band" || (direction === "target" && hasBand) ? "band" : direction;
}

/**
 * A link to a source cell that stays blank when the cell is blank (a bare reference gives 0).
 * @param sheet the source sheet
 * @param row absolute 0-based row
 * @param column absolute 0-based column
 * @returns e.g. `=IF(ISBLANK('KPI 2027'!I5),"",'KPI 2027'!I5)`
 * @example sourceLink("KPI", 4, 8) // "=IF(ISBLANK('KPI'!I5),\"\",'KPI'!I5)"
 */
export function sourceLink(sheet: string, row: number, column: number): string {
  const ref = sheetRef(sheet) + cellA1(row, column);
  return `=IF(ISBLANK(${ref}),"",${ref})`;
}

/**
 * Attainment formula for one KPI row (DOMAIN §2).
 * @param row 0-based sheet row of the KPI on the Scorecard
 * @param rule the KPI's rule (see {@link ruleOf})
 * @returns the formula
 */
export function attainmentFormula(row: number, rule: Rule): string {
  const A = at(row, COL.actual);
  const T = at(row, COL.target);
  const B = at(row, COL.baseline);
  if (rule === "band") {
    const L = at(row, COL.bandLow);
    const U = at(row, COL.bandHigh);
    return `=IFERROR(IF(AND(ISNUMBER(${A}),ISNUMBER(${L}),ISNUMBER(${U})),ROUND(IF(AND(${A}>=${L},${A}<=${U}),1,IF(${A}<${L},1-(${L}-${A})/ABS(${L}),1-(${A}-${U})/ABS(${U}))),${DIGITS}),""),"")`;
  }
  const guard = (body: string) => `=IFERROR(IF(AND(ISNUMBER(${A}),ISNUMBER(${T})),ROUND(${body},${DIGITS}),""),"")`;
  if (rule === "target") {
    return guard(`IF(AND(ISNUMBER(${B}),${B}<>${T}),1-ABS(${A}-${T})/ABS(${T}-${B}),IF(${T}=0,IF(${A}=0,1,0),1-ABS(${A}-${T})/ABS(${T})))`);
  }
  const higher = rule === "higher";
  const fits = higher ? `${T}>=${B}` : `${T}<=${B}`;
  const pass = higher ? `${A}>=0` : `${A}<=0`;
  const relative = higher ? `1+(${A}-${T})/ABS(${T})` : `1-(${A}-${T})/ABS(${T})`;
  return guard(`IF(AND(ISNUMBER(${B}),${B}<>${T},${fits}),(${A}-${B})/(${T}-${B}),IF(${T}=0,IF(${pass},1,0),${relative}))`);
}

/**
 * Score = attainment clamped to [floor, cap], the floor and cap read from the settings row.
 * @param row 0-based row
 * @returns the formula
 */
export function scoreFormula(row: number): string {
  const R = at(row, COL.attainment);
  const floor = cellA1(ROW.settings, SETTINGS_CELLS.floor, true);
  const cap = cellA1(ROW.settings, SETTINGS_CELLS.cap, true);
  return `=IF(ISNUMBER(${R}),MIN(${cap},MAX(${floor},${R})),"")`;
}

/**
 * Status from the score and the row's thresholds; a green KPI behind pace is "At risk".
 * @param row 0-based row
 * @returns the formula
 */
export function statusFormula(row: number): string {
  const S = at(row, COL.score);
  return `=IF(ISNUMBER(${S}),IF(${S}>=${at(row, COL.green)},IF(${at(row, COL.behind)},"At risk","On track"),IF(${S}>=${at(row, COL.amber)},"At risk","Off track")),"No data")`;
}

/**
 * Expected value today on the straight pace line (DOMAIN §5): B + (T − B)·elapsed, live in the
 * baseline and target; `elapsed` is fixed at refresh (see paceElapsed.ts).
 * @param row 0-based row
 * @param elapsed share of the span gone by, or undefined (no pace: "")
 * @returns a formula, or ""
 */
export function expectedFormula(row: number, elapsed: number | undefined): string {
  if (elapsed === undefined || !Number.isFinite(elapsed)) return "";
  const B = at(row, COL.baseline);
  const T = at(row, COL.target);
  return `=IF(AND(ISNUMBER(${B}),ISNUMBER(${T})),${B}+(${T}-${B})*${Number(elapsed.toPrecision(15))},"")`;
}

/**
 * Whether the actual is behind the pace line (src/engine/trends/pace.ts isBehindPace): higher
 * below the expected value, lower above it, on target farther from the target than expected.
 * Written as 1 (behind) or 0 with a Yes / No number format, never TRUE/FALSE (issue 14 §3): the
 * status formula and users' formulas test it as a number. Without an expected value: 0.
 * @param row 0-based row
 * @param rule the KPI's rule
 * @param hasPace whether the row has an expected value
 * @returns a formula, or the constant 0
 */
export function behindFormula(row: number, rule: Rule, hasPace: boolean): string | number {
  if (!hasPace || rule === "band") return 0;
  const A = at(row, COL.actual);
  const E = at(row, COL.expected);
  const T = at(row, COL.target);
  const both = `ISNUMBER(${A}),ISNUMBER(${E})`;
  if (rule === "higher") return `=IF(AND(${both},${A}<${E}),1,0)`;
  if (rule === "lower") return `=IF(AND(${both},${A}>${E}),1,0)`;
  return `=IFERROR(IF(AND(${both},ISNUMBER(${T}),ABS(${A}-${T})>ABS(${E}-${T})),1,0),0)`;
}
