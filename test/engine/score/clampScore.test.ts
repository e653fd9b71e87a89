import { clampScore, DEFAULT_CAP, DEFAULT_FLOOR } from "../../../src/engine/score/clampScore";

describe("clampScore — attainment clamped to [floor, cap], default [0, 1.2]", () => {
  it("keeps values inside the range", () => {
    expect(clampScore(0.85)).toBe(0.85);
    expect(clampScore(1.1)).toBe(1.1);
  });
  it("clamps at the defaults, boundaries included", () => {
    expect([DEFAULT_FLOOR, DEFAULT_CAP]).toEqual([0, 1.2]);
    expect(clampScore(1.35)).toBe(1.2);
    expect(clampScore(-0.4)).toBe(0);
    expect(clampScore(1.2)).toBe(1.2);
    expect(clampScore(0)).toBe(0);
  });
  it("uses a given floor and cap", () => {
    expect(clampScore(1.35, 0, 1.5)).toBe(1.35);
    expect(clampScore(0.3, 0.5, 1)).toBe(0.5);
    expect(clampScore(5, 0, Infinity)).toBe(5);
  });
  it("falls back to defaults for blank or NaN bounds, and swaps a floor above the cap", () => {
    expect(clampScore(2, null, null)).toBe(1.2);
    expect(clampScore(-1, NaN, NaN)).toBe(0);
    expect(clampScore(2, 1.5, 0.5)).toBe(1.5);
    expect(clampScore(0.2, 1.5, 0.5)).toBe(0.5);
  });
  it("never returns NaN", () => {
    expect(clampScore(NaN)).toBe(0);
    expect(clampScore(Infinity)).toBe(1.2);
    expect(clampScore(-Infinity)).toBe(0);
  });
});
