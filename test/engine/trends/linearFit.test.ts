import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { linearFit } from "../../../src/engine/trends/linearFit";

describe("linearFit", () => {
  it("fits [1, 2, 4, 4, 6] by least squares", () => {
    // x = 0..4, x̄ = 2, ȳ = 17/5 = 3.4
    // Sxx = 4 + 1 + 0 + 1 + 4 = 10
    // Sxy = (−2)(−2.4) + (−1)(−1.4) + 0·0.6 + 1·0.6 + 2·2.6 = 4.8 + 1.4 + 0 + 0.6 + 5.2 = 12
    // slope = 12 / 10 = 1.2; intercept = 3.4 − 1.2·2 = 1.0
    // Excel: SLOPE({1,2,4,4,6},{1,2,3,4,5}) = 1.2, INTERCEPT(…,{1..5}) = −0.2 = ours − slope (x starts at 1 there)
    const fit = linearFit([1, 2, 4, 4, 6]);
    expect(fit.ok).toBe(true);
    if (!fit.ok) return;
    expect(fit.slope).toBeCloseTo(1.2, 12);
    expect(fit.intercept).toBeCloseTo(1, 12);
    expect(fit.n).toBe(5);
    expect(fit.lastIndex).toBe(4);
  });

  it("skips blanks but keeps their x", () => {
    // values at x = 0, 2, 3: (0,1) (2,5) (3,7); x̄ = 5/3, ȳ = 13/3
    // Sxx = (−5/3)² + (1/3)² + (4/3)² = (25 + 1 + 16)/9 = 42/9
    // Sxy = (−5/3)(−10/3) + (1/3)(2/3) + (4/3)(8/3) = (50 + 2 + 32)/9 = 84/9 → slope = 2
    // intercept = 13/3 − 2·5/3 = 1 (the points lie on y = 1 + 2x exactly)
    const fit = linearFit([1, null, 5, 7, undefined]);
    expect(fit).toEqual({ ok: true, slope: expect.closeTo(2, 12), intercept: expect.closeTo(1, 12), n: 3, lastIndex: 3 });
  });

  it("treats NaN and Infinity as blanks", () => {
    const fit = linearFit([1, NaN, 5, 7, Infinity, -Infinity]);
    expect(fit).toEqual({ ok: true, slope: expect.closeTo(2, 12), intercept: expect.closeTo(1, 12), n: 3, lastIndex: 3 });
  });

  it("says two points are not a trend", () => {
    expect(linearFit([3, null, 8])).toEqual({ ok: false, reason: "too-few-points", n: 2, needed: 3 });
    expect(linearFit([])).toEqual({ ok: false, reason: "too-few-points", n: 0, needed: 3 });
  });

  it("fits exactly three points (the boundary)", () => {
    // (0,2) (1,2) (2,5): x̄ = 1, ȳ = 3; Sxx = 2; Sxy = (−1)(−1) + 0 + 1·2 = 3 → slope 1.5, intercept 3 − 1.5 = 1.5
    expect(linearFit([2, 2, 5])).toEqual({ ok: true, slope: 1.5, intercept: 1.5, n: 3, lastIndex: 2 });
  });

  it("does not mutate its argument", () => {
    const series = Object.freeze([1, null, 4, 4, 6]);
    linearFit(series);
    expect(series).toEqual([1, null, 4, 4, 6]);
  });

  it("agrees with SLOPE in a spreadsheet engine (HyperFormula) on random series", () => {
    const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
    const sheet = hf.getSheetId(hf.addSheet("S")) as number;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 3, maxLength: 24 }), (ys) => {
        const xs = ys.map((_, i) => i);
        hf.setSheetContent(sheet, [ys, xs, [`=SLOPE(A1:${col(ys.length)}1,A2:${col(ys.length)}2)`]]);
        const slope = hf.getCellValue({ sheet, row: 2, col: 0 }) as number;
        const fit = linearFit(ys);
        expect(fit.ok).toBe(true);
        if (!fit.ok) return;
        // Excel's INTERCEPT = ȳ − SLOPE·x̄
        const meanY = ys.reduce((a, b) => a + b, 0) / ys.length;
        const meanX = (ys.length - 1) / 2;
        // HyperFormula rounds its results to about 10 significant digits: compare relatively
        expect(Math.abs(fit.slope - slope)).toBeLessThanOrEqual(1e-8 * Math.max(1, Math.abs(slope)));
        const intercept = meanY - slope * meanX;
        expect(Math.abs(fit.intercept - intercept)).toBeLessThanOrEqual(1e-7 * Math.max(1, Math.abs(intercept)));
      }),
      { seed: 20261127, numRuns: 200 },
    );
    hf.destroy();
  });
});

/** Spreadsheet column letters for a 1-based column number up to 26·27. */
function col(n: number): string {
  return n <= 26 ? String.fromCharCode(64 + n) : String.fromCharCode(64 + Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));
}
