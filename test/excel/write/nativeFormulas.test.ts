import { createHost } from "../../../src/host";
import { writeEvaluation } from "../../../src/excel/write/writeEvaluation";
import { fixture, sourceGrid, SOURCE_SHEET, typeGrid } from "./fixture";

/** Built-in Excel functions the writer may use (all in Excel 2019 / Microsoft 365; no custom functions). */
const NATIVE = new Set(["IF", "IFERROR", "ROUND", "AND", "ISNUMBER", "ISBLANK", "ABS", "MIN", "MAX", "SUM", "SUMIF", "COUNT", "COUNTIF", "COUNTIFS", "AVERAGEIF", "MINIFS", "FALSE", "INDEX", "MATCH", "OR", "NA"]);

describe("the Scorecard works for colleagues without the add-in", () => {
  it.each(["en", "zh"] as const)("uses native Excel functions only, and no formula errors (%s)", async (lang) => {
    const host = createHost({ sheets: [SOURCE_SHEET] });
    const grid = sourceGrid();
    typeGrid(host, grid);
    const result = await host.run((ctx) => writeEvaluation(ctx, fixture(grid, lang).input));
    const snap = host.snapshot();
    let formulas = 0;
    for (const sheet of snap.sheets.filter((s) => Object.values(result.sheets).includes(s.name))) {
      for (const [address, cell] of Object.entries(sheet.cells)) {
        if (cell.formula === undefined) continue;
        formulas++;
        const names = [...cell.formula.replace(/"[^"]*"/g, "").matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]);
        for (const name of names) expect({ address, name, native: NATIVE.has(name ?? "") }).toEqual({ address, name, native: true });
        expect({ address, value: cell.value }).not.toEqual({ address, value: expect.stringMatching(/^#/) });
      }
    }
    expect(formulas).toBeGreaterThan(100);
  });
});
