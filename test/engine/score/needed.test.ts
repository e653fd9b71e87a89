import fc from "fast-check";
import { attainment } from "../../../src/engine/score/attainment";
import { bandAttainment } from "../../../src/engine/score/bandAttainment";
import { NEEDED_MESSAGES, needed, type NeededInput, type NeededResult } from "../../../src/engine/score/needed";
import type { AttainmentResult } from "../../../src/engine/score/attainmentResult";
import type { Direction } from "../../../src/engine/model";

/** The bounds of an ok result (fails the test otherwise). */
function boundsOf(result: NeededResult): { low?: number; high?: number } {
  if (!result.ok) throw new Error(`expected ok, got ${result.reason}`);
  return { low: result.low, high: result.high };
}
const codes = (result: NeededResult) => result.issues.map((i) => i.code);
const value = (result: AttainmentResult): number => (result.ok ? result.value : NaN);

describe("needed — higher is better: T + (s − 1)·|T| (at least this)", () => {
  it("gives the target for s = 1 and 90 for s = 0.9", () => {
    expect(needed({ target: 100, direction: "higher", threshold: 1 })).toEqual({ ok: true, low: 100, kind: "ratio", issues: [] });
    // 100 + (0.9 − 1)·100 = 90
    expect(boundsOf(needed({ target: 100, direction: "higher", threshold: 0.9 }))).toEqual({ low: 90, high: undefined });
  });
  it("uses the green threshold, 1.0, when the threshold is blank", () => {
    expect(boundsOf(needed({ target: 100, direction: "higher" })).low).toBe(100);
    expect(boundsOf(needed({ target: 100, direction: "higher", threshold: null })).low).toBe(100);
  });
  it("divides by |T| for a negative target", () => {
    // −50 + (0.9 − 1)·50 = −55; check: 1 + (−55 + 50)/50 = 0.9
    expect(boundsOf(needed({ target: -50, direction: "higher", threshold: 0.9 })).low).toBe(-55);
  });
  it("reaches above 1 too: s = 1.2 → 120", () => {
    expect(boundsOf(needed({ target: 100, direction: "higher", threshold: 1.2 })).low).toBe(120);
  });
  it("rounds away binary noise as attainment does: 0.3 + (0.9 − 1)·0.3 = 0.27", () => {
    expect(boundsOf(needed({ target: 0.3, direction: "higher", threshold: 0.9 })).low).toBe(0.27);
  });
});

describe("needed — lower is better: T − (s − 1)·|T| (at most this)", () => {
  it("gives 110 for T = 100, s = 0.9", () => {
    // 100 − (0.9 − 1)·100 = 110; check: 1 − (110 − 100)/100 = 0.9
    expect(needed({ target: 100, direction: "lower", threshold: 0.9 })).toEqual({ ok: true, high: 110, kind: "ratio", issues: [] });
  });
  it("gives −45 for T = −50, s = 0.9", () => {
    // −50 − (0.9 − 1)·50 = −45; check: 1 − (−45 + 50)/50 = 0.9
    expect(boundsOf(needed({ target: -50, direction: "lower", threshold: 0.9 })).high).toBe(-45);
  });
});

describe("needed — with a baseline B ≠ T: B + s·(T − B)", () => {
  it("higher: B = 80, T = 100, s = 0.9 → 98", () => {
    // 80 + 0.9·(100 − 80) = 98; check: (98 − 80)/(100 − 80) = 0.9
    expect(boundsOf(needed({ target: 100, baseline: 80, direction: "higher", threshold: 0.9 }))).toEqual({ low: 98, high: undefined });
  });
  it("lower: B = 10, T = 6, s = 0.5 → 8", () => {
    // 10 + 0.5·(6 − 10) = 8; check: (8 − 10)/(6 − 10) = 0.5
    expect(boundsOf(needed({ target: 6, baseline: 10, direction: "lower", threshold: 0.5 }))).toEqual({ low: undefined, high: 8 });
  });
  it("makes a zero target usable: lower, B = 10, T = 0, s = 0.9 → 1", () => {
    // 10 + 0.9·(0 − 10) = 1
    expect(needed({ target: 0, baseline: 10, direction: "lower", threshold: 0.9 })).toEqual({ ok: true, high: 1, kind: "ratio", issues: [] });
  });
  it("ignores a baseline equal to the target", () => {
    expect(boundsOf(needed({ target: 100, baseline: 100, direction: "higher", threshold: 0.9 })).low).toBe(90);
  });
});

