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
      `=IFERROR(IF(AND(ISNUMBER(I7),ISNUMBER(H7)),ROUND(IF(AND(ISNUMBER(G7),G7<>H7,H7<=G7),(I7-G7)/(H7-G7),IF(H7=0,IF(I7<=0,1,0),1-(I7-H7)/ABS(H7))),12),""),"")`,
    );
    expect(attainmentFormula(6, "band")).toContain("1-(J7-I7)/ABS(J7)");
    expect(attainmentFormula(6, "target")).toContain("1-ABS(I7-H7)/ABS(H7-G7)");
  });
  it("clamps the score with the settings cells and reads the row's thresholds", () => {
    expect(scoreFormula(6)).toBe(`=IF(ISNUMBER(R7),MIN($F$3,MAX($D$3,R7)),"")`);
    expect(statusFormula(6)).toBe(`=IF(ISNUMBER(S7),IF(S7>=M7,IF(Q7,"At risk","On track"),IF(S7>=N7,"At risk","Off track")),"No data")`);
  });
  it("totals scored rows by their weights", () => {
    expect(totalFormulas(6, 9)).toEqual({ anyWeight: "=COUNT($L$7:$L$10)>0", total: `=IF(SUM($V$7:$V$10)>0,SUM($W$7:$W$10)/SUM($V$7:$V$10),"")` });
    expect(weightedFormula(6)).toBe(`=IF(ISNUMBER(V7),S7*V7,"")`);
    expect(weightInFormula(6, "$E$4")).toBe(`=IF(ISNUMBER(S7),IF($E$4,IF(AND(ISNUMBER(L7),L7>=0),L7,""),1),"")`);
    expect(groupFormulas("$AF$7", "$AK$7", 6, 9)[3]).toBe(
      `=IFERROR(IF($AK$7,SUMIF($C$7:$C$10,$AF$7,$W$7:$W$10)/SUMIF($C$7:$C$10,$AF$7,$V$7:$V$10),AVERAGEIF($C$7:$C$10,$AF$7,$S$7:$S$10)),"")`,
    );
  });
  it("has no pace formula without pace", () => {
    expect(expectedFormula(6, undefined)).toBe("");
    expect(behindFormula(6, "higher", false)).toBe(false);
    expect(behindFormula(6, "band", true)).toBe(false);
    expect(expectedFormula(6, 0.25)).toBe(`=IF(AND(ISNUMBER(G7),ISNUMBER(H7)),G7+(H7-G7)*0.25,"")`);
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
