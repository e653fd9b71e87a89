import { projectLinear } from "../../../src/engine/trends/projectLinear";

describe("projectLinear", () => {
  const series = [1, 2, 4, 4, 6]; // slope 1.2, intercept 1 (see linearFit.test.ts), last value at x = 4

  it("projects to the deadline like FORECAST.LINEAR", () => {
    // x = 4 + 2 = 6: 1 + 1.2·6 = 8.2. Excel (x from 1): FORECAST.LINEAR(7, {1,2,4,4,6}, {1,2,3,4,5}) = −0.2 + 1.2·7 = 8.2
    expect(projectLinear(series, 2)).toEqual({ ok: true, value: expect.closeTo(8.2, 12), method: "linear", slope: expect.closeTo(1.2, 12) });
  });

  it("gives the fitted value at the last point for a horizon of 0, and accepts fractions", () => {
    // 1 + 1.2·4 = 5.8; half a period later 1 + 1.2·4.5 = 6.4
    expect(projectLinear(series, 0)).toMatchObject({ ok: true, value: expect.closeTo(5.8, 12) });
    expect(projectLinear(series, 0.5)).toMatchObject({ ok: true, value: expect.closeTo(6.4, 12) });
  });

  it("counts periods from the last value: trailing blanks do not move the anchor", () => {
    expect(projectLinear([1, 2, 4, 4, 6, null, null], 2)).toMatchObject({ ok: true, value: expect.closeTo(8.2, 12) });
  });

  it("counts a blank inside the history as a period of time", () => {
    // [1, _, 5, 7] lies on y = 1 + 2x, last value at x = 3; one period later x = 4: 1 + 2·4 = 9
    expect(projectLinear([1, null, 5, 7], 1)).toMatchObject({ ok: true, value: expect.closeTo(9, 12), slope: expect.closeTo(2, 12) });
  });

  it("reports a bad horizon", () => {
    for (const h of [-1, NaN, Infinity, -Infinity]) {
      expect(projectLinear(series, h)).toEqual({ ok: false, reason: "bad-horizon", n: 5, needed: 3 });
    }
  });

  it("reports too few points", () => {
    expect(projectLinear([4, null, 6], 3)).toEqual({ ok: false, reason: "too-few-points", n: 2, needed: 3 });
  });

  it("does not mutate its argument", () => {
    const input = Object.freeze([1, null, 5, 7]);
    projectLinear(input, 1);
    expect(input).toEqual([1, null, 5, 7]);
  });
});
