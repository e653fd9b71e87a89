/**
 * The Scorecard's live totals (DOMAIN §2, src/engine/score/weightedTotal.ts and rollUp.ts): scored
 * KPIs only; with no weight anywhere, equal weights; otherwise KPIs with a blank or negative weight
 * are left out. Only SUM / SUMIF / COUNTIFS / AVERAGEIF / MINIFS over plain ranges: no array
 * arithmetic, which engines evaluate differently.
 */
import { cellA1, columnSpan } from "./a1";
import { COL, ROW, TOTAL_CELLS } from "./scorecardLayout";

const at = (row: number, column: number): string => cellA1(row, column);

/** Criterion that matches any number (and no text or blank) in COUNTIFS. */
const ANY_NUMBER = '">-1E+300"';

/**
 * The weight a scored KPI carries in a total: 1 when no weight is given anywhere (in the total or
 * the group), else its weight when it is a number ≥ 0, else "" (left out). `anyWeightCell` is the
 * absolute address of the cell saying whether any weight is given.
 * @param row 0-based row
 * @param anyWeightCell e.g. `$E$4`
 * @returns the formula
 */
export function weightInFormula(row: number, anyWeightCell: string): string {
  const S = at(row, COL.score);
  const W = at(row, COL.weight);
  return `=IF(ISNUMBER(${S}),IF(${anyWeightCell},IF(AND(ISNUMBER(${W}),${W}>=0),${W},""),1),"")`;
}

/**
 * The overall formulas of the total row, for KPI rows `first`…`last` (0-based). In a cascade (some
 * KPI has a parent) the total counts top-level KPIs only, as the engine does (DOMAIN §2 "Cascades":
 * no child is counted twice, once in its parent and once itself): the rows whose Parent cell is not
 * blank (`"<>"`) are taken out of every sum, and the "any weight given" flag looks at top-level rows.
 * @param first first KPI row
 * @param last last KPI row
 * @param cascade whether any KPI has a parent
 * @returns the two formulas
 */
export function totalFormulas(first: number, last: number, cascade = false): { readonly anyWeight: string; readonly total: string } {
  const U = columnSpan(COL.weightTotal, first, last);
  const X = columnSpan(COL.weighted, first, last);
  const W = columnSpan(COL.weight, first, last);
  if (!cascade) return { anyWeight: `=IF(COUNT(${W})>0,1,0)`, total: `=IF(SUM(${U})>0,SUM(${X})/SUM(${U}),"")` };
  const P = columnSpan(COL.parent, first, last);
  const topU = `(SUM(${U})-SUMIFS(${U},${P},"<>"))`;
  const topX = `(SUM(${X})-SUMIFS(${X},${P},"<>"))`;
  return {
    anyWeight: `=IF(COUNT(${W})-COUNTIFS(${P},"<>",${W},${ANY_NUMBER})>0,1,0)`,
    total: `=IF(${topU}>0,${topX}/${topU},"")`,
  };
}

/**
 * A child KPI's weight in its parent's score (cascade.ts): its weight when a sibling (a KPI with the
 * same parent, itself included) has one, else 1 (equal weights); blank or negative weights beside
 * weighted siblings are left out. The column is the child's "Weight in total": a child is not in the
 * overall total (see totalFormulas), so the column holds the weight it carries where it counts.
 * @param row 0-based row
 * @param first first KPI row
 * @param last last KPI row
 * @returns the formula
 */
export function childWeightFormula(row: number, first: number, last: number): string {
  const S = at(row, COL.score);
  const W = at(row, COL.weight);
  const siblings = `COUNTIFS(${columnSpan(COL.parent, first, last)},${at(row, COL.parent)},${columnSpan(COL.weight, first, last)},${ANY_NUMBER})`;
  return `=IF(ISNUMBER(${S}),IF(${siblings}>0,IF(AND(ISNUMBER(${W}),${W}>=0),${W},""),1),"")`;
}

