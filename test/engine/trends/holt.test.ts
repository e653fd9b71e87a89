import { HOLT_DEFAULTS, projectHolt } from "../../../src/engine/trends/holt";

describe("projectHolt", () => {
  it("documents its defaults", () => {
    expect(HOLT_DEFAULTS).toEqual({ alpha: 0.5, beta: 0.3 });
  });

  it("smooths a small series by hand (α 0.5, β 0.3)", () => {
    // [10, 12, 15, 15]: start L = 12, T = 12 − 10 = 2
    // y = 15: F = 12 + 2 = 14; L = 14 + 0.5·(15 − 14) = 14.5; T = 2 + 0.3·((14.5 − 12) − 2) = 2.15
    // y = 15: F = 14.5 + 2.15 = 16.65; L = 16.65 + 0.5·(15 − 16.65) = 15.825; T = 2.15 + 0.3·((15.825 − 14.5) − 2.15) = 1.9025
    // 2 ahead: 15.825 + 2·1.9025 = 19.63
    expect(projectHolt([10, 12, 15, 15], 2)).toEqual({ ok: true, value: expect.closeTo(19.63, 12), method: "holt", slope: expect.closeTo(1.9025, 12) });
    expect(projectHolt([10, 12, 15, 15], 0)).toMatchObject({ value: expect.closeTo(15.825, 12) });
  });

  it("uses the α and β given", () => {
    // [10, 12, 15], α 0.8, β 0.2: L = 12, T = 2; F = 14; L = 14 + 0.8·1 = 14.8; T = 2 + 0.2·(2.8 − 2) = 2.16; 1 ahead: 16.96
    expect(projectHolt([10, 12, 15], 1, { alpha: 0.8, beta: 0.2 })).toMatchObject({ ok: true, value: expect.closeTo(16.96, 12), slope: expect.closeTo(2.16, 12) });
  });

  it("carries the forecast through a blank", () => {
    // [10, 12, _, 18]: L = 12, T = 2; blank: L = 14 (T stays 2); y = 18: F = 16; L = 16 + 0.5·2 = 17;
    // T = 2 + 0.3·((17 − 14) − 2) = 2.3; 1 ahead: 19.3
    expect(projectHolt([10, 12, null, 18], 1)).toMatchObject({ ok: true, value: expect.closeTo(19.3, 12), slope: expect.closeTo(2.3, 12) });
  });

  it("starts the trend over the gap when the first two values are apart", () => {
    // [10, _, 14, 17]: T = (14 − 10)/2 = 2, L = 14; y = 17: F = 16; L = 16.5; T = 2 + 0.3·(2.5 − 2) = 2.15
    expect(projectHolt([10, null, 14, 17], 0)).toMatchObject({ ok: true, value: expect.closeTo(16.5, 12), slope: expect.closeTo(2.15, 12) });
  });

  it("ignores leading and trailing blanks (periods count from the last value)", () => {
    expect(projectHolt([null, NaN, 10, 12, 15, 15, undefined], 2)).toMatchObject({ ok: true, value: expect.closeTo(19.63, 12) });
  });

  it("reports too few points, a bad horizon and bad smoothing factors", () => {
    expect(projectHolt([10, 12], 1)).toEqual({ ok: false, reason: "too-few-points", n: 2, needed: 3 });
    expect(projectHolt([10, 12, 15], -2)).toEqual({ ok: false, reason: "bad-horizon", n: 3, needed: 3 });
    for (const options of [{ alpha: 0 }, { alpha: 1 }, { beta: 1 }, { beta: -0.1 }, { alpha: NaN }]) {
      expect(projectHolt([10, 12, 15], 1, options)).toEqual({ ok: false, reason: "bad-smoothing", n: 3, needed: 3 });
    }
  });

  it("does not mutate its arguments", () => {
    const input = Object.freeze([10, 12, null, 18]);
    const options = Object.freeze({ alpha: 0.4 });
    projectHolt(input, 1, options);
    expect(input).toEqual([10, 12, null, 18]);
    expect(options).toEqual({ alpha: 0.4 });
  });
});
