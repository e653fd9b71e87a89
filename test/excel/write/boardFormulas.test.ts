/**
 * The board columns (issue 14 §3): the live Needed for green formula against the engine's needed()
 * (src/engine/score/needed.ts, DOMAIN §2) on many generated rows, computed by the host's real formula
 * engine; the Trend text against the task pane's trend arrow; the Status text lookup.
 */
import fc from "fast-check";
import { needed, type Direction, type KpiEvaluation } from "../../../src/engine";
import { createHost } from "../../../src/host";
import { cellA1 } from "../../../src/excel/write/a1";
import { FLAT_SHARE, neededFormula, statusTextFormula, trendText } from "../../../src/excel/write/boardFormulas";
import { ruleOf } from "../../../src/excel/write/liveFormulas";
import { COL } from "../../../src/excel/write/scorecardLayout";
import { unitOf, type UnitFormat } from "../../../src/excel/write/unitFormats";
import { FLAT_SHARE as PANE_FLAT_SHARE, trendArrow } from "../../../src/taskpane/kpiOrder";

interface Case {
  readonly direction: Direction;
  readonly target: number | null;
  readonly baseline: number | null;
  readonly band: readonly [number, number] | null;
  readonly green: number;
}

const value = fc.oneof(fc.constantFrom(0, 1, -1, 100, -50, 0.12), fc.integer({ min: -300, max: 300 }), fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true }).map((v) => Math.round(v * 1e6) / 1e6 + 0));
const caseArb: fc.Arbitrary<Case> = fc.record({
  direction: fc.constantFrom<Direction>("higher", "lower", "target", "band"),
  target: fc.oneof(value, fc.constant(null)),
  baseline: fc.oneof(value, fc.constant(null), fc.constant(null)),
  band: fc.oneof(fc.tuple(value, value), fc.constant(null)),
  green: fc.oneof(fc.constantFrom(1, 0.9, 1.1, 0.5), fc.double({ min: 0, max: 1.5, noNaN: true }).map((v) => Math.round(v * 1e4) / 1e4)),
});

/** The text the formula writes for a range, with the same rounding. */
function rangeText(low: number, high: number, u: UnitFormat): string {
  const t = (v: number) => {
    const rounded = u.percent ? Math.round(v * 100 * 10 ** u.decimals) / 10 ** u.decimals : Math.round(v * 10 ** u.decimals) / 10 ** u.decimals;
    return `${u.prefix}${rounded}${u.percent ? "%" : ""}${u.suffix}`;
  };
  return `${t(low)} – ${t(high)}`;
}

