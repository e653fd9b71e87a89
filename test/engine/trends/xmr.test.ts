import { xmr } from "../../../src/engine/trends/xmr";

describe("xmr", () => {
  it("computes centre, mR̄ and limits by hand", () => {
    // [10, 12, 11, 13, 12, 14]: X̄ = 72/6 = 12; mR = 2, 1, 2, 1, 2 → mR̄ = 8/5 = 1.6
    // limits 12 ± 2.66·1.6 = 12 ± 4.256 → 16.256 and 7.744; every point is within, no run, no 3-of-4
    expect(xmr([10, 12, 11, 13, 12, 14])).toEqual({
      ok: true,
      centre: 12,
      mrBar: expect.closeTo(1.6, 12),
      upper: expect.closeTo(16.256, 12),
      lower: expect.closeTo(7.744, 12),
      n: 6,
      signals: [],
    });
  });

  it("needs 6 numbers", () => {
    expect(xmr([10, 12, null, 11, 13, 12])).toEqual({ ok: false, reason: "too-few-points", n: 5, needed: 6 });
    expect(xmr([])).toEqual({ ok: false, reason: "too-few-points", n: 0, needed: 6 });
  });

  it("raises ABOVE_LIMIT alone for a point above the upper limit", () => {
    // [10, 12, 11, 13, 12, 30]: X̄ = 88/6 = 14.667; mR = 2, 1, 2, 1, 18 → mR̄ = 24/5 = 4.8; upper = 14.667 + 12.768 = 27.435
    // 30 > 27.435 → signal at index 5. Midpoint 14.667 + 6.384 = 21.05: only 30 is beyond; 5 points below then 1 above: no run
    const r = xmr([10, 12, 11, 13, 12, 30]);
    expect(r).toMatchObject({ ok: true, mrBar: expect.closeTo(4.8, 12), upper: expect.closeTo(27.434667, 5) });
    expect(r.ok && r.signals).toEqual([{ kind: "ABOVE_LIMIT", index: 5 }]);
    expect(r.ok && r.latest).toEqual({ kind: "ABOVE_LIMIT", index: 5 });
  });

  it("raises BELOW_LIMIT alone for a point below the lower limit", () => {
    // [20, 18, 19, 17, 18, 0]: X̄ = 92/6 = 15.333; mR̄ = (2+1+2+1+18)/5 = 4.8; lower = 15.333 − 12.768 = 2.565; 0 < 2.565
    const r = xmr([20, 18, 19, 17, 18, 0]);
    expect(r.ok && r.signals).toEqual([{ kind: "BELOW_LIMIT", index: 5 }]);
  });

  it("raises RUN_ABOVE alone from the 8th point of a run on one side", () => {
    // [2, 9, 2, 9, 2, 7, 6, 7, 6, 7, 6, 7, 6]: X̄ = (24 + 4·7 + 4·6)/13 = 76/13 = 5.846
    // mR = 7, 7, 7, 7, 5, then 1 ×7 → mR̄ = 40/12 = 3.333; limits 5.846 ± 8.867; midpoints 5.846 ± 4.433 (= 10.28 / 1.41)
    // no point beyond a midpoint; indices 5…12 (7, 6, 7, …) are all above 5.846: the 8th of them is index 12
    const r = xmr([2, 9, 2, 9, 2, 7, 6, 7, 6, 7, 6, 7, 6]);
    expect(r.ok && r.signals).toEqual([{ kind: "RUN_ABOVE", index: 12 }]);
  });

  it("raises a run signal at the 8th and every later point, and RUN_BELOW below", () => {
    // mirror of the series above around 10 (x → 20 − x), plus one more point on the same side
    const r = xmr([18, 11, 18, 11, 18, 13, 14, 13, 14, 13, 14, 13, 14, 13]);
    expect(r.ok && r.signals).toEqual([
      { kind: "RUN_BELOW", index: 12 },
      { kind: "RUN_BELOW", index: 13 },
    ]);
  });

  it("raises NEAR_UPPER alone for 3 of 4 points beyond the upper midpoint", () => {
    // [8, 9, 10, 11, 10, 9, 8, 9, 12, 10, 12, 12]: X̄ = (74 + 46)/12 = 10
    // mR = 1 ×7, 3, 2, 2, 0 → mR̄ = 14/11 = 1.2727; limits 10 ± 3.3855; upper midpoint 10 + 1.6927 = 11.693
    // 12 at indices 8, 10, 11 is beyond it: window 8…11 holds 3 → signal at 11 (window 7…10 holds only 2)
    // limits 6.61…13.39 hold every point; sides − − 0 + 0 − − − + 0 + +: no run of 8
    const r = xmr([8, 9, 10, 11, 10, 9, 8, 9, 12, 10, 12, 12]);
    expect(r).toMatchObject({ ok: true, centre: 10, mrBar: expect.closeTo(14 / 11, 12) });
    expect(r.ok && r.signals).toEqual([{ kind: "NEAR_UPPER", index: 11 }]);
  });

  it("raises NEAR_LOWER alone for 3 of 4 points beyond the lower midpoint", () => {
    // the mirror image around 10 of the series above: 8 at indices 8, 10, 11
    const r = xmr([12, 11, 10, 9, 10, 11, 12, 11, 8, 10, 8, 8]);
    expect(r.ok && r.signals).toEqual([{ kind: "NEAR_LOWER", index: 11 }]);
  });

  it("skips blanks: moving ranges and windows run across them, indices stay positions", () => {
    const r = xmr([8, 9, null, 10, 11, 10, 9, 8, 9, 12, undefined, 10, 12, NaN, 12]);
    expect(r).toMatchObject({ ok: true, centre: 10, mrBar: expect.closeTo(14 / 11, 12), n: 12 });
    expect(r.ok && r.signals).toEqual([{ kind: "NEAR_UPPER", index: 14 }]);
  });

  it("breaks ties at the latest point LIMIT before NEAR", () => {
    // [8,9,10,11,10,9,8,9,10,11,10,9,8,9,12,10,12,14]: Σ = 131 + 48 = 179, X̄ = 179/18 = 9.944
    // mR = 1 ×13, then 3, 2, 2, 2 → mR̄ = 22/17 = 1.294; upper = 9.944 + 3.442 = 13.387; midpoint 11.666
    // index 17 (14) is above the limit, and 12, 12, 14 at 14, 16, 17 are 3 of 4 beyond the midpoint
    const r = xmr([8, 9, 10, 11, 10, 9, 8, 9, 10, 11, 10, 9, 8, 9, 12, 10, 12, 14]);
    expect(r.ok && r.signals).toEqual([
      { kind: "ABOVE_LIMIT", index: 17 },
      { kind: "NEAR_UPPER", index: 17 },
    ]);
    expect(r.ok && r.latest).toEqual({ kind: "ABOVE_LIMIT", index: 17 });
  });

  it("breaks ties at the latest point RUN before NEAR, and later quiet points do not count", () => {
    // [10,10,11,10,12,12,10,12,6,6]: X̄ = 99/10 = 9.9; mR = 0,1,1,2,0,2,2,6,0 → mR̄ = 14/9 = 1.556
    // upper midpoint 9.9 + 2.069 = 11.969: 12 at 4, 5, 7 → NEAR_UPPER at 7; indices 0…7 all above 9.9 → RUN_ABOVE at 7
    // the two 6s (lower midpoint 7.83) are only 2 of 4 and inside the lower limit 5.76: no signal after 7
    const r = xmr([10, 10, 11, 10, 12, 12, 10, 12, 6, 6]);
    expect(r.ok && r.signals).toEqual([
      { kind: "RUN_ABOVE", index: 7 },
      { kind: "NEAR_UPPER", index: 7 },
    ]);
    expect(r.ok && r.latest).toEqual({ kind: "RUN_ABOVE", index: 7 });
  });

  it("lists every signal by position; latest belongs to the last point that raised any", () => {
    // Σ by parts: 8+9+10+11+10+9+8+9 = 74, 10+9+8+9 = 36, 13+10+13+15 = 51 → 161/16 = 10.0625
    // indices 4…11 (10, 9, 8, 9, 10, 9, 8, 9) are all below 10.0625 → RUN_BELOW at 11 (the 8th)
    // mR = 1 ×11, 4, 3, 3, 2 → mR̄ = 23/15 = 1.533; upper = 10.0625 + 4.079 = 14.141 < 15 → ABOVE_LIMIT at 15,
    // and 13, 13, 15 at 12, 14, 15 are beyond the midpoint 12.10 → NEAR_UPPER at 15 too
    const r = xmr([8, 9, 10, 11, 10, 9, 8, 9, 10, 9, 8, 9, 13, 10, 13, 15]);
    expect(r.ok && r.signals).toEqual([
      { kind: "RUN_BELOW", index: 11 },
      { kind: "ABOVE_LIMIT", index: 15 },
      { kind: "NEAR_UPPER", index: 15 },
    ]);
    expect(r.ok && r.latest).toEqual({ kind: "ABOVE_LIMIT", index: 15 });
  });

  it("gives no signal for a constant series", () => {
    expect(xmr([5, 5, 5, null, 5, 5, 5, 5, 5, 5])).toEqual({ ok: true, centre: 5, mrBar: 0, upper: 5, lower: 5, n: 9, signals: [] });
  });

  it("does not mutate its argument", () => {
    const input = Object.freeze([10, 12, null, 11, 13, 12, 30]);
    xmr(input);
    expect(input).toEqual([10, 12, null, 11, 13, 12, 30]);
  });
});
