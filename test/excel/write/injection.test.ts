import { createHost } from "../../../src/host";
import { writeEvaluation } from "../../../src/excel/write/writeEvaluation";
import { safeText } from "../../../src/excel/write/safeText";
import { fixture, sourceGrid, SOURCE_SHEET, typeGrid } from "./fixture";

const NASTY = ['=HYPERLINK("http://x","click")', "+1", "-x", "@SUM(A1)"];

describe("text from the user's table is written as text, never as a formula", () => {
  it("safeText prefixes the apostrophe that Excel drops (and keeps an apostrophe the user typed)", () => {
    expect(safeText("=1+1")).toBe("'=1+1");
    expect(safeText("'quoted")).toBe("''quoted");
    expect(safeText("")).toBe("");
    expect(safeText(undefined)).toBe("");
  });

  it("shows the KPI names and owners as the very text, on every managed sheet", async () => {
    const host = createHost({ sheets: [SOURCE_SHEET] });
    const grid = sourceGrid();
    typeGrid(host, grid);
    await host.run((ctx) => writeEvaluation(ctx, fixture(grid).input));
    // Scorecard: KPI names in B11:B14 (KPIs 4–7), owners "+1", "-x", "@SUM(A1)" in D11:D13.
    expect(host.getValues("Scorecard", "B11:B14").map((r) => r[0])).toEqual(NASTY);
    expect(host.getFormulas("Scorecard", "B11:B14").map((r) => r[0])).toEqual(NASTY);
    expect(host.getValues("Scorecard", "L11:L13").map((r) => r[0])).toEqual(["+1", "-x", "@SUM(A1)"]);
    // SMART Review names in B9:B12, Strategy Match matrix names.
    expect(host.getValues("SMART Review", "B9:B12").map((r) => r[0])).toEqual(NASTY);
    const snap = host.snapshot();
    for (const sheet of snap.sheets.filter((s) => s.name !== SOURCE_SHEET)) {
      for (const [address, cell] of Object.entries(sheet.cells)) {
        if (typeof cell.value === "string" && NASTY.includes(cell.value) && cell.formula !== undefined) {
          // A formula may reference the name cell (chart data, history; a chart label joins words to it,
          // "=B11&IF(…)"), but never BE the user's text.
          expect({ address, formula: cell.formula }).toEqual({ address, formula: expect.stringMatching(/^=[A-Z]+\d+(&.*)?$/) });
        }
      }
    }
  });
});
