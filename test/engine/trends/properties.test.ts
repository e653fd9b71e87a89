import fc from "fast-check";
import { linearFit } from "../../../src/engine/trends/linearFit";
import { projectLinear } from "../../../src/engine/trends/projectLinear";
import { projectHolt } from "../../../src/engine/trends/holt";
import { xmr, type Signal } from "../../../src/engine/trends/xmr";
import { suggestTarget } from "../../../src/engine/trends/suggestTarget";
import { expectedToday } from "../../../src/engine/trends/pace";

const SEED = 20261127;
const PRIORITY: Record<Signal["kind"], number> = { ABOVE_LIMIT: 0, BELOW_LIMIT: 0, RUN_ABOVE: 1, RUN_BELOW: 1, NEAR_UPPER: 2, NEAR_LOWER: 2 };

/** A history: small integers with some blanks, 0–30 periods. */
const history = fc.array(fc.oneof({ weight: 5, arbitrary: fc.integer({ min: -50, max: 50 }) }, { weight: 1, arbitrary: fc.constantFrom(null, undefined) }), { maxLength: 30 });
const countValues = (s: readonly (number | null | undefined)[]) => s.filter((v) => typeof v === "number" && Number.isFinite(v)).length;

describe("trend properties", () => {
  it("a constant series gives no signal and a flat projection equal to the constant", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((c) => (c === 0 ? 0 : c)), // no −0
        fc.array(fc.boolean(), { minLength: 6, maxLength: 30 }),
        fc.nat({ max: 24 }),
        (c, present, h) => {
          const series = present.map((p) => (p ? c : null));
          const n = countValues(series);
          const chart = xmr(series);
          if (n >= 6) expect(chart).toMatchObject({ ok: true, mrBar: 0, signals: [] });
          if (chart.ok) expect(chart.latest).toBeUndefined();
          const linear = projectLinear(series, h);
          const holt = projectHolt(series, h);
          if (n >= 3) {
            expect(linear.ok && linear.value === c && linear.slope === 0).toBe(true);
            expect(holt.ok && holt.value === c && holt.slope === 0).toBe(true);
          } else {
            expect(linear.ok || holt.ok).toBe(false);
          }
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("adding a constant shifts centre, limits and projections by it and keeps the signals", () => {
    fc.assert(
      fc.property(history, fc.integer({ min: -1000, max: 1000 }), fc.nat({ max: 12 }), (series, c, h) => {
        const shifted = series.map((v) => (typeof v === "number" ? v + c : v));
        const a = xmr(series);
        const b = xmr(shifted);
        expect(b.ok).toBe(a.ok);
        if (a.ok && b.ok) {
          // skip the rare series where a point sits (within rounding) exactly on a centre, midpoint or limit
          const width = 2.66 * a.mrBar;
          const edges = [0, width / 2, -width / 2, width, -width];
          fc.pre(series.every((v) => typeof v !== "number" || edges.every((e) => Math.abs(v - a.centre - e) > 1e-9)));
          expect(b.centre).toBeCloseTo(a.centre + c, 9);
          expect(b.mrBar).toBeCloseTo(a.mrBar, 9);
          expect(b.upper).toBeCloseTo(a.upper + c, 9);
          expect(b.lower).toBeCloseTo(a.lower + c, 9);
          expect(b.signals).toEqual(a.signals);
          expect(b.latest).toEqual(a.latest);
        }
        for (const project of [projectLinear, projectHolt]) {
          const p = project(series, h);
          const q = project(shifted, h);
          expect(q.ok).toBe(p.ok);
          if (p.ok && q.ok) {
            expect(q.value).toBeCloseTo(p.value + c, 6);
            expect(q.slope).toBeCloseTo(p.slope, 6);
          }
        }
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it("latest is the first-priority signal of the highest index, and signals are ordered", () => {
    fc.assert(
      fc.property(history, (series) => {
        const chart = xmr(series);
        if (!chart.ok) return;
        const { signals, latest } = chart;
        for (let i = 1; i < signals.length; i++) {
          const [prev, cur] = [signals[i - 1]!, signals[i]!];
          expect(prev.index < cur.index || (prev.index === cur.index && PRIORITY[prev.kind] < PRIORITY[cur.kind])).toBe(true);
        }
        if (signals.length === 0) expect(latest).toBeUndefined();
        else {
          const last = signals[signals.length - 1]!.index;
          expect(latest).toEqual(signals.find((s) => s.index === last));
        }
        for (const s of signals) expect(typeof series[s.index]).toBe("number");
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it("never throws, never mutates, and returns JSON-serialisable data for any input", () => {
    const anyValue = fc.oneof(
      fc.double({ min: -1e12, max: 1e12 }),
      fc.constantFrom(null, undefined, NaN, Infinity, -Infinity),
    );
    fc.assert(
      fc.property(fc.array(anyValue, { maxLength: 40 }), fc.double(), fc.record({ alpha: fc.double(), beta: fc.double() }), (series, h, options) => {
        const before = [...series];
        const frozen = Object.freeze(series);
        const results = [
          linearFit(frozen),
          projectLinear(frozen, h),
          projectHolt(frozen, h, options),
          projectHolt(frozen, 1),
          xmr(frozen),
          suggestTarget(frozen, { commitment: 0.05 }) ?? null,
          expectedToday({ baseline: h, target: 1, start: 0, deadline: 10, asOf: 5 }),
        ];
        expect(frozen).toEqual(before);
        for (const r of results) {
          const json: unknown = JSON.parse(JSON.stringify(r));
          expect(json).toEqual(r);
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("handles 100,000 series × 24 periods with blanks (speed: npm run bench)", () => {
    const series = Array.from({ length: 24 }, (_, i) => (i % 7 === 3 ? null : 100 + ((i * 37) % 11)));
    let sink = 0;
    for (let k = 0; k < 100_000; k++) {
      const fit = projectLinear(series, 3);
      const chart = xmr(series);
      if (fit.ok) sink += fit.value;
      if (chart.ok) sink += chart.signals.length;
    }
    expect(sink).toBeGreaterThan(0);
  });
});
