import { attainmentFormula, behindFormula, expectedFormula, ruleOf, scoreFormula, sourceLink, statusFormula } from "../../../src/excel/write/liveFormulas";
import { groupFormulas, totalFormulas, weightedFormula, weightInFormula } from "../../../src/excel/write/totalFormulas";
import { paceElapsed } from "../../../src/excel/write/paceElapsed";
import { inputCell } from "../../../src/excel/write/inputCells";
import type { KpiEvaluation, Settings } from "../../../src/engine";
import { DEFAULT_SETTINGS } from "../../../src/engine";

describe("live formulas (DOMAIN §2)", () => {
  it("picks the band rule for a band, or on-target with a band", () => {
    expect(ruleOf("target", true)).toBe("band");
    expect(ruleOf("band", false)).toBe("band");
    expect(ruleOf("lower", true)).toBe("lower");
  });
  it("links a source cell so that a blank stays blank", () => {
    expect(sourceLink("KPI 2027", 4, 6)).toBe(`=IF(ISBLANK('KPI 2027'!G5),"",'KPI 2027'!G5)`);
  });
  it("writes the lower-is-better rule with the baseline guard and the T = 0 pass/fail", () => {
    expect(attainmentFormula(6, "lower")).toBe(
      `=IFERROR(IF(AND(ISNUMBER(E7),ISNUMBER(F7)),ROUND(IF(AND(ISNUMBER(O7),O7<>F7,F7<=O7),(E7-O7)/(F7-O7),IF(F7=0,IF(E7<=0,1,0),1-(E7-F7)/ABS(F7))),12),""),"")`,
    );
    expect(attainmentFormula(6, "band")).toContain("1-(E7-Q7)/ABS(Q7)");
    expect(attainmentFormula(6, "target")).toContain("1-ABS(E7-F7)/ABS(F7-O7)");
  });
  it("clamps the score with the settings cells and reads the row's thresholds", () => {
    expect(scoreFormula(6)).toBe(`=IF(ISNUMBER(J7),MIN($F$3,MAX($D$3,J7)),"")`);
    expect(statusFormula(6)).toBe(`=IF(ISNUMBER(D7),IF(D7>=S7,IF(W7,"At risk","On track"),IF(D7>=T7,"At risk","Off track")),"No data")`);
  });
  it("totals scored rows by their weights", () => {
    expect(totalFormulas(6, 9)).toEqual({ anyWeight: "=IF(COUNT($R$7:$R$10)>0,1,0)", total: `=IF(SUM($Y$7:$Y$10)>0,SUM($Z$7:$Z$10)/SUM($Y$7:$Y$10),"")` });
    expect(weightedFormula(6)).toBe(`=IF(ISNUMBER(Y7),D7*Y7,"")`);
    expect(weightInFormula(6, "$E$4")).toBe(`=IF(ISNUMBER(D7),IF($E$4,IF(AND(ISNUMBER(R7),R7>=0),R7,""),1),"")`);
    expect(groupFormulas("$AF$7", "$AK$7", 6, 9)[3]).toBe(
      `=IFERROR(IF($AK$7,SUMIF($K$7:$K$10,$AF$7,$Z$7:$Z$10)/SUMIF($K$7:$K$10,$AF$7,$Y$7:$Y$10),AVERAGEIF($K$7:$K$10,$AF$7,$D$7:$D$10)),"")`,
    );
  });
  it("has no pace formula without pace", () => {
    expect(expectedFormula(6, undefined)).toBe("");
    expect(behindFormula(6, "higher", false)).toBe(0);
    expect(behindFormula(6, "band", true)).toBe(0);
    expect(expectedFormula(6, 0.25)).toBe(`=IF(AND(ISNUMBER(O7),ISNUMBER(F7)),O7+(F7-O7)*0.25,"")`);
  });
});

const settings: Settings = { ...DEFAULT_SETTINGS, asOf: 46447 };
const kpi = (inputs: Partial<KpiEvaluation["inputs"]>, pace?: { expected: number; behind: boolean }): KpiEvaluation =>
  ({ index: 0, inputs: { direction: "higher", isPercent: false, green: 1, amber: 0.9, directionSource: "column", ...inputs }, trend: { points: 0, notes: [], ...(pace ? { pace } : {}) } }) as unknown as KpiEvaluation;

describe("paceElapsed", () => {
  it("derives the elapsed share from the refresh's expected value when T ≠ B", () => {
    // (105 − 100)/(120 − 100) = 0.25
    expect(paceElapsed(kpi({ baseline: 100, target: 120 }, { expected: 105, behind: false }), settings)).toBe(0.25);
  });
  it("computes it from the dates otherwise", () => {
    // as of 2027-03-01 (46447), fiscal year from 2027-01-01 (46388), deadline 2027-12-31 (46752): 59/364.
    expect(paceElapsed(kpi({ baseline: 100, target: 100, deadlineSerial: 46752 }), settings)).toBeCloseTo(59 / 364, 12);
    expect(paceElapsed(kpi({ target: 100 }), settings)).toBeUndefined();
    expect(paceElapsed(kpi({ baseline: 1, target: 2, deadlineSerial: 46000 }), settings)).toBeUndefined();
  });
});

describe("inputCell", () => {
  const source = { sheet: "S", tableName: "T", address: "A1", rows: [4], columns: { actual: 6 } };
  it("links a numeric or blank cell through the row's Source row, keeps a parsed text as a constant", () => {
    const at = "$AE8";
    expect(inputCell(kpi({ actual: 5 }), "actual", { ...source, cells: [{ actual: 5 }] }, at)).toEqual({ cell: `=IF(INDEX('S'!$G:$G,$AE8)="","",INDEX('S'!$G:$G,$AE8))`, linked: true });
    const inTable = { ...source, table: "Kpis", headers: { actual: "Actual [USD]" }, cells: [{ actual: 5 }] };
    expect(inputCell(kpi({ actual: 5 }), "actual", inTable, at).cell).toBe(`=IF(INDEX(Kpis[Actual '[USD']],$AE8)="","",INDEX(Kpis[Actual '[USD']],$AE8))`);
    expect(inputCell(kpi({}), "actual", { ...source, cells: [{ actual: null }] }, at).linked).toBe(true);
    expect(inputCell(kpi({ actual: 35000 }), "actual", { ...source, cells: [{ actual: "¥3.5万" }] }, at)).toEqual({ cell: 35000, linked: false });
    expect(inputCell(kpi({ actual: 0.95 }), "actual", { ...source, cells: [{ actual: 95 }] }, at)).toEqual({ cell: 0.95, linked: false });
    expect(inputCell(kpi({ actual: 5 }), "actual", source, at).linked).toBe(true);
    expect(inputCell(kpi({ actual: 5 }), "target", source, at)).toEqual({ cell: "", linked: false });
  });
});
