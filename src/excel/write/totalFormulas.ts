/**
 * The Scorecard's live totals (DOMAIN §2, src/engine/score/weightedTotal.ts and rollUp.ts): scored
 * KPIs only; with no weight anywhere, equal weights; otherwise KPIs with a blank or negative weight
 * are left out. Only SUM / SUMIF / COUNTIFS / AVERAGEIF / MINIFS over plain ranges: no array
 * arithmetic, which engines evaluate differently.
 */
import { cellA1, columnSpan } from "./a1";
import { COL, ROW, TOTAL_CELLS } from "./scorecardLayout";

const at = (row: number, column: number): string => cellA1(row, column);

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

/** The overall formulas of the total row, for KPI rows `first`…`last` (0-based). */
export function totalFormulas(first: number, last: number): { readonly anyWeight: string; readonly total: string } {
  const U = columnSpan(COL.weightTotal, first, last);
  const X = columnSpan(COL.weighted, first, last);
  return {
    anyWeight: `=IF(COUNT(${columnSpan(COL.weight, first, last)})>0,1,0)`,
    total: `=IF(SUM(${U})>0,SUM(${X})/SUM(${U}),"")`,
  };
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

/** Criterion that matches any number (and no text or blank) in COUNTIFS. */
const ANY_NUMBER = '">-1E+300"';

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
