import fc from "fast-check";
import { attainment } from "../../../src/engine/score/attainment";
import { bandAttainment } from "../../../src/engine/score/bandAttainment";
import { clampScore } from "../../../src/engine/score/clampScore";
import { rollUp } from "../../../src/engine/score/rollUp";
import { STATUSES, statusOf } from "../../../src/engine/score/status";
import { weightedTotal } from "../../../src/engine/score/weightedTotal";
import type { Direction } from "../../../src/engine/model";

const params = { seed: 20261127, numRuns: 500 };
/** Realistic magnitudes (no overflow), so ok results can be compared. */
const num = fc.double({ min: -1e6, max: 1e6, noNaN: true });
/** Targets away from 0 (a target of 5e-324 legitimately overflows to not-finite). */
const nonZero = num.filter((t) => Math.abs(t) >= 1e-9);
/** Anything a number can be, including NaN, ±Infinity, −0 and blanks. */
const anyNum = fc.oneof(fc.double(), fc.constantFrom(NaN, Infinity, -Infinity, -0, 0), fc.constant(undefined), fc.constant(null));
const direction = fc.constantFrom<Direction>("higher", "lower", "target", "band");
const baseline = fc.option(num, { nil: undefined });

describe("score properties", () => {
  it("attainment is monotone in the actual: non-decreasing for higher, non-increasing for lower", () => {
    fc.assert(
      fc.property(num, num, num, baseline, (a1, a2, target, b) => {
        const [lo, hi] = a1 <= a2 ? [a1, a2] : [a2, a1];
        for (const dir of ["higher", "lower"] as const) {
          const rLo = attainment({ actual: lo, target, baseline: b, direction: dir });
          const rHi = attainment({ actual: hi, target, baseline: b, direction: dir });
          if (!rLo.ok || !rHi.ok) continue;
          if (dir === "higher") expect(rHi.value).toBeGreaterThanOrEqual(rLo.value);
          else expect(rHi.value).toBeLessThanOrEqual(rLo.value);
        }
      }),
      params,
    );
  });

  it("lower-is-better mirrors higher-is-better without a baseline: att_lower = 2 − att_higher", () => {
    fc.assert(
      fc.property(num, nonZero, (actual, target) => {
        const h = attainment({ actual, target, direction: "higher" });
        const l = attainment({ actual, target, direction: "lower" });
        expect(h.ok && l.ok).toBe(true);
        if (h.ok && l.ok) expect(Math.abs(l.value - (2 - h.value))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(h.value)));
      }),
      params,
    );
  });

  it("clampScore stays within [floor, cap] and never returns NaN", () => {
    fc.assert(
      fc.property(fc.double(), num, num, (a, f, c) => {
        const [floor, cap] = f <= c ? [f, c] : [c, f];
        const s = clampScore(a, floor, cap);
        expect(s).toBeGreaterThanOrEqual(floor);
        expect(s).toBeLessThanOrEqual(cap);
        const d = clampScore(a);
        expect(d >= 0 && d <= 1.2).toBe(true);
      }),
      params,
    );
  });

  const scored = fc.array(fc.record({ score: fc.double({ min: 0, max: 1.2, noNaN: true }), weight: fc.double({ min: 0.001, max: 1000, noNaN: true }) }), { minLength: 1, maxLength: 20 });

  it("weightedTotal is invariant to scaling all weights by k > 0", () => {
    fc.assert(
      fc.property(scored, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (items, k) => {
        const base = weightedTotal(items).value ?? NaN;
        const scaled = weightedTotal(items.map((i) => ({ score: i.score, weight: i.weight * k }))).value ?? NaN;
        expect(Math.abs(scaled - base)).toBeLessThanOrEqual(1e-9);
      }),
      params,
    );
  });

  it("weightedTotal is invariant to permuting the items", () => {
    fc.assert(
      fc.property(scored.chain((items) => fc.tuple(fc.constant(items), fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length }))), ([items, shuffled]) => {
        const a = weightedTotal(items).value ?? NaN;
        const b = weightedTotal(shuffled).value ?? NaN;
        expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9);
      }),
      params,
    );
  });

  it("weightedTotal stays between the smallest and largest score used", () => {
    fc.assert(
      fc.property(scored, (items) => {
        const v = weightedTotal(items).value ?? NaN;
        const scores = items.map((i) => i.score);
        expect(v).toBeGreaterThanOrEqual(Math.min(...scores) - 1e-9);
        expect(v).toBeLessThanOrEqual(Math.max(...scores) + 1e-9);
      }),
      params,
    );
  });

  it("nothing throws and no value is NaN or infinite, for any number-like input", () => {
    const band = fc.option(fc.tuple(fc.double(), fc.double()), { nil: undefined });
    fc.assert(
      fc.property(anyNum, anyNum, anyNum, direction, band, anyNum, anyNum, (a, t, b, dir, bd, f, c) => {
        const r = attainment({ actual: a, target: t, baseline: b, direction: dir, band: bd });
        if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
        else expect(r.issues.length).toBeGreaterThan(0);
        const bandResult = bandAttainment(a, t ?? 0, b ?? 0);
        if (bandResult.ok) expect(Number.isFinite(bandResult.value)).toBe(true);
        const s = clampScore(r.ok ? r.value : (a ?? NaN), f, c);
        expect(Number.isNaN(s)).toBe(false);
        expect(STATUSES).toContain(statusOf(a, { green: t ?? undefined, amber: b ?? undefined }));
        const items = [{ score: a, weight: t, group: "x" }, { score: b, weight: f }, { score: c, weight: null }];
        const w = weightedTotal(items);
        if (w.value !== undefined) expect(Number.isFinite(w.value)).toBe(true);
        for (const row of rollUp(items)) {
          if (row.weighted !== undefined) expect(Number.isFinite(row.weighted)).toBe(true);
          if (row.worst !== undefined) expect(Number.isFinite(row.worst)).toBe(true);
        }
      }),
      { seed: 20261127, numRuns: 2000 },
    );
  });
});