/** Most runs of child rows one parent's formula lists (Excel: 255 arguments per function). */
export const MAX_CHILD_RUNS = 100;

/**
 * A parent's score from its children (a parent without an actual of its own, cascade.ts): the
 * weighted mean of the children's scores, Σ score·w / Σ w, live in every child's figures (and so in
 * grandchildren's, to any depth). The children's rows are listed (as runs of adjacent rows) rather than
 * found with SUMIFS over the whole column: a formula over a range that holds cells depending on it is a
 * circular reference in Excel, even where the criteria would skip them.
 * @param childRows the children's 0-based rows
 * @returns the formula, or undefined when the children lie in more than MAX_CHILD_RUNS runs
 * @example scoreFromChildrenFormula([9, 10, 14]) // '=IF(SUM(Y10:Y11,Y15)>0,SUM(Z10:Z11,Z15)/SUM(Y10:Y11,Y15),"")'
 */
export function scoreFromChildrenFormula(childRows: readonly number[]): string | undefined {
  const sorted = [...childRows].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const r of sorted) {
    const lastRun = runs.at(-1);
    if (lastRun !== undefined && r === lastRun[1] + 1) lastRun[1] = r;
    else runs.push([r, r]);
  }
  if (runs.length === 0 || runs.length > MAX_CHILD_RUNS) return undefined;
  const list = (column: number) => runs.map(([a, b]) => (a === b ? at(a, column) : `${at(a, column)}:${at(b, column)}`)).join(",");
  const w = `SUM(${list(COL.weightTotal)})`;
  return `=IF(${w}>0,SUM(${list(COL.weighted)})/${w},"")`;
}

/** Address of the "any weight given" flag of the whole table. */
export const ANY_WEIGHT_CELL = cellA1(ROW.total, TOTAL_CELLS.weightsGiven, true);

/**
 * A scored KPI's score times its weight in the total ("" when it is left out), so that totals and
 * roll-ups need only SUM / SUMIF (no array arithmetic inside SUMPRODUCT, which engines evaluate
 * differently).
 * @param row 0-based row
 * @returns the formula
 */
export function weightedFormula(row: number): string {
  const U = at(row, COL.weightTotal);
  return `=IF(ISNUMBER(${U}),${at(row, COL.score)}*${U},"")`;
}


/**
 * Formulas of one perspective roll-up row (DOMAIN §2 roll-ups, rollUp.ts): KPIs, scored, weights
 * given, weighted score, worst score. The group's weighting follows weightedTotal's rules inside the
 * group: when the group has a weight, the whole table has one too, so the KPIs' weights in the total
 * are their group weights (Σ score·w / Σ w); when it has none, its scored KPIs count equally.
 * `labelCell` holds the group label.
 * @param labelCell absolute address of the row's label
 * @param flagCell absolute address of the row's "weights given" cell
 * @param first first KPI row
 * @param last last KPI row
 * @returns the five formulas: count, scored, weights given, weighted, worst
 */
export function groupFormulas(labelCell: string, flagCell: string, first: number, last: number): string[] {
  const C = columnSpan(COL.perspective, first, last);
  const S = columnSpan(COL.score, first, last);
  const W = columnSpan(COL.weight, first, last);
  const U = columnSpan(COL.weightTotal, first, last);
  const X = columnSpan(COL.weighted, first, last);
  const scored = `COUNTIFS(${C},${labelCell},${S},${ANY_NUMBER})`;
  return [
    `=COUNTIF(${C},${labelCell})`,
    `=${scored}`,
    `=IF(COUNTIFS(${C},${labelCell},${W},${ANY_NUMBER})>0,1,0)`,
    `=IFERROR(IF(${flagCell},SUMIF(${C},${labelCell},${X})/SUMIF(${C},${labelCell},${U}),AVERAGEIF(${C},${labelCell},${S})),"")`,
    `=IF(${scored}>0,MINIFS(${S},${C},${labelCell}),"")`,
  ];
}