const close = (a: unknown, b: number) => typeof a === "number" && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe("Needed for green: the live formula equals the engine's needed() on many rows", () => {
  it("agrees for every direction, baseline, band, zero and negative target and threshold, computed by the host", () => {
    const cases = fc.sample(caseArb, { seed: 14, numRuns: 400 });
    const width = COL.needed + 1 > COL.bandHigh + 1 ? COL.needed + 1 : COL.bandHigh + 1;
    const unit: UnitFormat = { pattern: "#,##0.00", prefix: "", suffix: "", decimals: 2, percent: false };
    const rows = cases.map((c, i) => {
      const r: (string | number | null)[] = new Array<string | number | null>(Math.max(width, COL.green + 1)).fill(null);
      r[COL.target] = c.target;
      r[COL.baseline] = c.baseline;
      r[COL.bandLow] = c.band ? Math.min(...c.band) : null;
      r[COL.bandHigh] = c.band ? Math.max(...c.band) : null;
      r[COL.green] = c.green;
      r[COL.needed] = neededFormula(i, ruleOf(c.direction, c.band !== null), unit, "en");
      return r;
    });
    const host = createHost({ sheets: ["Scorecard"] });
    const last = cellA1(rows.length - 1, (rows[0]?.length ?? 1) - 1);
    host.setCells("Scorecard", `A1:${last}`, rows);
    const got = host.getValues("Scorecard", `${cellA1(0, COL.needed)}:${cellA1(rows.length - 1, COL.needed)}`).map((r) => r[0]);
    let ranges = 0;
    let unreachable = 0;
    cases.forEach((c, i) => {
      const band = c.band ? ([Math.min(...c.band), Math.max(...c.band)] as [number, number]) : undefined;
      const want = needed({ target: c.target, baseline: c.baseline, direction: c.direction, threshold: c.green, band });
      const cell = got[i];
      const context = JSON.stringify({ c, want, cell });
      if (!want.ok) {
        if (want.reason === "unreachable") unreachable++;
        expect([context, cell]).toEqual([context, want.reason === "unreachable" ? "—" : ""]);
        return;
      }
      if (want.low !== undefined && want.high !== undefined && want.low !== want.high) {
        ranges++;
        expect([context, cell]).toEqual([context, rangeText(want.low, want.high, unit)]);
        return;
      }
      const single = want.low ?? want.high ?? NaN;
      expect([context, close(cell, single)]).toEqual([context, true]);
    });
    // (Figures rounded to 6 decimals: Excel keeps 15 significant digits, and denormal numbers are not KPI data.)
    // The sample covers both kinds of two-sided answer and the unreachable case.
    expect(ranges).toBeGreaterThan(20);
    expect(unreachable).toBeGreaterThan(10);
  });

  it("reads hand-computed cases (DOMAIN §2)", () => {
    const host = createHost({ sheets: ["Scorecard"] });
    const unit = unitOf({ inputs: { isPercent: true, actual: 0.124, target: 0.12, direction: "band" } as KpiEvaluation["inputs"] });
    const put = (row: number, c: Partial<Case> & { direction: Direction }) => {
      const r: (string | number | null)[] = new Array<string | number | null>(COL.green + 1).fill(null);
      r[COL.target] = c.target ?? null;
      r[COL.baseline] = c.baseline ?? null;
      r[COL.bandLow] = c.band?.[0] ?? null;
      r[COL.bandHigh] = c.band?.[1] ?? null;
      r[COL.green] = c.green ?? 1;
      r[COL.needed] = neededFormula(row, ruleOf(c.direction, c.band !== undefined), unit, "zh");
      host.setCells("Scorecard", `A${row + 1}:${cellA1(row, COL.green)}`, [r]);
      return host.getValues("Scorecard", cellA1(row, COL.needed))[0]?.[0];
    };
    expect(put(0, { direction: "higher", target: 100, green: 0.9 })).toBeCloseTo(90, 12); // 100 + (0.9 − 1)·100
    expect(put(1, { direction: "lower", target: 100, green: 0.9 })).toBeCloseTo(110, 12); // 100 − (0.9 − 1)·100
    expect(put(2, { direction: "higher", target: -50, green: 0.9 })).toBeCloseTo(-55, 12); // −50 + (−0.1)·50
    expect(put(3, { direction: "lower", target: 6, baseline: 10, green: 0.5 })).toBeCloseTo(8, 12); // 10 + 0.5·(6 − 10)
    expect(put(4, { direction: "higher", target: 0 })).toBe(0); // pass/fail
    expect(put(5, { direction: "target", target: 100 })).toBe(100); // green 100 %: the target itself
    expect(put(6, { direction: "band", band: [0.9, 1.1], green: 0.9 })).toBe("81% – 121%"); // 0.9 − 0.1·0.9, 1.1 + 0.1·1.1
    expect(put(7, { direction: "target", target: 100, green: 1.1 })).toBe("—"); // on target scores at most 1
    expect(put(8, { direction: "higher" })).toBe(""); // no target
  });
});

describe("Trend text", () => {
  const kpi = (direction: Direction, actual: number | undefined, projection: number | undefined) =>
    ({ inputs: { direction, actual }, trend: { projection: projection === undefined ? undefined : { value: projection } } }) as unknown as KpiEvaluation;

  it("shows the arrow the task pane shows, with a word for good or bad", () => {
    expect(FLAT_SHARE).toBe(PANE_FLAT_SHARE);
    fc.assert(
      fc.property(fc.constantFrom<Direction>("higher", "lower", "target", "band"), fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.double({ min: -1e4, max: 1e4, noNaN: true }), (d, a, p) => {
        const k = kpi(d, a, p);
        const arrow = trendArrow(k)?.arrow;
        expect(trendText(k, "en").slice(0, 1)).toBe(arrow);
      }),
      { seed: 7, numRuns: 300 },
    );
    expect(trendText(kpi("lower", 50, 40), "en")).toBe("↓ improving");
    expect(trendText(kpi("higher", 50, 40), "zh")).toBe("↓ 变差");
    expect(trendText(kpi("higher", 50, 50.1), "en")).toBe("→ steady");
    expect(trendText(kpi("higher", 50, undefined), "en")).toBe("");
  });

  it("looks up the status text by its code", () => {
    expect(statusTextFormula(7, "$AK$12:$AK$15", "$AM$12:$AM$15")).toBe("=INDEX($AK$12:$AK$15,MATCH(X8,$AM$12:$AM$15,0))");
  });
});
