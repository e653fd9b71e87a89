import { bandAttainment } from "../../../src/engine/score/bandAttainment";

describe("bandAttainment — 1 inside [L, U], else 1 − d / |nearer bound|", () => {
  it("is 1 inside the band, bounds included", () => {
    for (const a of [90, 100, 110]) expect(bandAttainment(a, 90, 110)).toEqual({ ok: true, value: 1, kind: "ratio", issues: [] });
  });
  it("measures the distance to the nearer bound, relative to that bound", () => {
    // above: 1 − (121 − 110)/110 = 0.9; below: 1 − (90 − 81)/90 = 0.9
    expect(bandAttainment(121, 90, 110)).toMatchObject({ ok: true, value: expect.closeTo(0.9, 12) as number });
    expect(bandAttainment(81, 90, 110)).toMatchObject({ ok: true, value: expect.closeTo(0.9, 12) as number });
    // far outside goes negative (clampScore makes it 0): 1 − (300 − 110)/110 = −80/110
    expect(bandAttainment(300, 90, 110)).toMatchObject({ ok: true, value: expect.closeTo(-80 / 110, 12) as number });
  });
  it("works with negative bounds (divides by |bound|)", () => {
    // band [−10, −5], A = −12: d = 2, |L| = 10 → 0.8
    expect(bandAttainment(-12, -10, -5)).toMatchObject({ ok: true, value: expect.closeTo(0.8, 12) as number });
    // A = −4: d = 1, |U| = 5 → 0.8
    expect(bandAttainment(-4, -10, -5)).toMatchObject({ ok: true, value: expect.closeTo(0.8, 12) as number });
  });
  it("accepts bounds high to low, with a warning", () => {
    // [110, 90] read as [90, 110]: 1 − (121 − 110)/110 = 0.9
    const r = bandAttainment(121, 110, 90);
    expect(r).toMatchObject({ ok: true, value: expect.closeTo(0.9, 12) as number });
    expect(r.issues.map((i) => i.code)).toEqual(["BAND_REVERSED"]);
    expect(r.issues[0]?.message.en).toBe("The range bounds were given high to low (110, 90): read as 90 to 110.");
  });
  it("treats a one-point band as exact", () => {
    // [5, 5], A = 6: 1 − 1/5 = 0.8
    expect(bandAttainment(5, 5, 5)).toMatchObject({ ok: true, value: 1 });
    expect(bandAttainment(6, 5, 5)).toMatchObject({ ok: true, value: expect.closeTo(0.8, 12) as number });
  });
  it("gives zero-divisor when the nearer bound is 0 and the actual is outside", () => {
    const r = bandAttainment(-2, 0, 5);
    expect(r).toMatchObject({ ok: false, reason: "zero-divisor" });
    expect(r.issues.map((i) => i.code)).toEqual(["BAND_ZERO_BOUND"]);
    // inside a band touching 0 is fine
    expect(bandAttainment(0, 0, 5)).toMatchObject({ ok: true, value: 1 });
    // outside on the far side: 1 − (6 − 5)/5 = 0.8
    expect(bandAttainment(6, 0, 5)).toMatchObject({ ok: true, value: expect.closeTo(0.8, 12) as number });
  });
  it("reports blank and non-finite inputs", () => {
    expect(bandAttainment(undefined, 1, 2)).toMatchObject({ ok: false, reason: "no-actual" });
    expect(bandAttainment(null, 1, 2)).toMatchObject({ ok: false, reason: "no-actual" });
    expect(bandAttainment(NaN, 1, 2)).toMatchObject({ ok: false, reason: "not-finite" });
    const r = bandAttainment(1, -Infinity, 2);
    expect(r).toMatchObject({ ok: false, reason: "not-finite" });
    expect(r.issues[0]?.message.en).toBe("The low bound is not a finite number (-Infinity).");
    expect(bandAttainment(1, 0, NaN)).toMatchObject({ ok: false, reason: "not-finite" });
  });
});