describe("needed — on target: T ± (1 − s)·|T|, two answers", () => {
  it("gives 90 and 110 for T = 100, s = 0.9", () => {
    expect(needed({ target: 100, direction: "target", threshold: 0.9 })).toEqual({ ok: true, low: 90, high: 110, kind: "ratio", issues: [] });
  });
  it("gives the target twice for s = 1", () => {
    expect(boundsOf(needed({ target: 100, direction: "target" }))).toEqual({ low: 100, high: 100 });
  });
  it("with a baseline: T ± (1 − s)·|T − B|", () => {
    // 100 ± 0.1·|100 − 80| = 98, 102; check: 1 − |98 − 100|/20 = 0.9
    expect(boundsOf(needed({ target: 100, baseline: 80, direction: "target", threshold: 0.9 }))).toEqual({ low: 98, high: 102 });
  });
  it("cannot reach a score above 1", () => {
    const r = needed({ target: 100, direction: "target", threshold: 1.1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe("unreachable");
    expect(codes(r)).toEqual(["THRESHOLD_UNREACHABLE"]);
    expect(r.issues[0]?.message.en).toBe("A score of 1.1 cannot be reached: on target, the score is at most 1 (exactly on target).");
    expect(codes(needed({ target: 100, baseline: 80, direction: "target", threshold: 1.1 }))).toEqual(["THRESHOLD_UNREACHABLE"]);
  });
});

describe("needed — a target that contradicts its direction is inverted without the baseline, as attainment scores it", () => {
  it("lower is better with T above B", () => {
    // attainment ignores B = 100: 120 − (0.9 − 1)·120 = 132; check: 1 − (132 − 120)/120 = 0.9
    const r = needed({ target: 120, baseline: 100, direction: "lower", threshold: 0.9 });
    expect(boundsOf(r).high).toBe(132);
    expect(codes(r)).toEqual(["TARGET_CONTRADICTS_DIRECTION"]);
    expect(value(attainment({ actual: 132, target: 120, baseline: 100, direction: "lower" }))).toBeCloseTo(0.9, 12);
  });
  it("higher is better with T below B", () => {
    // 80 + (0.9 − 1)·80 = 72 (not 100 + 0.9·(80 − 100) = 82)
    const r = needed({ target: 80, baseline: 100, direction: "higher", threshold: 0.9 });
    expect(boundsOf(r).low).toBe(72);
    expect(r.issues[0]?.message.en).toBe("Higher is better, but the target 80 is below the baseline 100: check the direction or the target. Scored without the baseline.");
  });
  it("a zero target that contradicts is pass/fail, with both issues", () => {
    const r = needed({ target: 0, baseline: 10, direction: "higher", threshold: 0.9 });
    expect(r).toMatchObject({ ok: true, low: 0, kind: "pass-fail" });
    expect(codes(r)).toEqual(["TARGET_CONTRADICTS_DIRECTION", "ZERO_TARGET_PASS_FAIL"]);
  });
});

describe("needed — T = 0 without a baseline: 0 (pass/fail)", () => {
  it("needs 0 for every direction", () => {
    expect(needed({ target: 0, direction: "higher", threshold: 0.9 })).toMatchObject({ ok: true, low: 0, kind: "pass-fail" });
    expect(needed({ target: 0, direction: "lower", threshold: 0.9 })).toMatchObject({ ok: true, high: 0, kind: "pass-fail" });
    expect(needed({ target: 0, direction: "target" })).toMatchObject({ ok: true, low: 0, high: 0, kind: "pass-fail" });
    expect(codes(needed({ target: 0, direction: "higher" }))).toEqual(["ZERO_TARGET_PASS_FAIL"]);
  });
  it("and 0 is where attainment turns 1", () => {
    expect(value(attainment({ actual: 0, target: 0, direction: "higher" }))).toBe(1);
    expect(value(attainment({ actual: -0.001, target: 0, direction: "higher" }))).toBe(0);
  });
  it("cannot reach a score above 1", () => {
    const r = needed({ target: 0, direction: "higher", threshold: 1.2 });
    expect(r).toMatchObject({ ok: false, reason: "unreachable" });
    expect(codes(r)).toEqual(["ZERO_TARGET_PASS_FAIL", "THRESHOLD_UNREACHABLE"]);
  });
});

describe("needed — band [L, U]: L − (1 − s)·|L| to U + (1 − s)·|U| (inverse of bandAttainment)", () => {
  it("gives 81 and 121 for [90, 110], s = 0.9", () => {
    // 90 − 0.1·90 = 81, 110 + 0.1·110 = 121; bandAttainment gives 0.9 at both (see its @example)
    expect(needed({ direction: "band", band: [90, 110], threshold: 0.9 })).toEqual({ ok: true, low: 81, high: 121, kind: "ratio", issues: [] });
    expect(value(bandAttainment(81, 90, 110))).toBeCloseTo(0.9, 12);
    expect(value(bandAttainment(121, 90, 110))).toBeCloseTo(0.9, 12);
  });
  it("gives the band itself for s = 1, and takes a band with direction target as attainment does", () => {
    expect(boundsOf(needed({ direction: "band", band: [90, 110] }))).toEqual({ low: 90, high: 110 });
    expect(boundsOf(needed({ target: 100, direction: "target", band: [90, 110], threshold: 0.9 }))).toEqual({ low: 81, high: 121 });
  });
  it("swaps reversed bounds with a warning, and keeps a bound of 0", () => {
    const r = needed({ direction: "band", band: [110, 90], threshold: 0.9 });
    expect(boundsOf(r)).toEqual({ low: 81, high: 121 });
    expect(codes(r)).toEqual(["BAND_REVERSED"]);
    expect(boundsOf(needed({ direction: "band", band: [0, 10], threshold: 0.9 }))).toEqual({ low: 0, high: 11 });
  });
  it("fails without bounds, or above 1", () => {
    expect(needed({ target: 100, direction: "band" })).toMatchObject({ ok: false, reason: "no-band" });
    expect(needed({ direction: "band", band: [90, 110], threshold: 1.05 })).toMatchObject({ ok: false, reason: "unreachable" });
  });
});

describe("needed — failures are values, never thrown", () => {
  it("no target", () => {
    const r = needed({ target: undefined, direction: "higher" });
    expect(r).toMatchObject({ ok: false, reason: "no-target" });
    expect(codes(r)).toEqual(["NO_TARGET"]);
    expect(needed({ target: null, direction: "target" })).toMatchObject({ ok: false, reason: "no-target" });
  });
  it("inputs that are not finite, and overflow", () => {
    expect(needed({ target: NaN, direction: "higher" })).toMatchObject({ ok: false, reason: "not-finite" });
    expect(needed({ target: 100, baseline: Infinity, direction: "higher" })).toMatchObject({ ok: false, reason: "not-finite" });
    const r = needed({ target: 100, direction: "higher", threshold: NaN });
    expect(r.issues[0]?.message.en).toBe("The threshold is not a finite number (NaN).");
    expect(r.issues[0]?.message.zh).toBe("阈值不是有限数值（NaN）。");
    expect(needed({ target: 1e308, direction: "higher", threshold: 1e10 })).toMatchObject({ ok: false, reason: "not-finite" });
    expect(codes(needed({ target: 1e308, direction: "higher", threshold: 1e10 }))).toEqual(["RESULT_NOT_FINITE"]);
  });
  it("NEEDED_MESSAGES has both languages with matching placeholders", () => {
    for (const template of Object.values(NEEDED_MESSAGES)) {
      expect(template.zh).toMatch(/[\u4e00-\u9fff]/);
      const names = (text: string, suffix: RegExp) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => (m[1] ?? "").replace(suffix, "")).sort();
      expect(names(template.zh, /Zh$/)).toEqual(names(template.en, /En$/));
    }
  });
});

describe("needed — property: attainment at the needed actual is the threshold (within 1e-9)", () => {
  const params = { seed: 20261127, numRuns: 1000 };
  /** Realistic magnitudes; targets away from 0 (a target of 5e-324 legitimately overflows). */
  const num = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  const nonZero = num.filter((t) => Math.abs(t) >= 1e-6);
  /** A baseline, or none; kept away from the target (B ≈ T makes T − B a cancellation, not a KPI). */
  const baselineFor = (target: number) => fc.option(num.filter((b) => Math.abs(target - b) >= 0.01 * Math.max(Math.abs(target), Math.abs(b), 1)), { nil: undefined });
  const anyScore = fc.double({ min: -2, max: 2, noNaN: true });
  const atMostOne = fc.double({ min: -2, max: 1, noNaN: true });
  const kpi = (scores: fc.Arbitrary<number>) =>
    nonZero.chain((target) => fc.record({ target: fc.constant(target), baseline: baselineFor(target), threshold: scores }));
  const close = (actual: number | undefined, input: NeededInput & { threshold: number }) => {
    expect(actual).toBeDefined();
    const r = attainment({ actual, target: input.target, baseline: input.baseline, direction: input.direction });
    expect(r.ok).toBe(true);
    expect(Math.abs(value(r) - input.threshold)).toBeLessThanOrEqual(1e-9);
  };

  it.each<Direction>(["higher", "lower"])("%s: one bound (low for higher, high for lower), the exact inverse, for any s", (direction) => {
    fc.assert(
      fc.property(kpi(anyScore), (k) => {
        const input = { ...k, direction };
        const r = needed(input);
        expect(r.ok && r.kind === "ratio").toBe(true);
        if (!r.ok) return;
        expect(direction === "higher" ? r.high : r.low).toBeUndefined();
        close(direction === "higher" ? r.low : r.high, input);
      }),
      params,
    );
  });

  it("target: two bounds, each the exact inverse, for s ≤ 1; unreachable above 1", () => {
    fc.assert(
      fc.property(kpi(anyScore), (k) => {
        const input = { ...k, direction: "target" as const };
        const r = needed(input);
        if (k.threshold > 1) {
          expect(r).toMatchObject({ ok: false, reason: "unreachable" });
          return;
        }
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.low).toBeLessThanOrEqual(r.high ?? NaN);
        close(r.low, input);
        close(r.high, input);
      }),
      params,
    );
  });

  it("band: both bounds are the exact inverse of bandAttainment for s ≤ 1", () => {
    fc.assert(
      fc.property(nonZero, nonZero, atMostOne, (a, b, threshold) => {
        const r = needed({ direction: "band", band: [a, b], threshold });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        for (const actual of [r.low, r.high]) expect(Math.abs(value(bandAttainment(actual, a, b)) - threshold)).toBeLessThanOrEqual(1e-9);
      }),
      params,
    );
  });

  it("zero target without a baseline: attainment at 0 is 1, so every s ≤ 1 is reached there", () => {
    fc.assert(
      fc.property(fc.constantFrom<Direction>("higher", "lower", "target"), atMostOne, (direction, threshold) => {
        const r = needed({ target: 0, direction, threshold });
        expect(r).toMatchObject({ ok: true, kind: "pass-fail" });
        if (!r.ok) return;
        for (const actual of [r.low, r.high].filter((v) => v !== undefined)) {
          expect(value(attainment({ actual, target: 0, direction }))).toBeGreaterThanOrEqual(threshold);
        }
      }),
      params,
    );
  });

  it("never throws and gives only finite numbers, whatever the input", () => {
    const anyNum = fc.oneof(fc.double(), fc.constantFrom(NaN, Infinity, -Infinity, -0, 0), fc.constant(undefined), fc.constant(null));
    const direction = fc.constantFrom<Direction>("higher", "lower", "target", "band");
    fc.assert(
      fc.property(anyNum, anyNum, anyNum, direction, fc.option(fc.tuple(fc.double(), fc.double()), { nil: undefined }), (target, baseline, threshold, dir, band) => {
        const r = needed({ target, baseline, threshold, direction: dir, band });
        if (r.ok) for (const v of [r.low, r.high]) if (v !== undefined) expect(Number.isFinite(v)).toBe(true);
        expect(Object.is(r.ok ? r.low : undefined, -0)).toBe(false);
      }),
      params,
    );
  });
});
