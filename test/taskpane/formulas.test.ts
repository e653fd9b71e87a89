import type { DetectedTable } from "../../src/excel/port";
import { buildFormula, FORMULA_TEMPLATES } from "../../src/taskpane/formulas";
import { TABLE } from "./fakePort";

const byName = (name: string) => {
  const t = FORMULA_TEMPLATES.find((f) => f.name === name);
  if (!t) throw new Error(name);
  return t;
};
// TABLE is KPIs!B3:J6 (header on row 3): KPI rows are Excel rows 4–6. Columns: name B, Goal C (unrecognised),
// actual D, direction E, deadline F, objective G, history H:J.
const withTarget: DetectedTable = { ...TABLE, columns: { ...TABLE.columns, target: 1 } };

describe("buildFormula", () => {
  it("fills KPI.SCORE from the active cell's row", () => {
    expect(buildFormula(byName("KPI.SCORE"), withTarget, { sheet: "KPIs", row: 4, column: 11 })).toBe("=KPI.SCORE(D5,C5,E5)");
  });

  it("uses the first KPI row when the active cell is outside the table", () => {
    expect(buildFormula(byName("KPI.SCORE"), withTarget, { sheet: "KPIs", row: 40, column: 1 })).toBe("=KPI.SCORE(D4,C4,E4)");
    expect(buildFormula(byName("KPI.SCORE"), withTarget, { sheet: "KPIs", row: 2, column: 1 })).toBe("=KPI.SCORE(D4,C4,E4)"); // the header row
  });

  it("prefixes the sheet when the active cell is on another sheet", () => {
    expect(buildFormula(byName("KPI.ATTAINMENT"), withTarget, { sheet: "Other sheet", row: 4, column: 0 })).toBe("=KPI.ATTAINMENT(KPIs!D4,KPIs!C4,KPIs!E4)");
  });

  it("leaves skipped optional arguments blank and drops trailing ones", () => {
    // SMART(description|name, target, unit, deadline, baseline, objective): no description, unit or baseline.
    expect(buildFormula(byName("KPI.SMART"), withTarget, { sheet: "KPIs", row: 3, column: 11 })).toBe("=KPI.SMART(B4,C4,,F4,,G4)");
    expect(buildFormula(byName("KPI.STATUS"), withTarget, { sheet: "KPIs", row: 3, column: 11 })).toBe("=KPI.STATUS(KPI.SCORE(D4,C4,E4))");
  });

  it("builds a history range", () => {
    expect(buildFormula(byName("KPI.SIGNAL"), TABLE, { sheet: "KPIs", row: 5, column: 11 })).toBe("=KPI.SIGNAL(H6:J6)");
  });

  it("gives nothing when a required column is missing or the address does not parse", () => {
    expect(buildFormula(byName("KPI.SCORE"), TABLE, { sheet: "KPIs", row: 4, column: 11 })).toBeUndefined(); // no target
    expect(buildFormula(byName("KPI.SIGNAL"), { ...TABLE, columns: { ...TABLE.columns, history: [] } }, { sheet: "KPIs", row: 4, column: 0 })).toBeUndefined();
    expect(buildFormula(byName("KPI.SCORE"), { ...withTarget, ref: { ...withTarget.ref, address: "???" } }, { sheet: "KPIs", row: 4, column: 0 })).toBeUndefined();
  });

  it("does not mutate the table", () => {
    const copy = JSON.parse(JSON.stringify(withTarget));
    buildFormula(byName("KPI.SMARTFLAGS"), withTarget, { sheet: "KPIs", row: 4, column: 0 });
    expect(withTarget).toEqual(copy);
  });
});
