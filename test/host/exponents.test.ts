/** Number literals with an upper-case exponent (docs/host-rules.md "Values and formulas"). */
import { lowerExponents } from "../../src/host/hyperformulaBridge";
import { hostWith } from "./helpers";

describe("exponent literals", () => {
  test("Excel accepts 1E-9 and 1.5E+3 in formulas; so does the host", () => {
    const host = hostWith(["S"]);
    host.setCells("S", "A1:C1", [["=MAX(1E-9,2)", "=1.5E+3+1", "=2E3*A1"]]);
    expect(host.getValues("S", "A1:C1")).toEqual([[2, 1501, 4000]]);
    // the formula text stays as written
    expect(host.getFormulas("S", "A1")).toEqual([["=MAX(1E-9,2)"]]);
  });

  test("text, sheet names and references are left alone", () => {
    expect(lowerExponents('=MAX(1E-9,"1E-9")')).toBe('=MAX(1e-9,"1E-9")');
    expect(lowerExponents("='Q1E2'!A1+A1E5")).toBe("='Q1E2'!A1+A1E5");
    expect(lowerExponents('="say ""1E3"""&1E3')).toBe('="say ""1E3"""&1e3');
    expect(lowerExponents("=E1+1")).toBe("=E1+1");
  });
});
