import { currentPeriod, periodAt, periodTargetMode, targetToDate, type DatedTarget } from "../../../src/engine/trends/periodTargets";
import { periodSpan } from "../../../src/engine/evaluate/periods";
import { dateToSerial as d } from "../../../src/engine/parse/serial";

const AS_OF = d(2026, 2, 28);
const dated = (label: string, value: number | null): DatedTarget => ({ value, ...periodSpan(label, AS_OF) });
// A seasonal quarter: Jan 10, Feb 10, Mar 40 (adds up to the target 60).
const SEASONAL = [dated("Jan", 10), dated("Feb", 10), dated("Mar", 40)];

describe("per-period targets (DOMAIN §5)", () => {
  it("dates a period label: months, quarters, halves, years, weeks and date headers", () => {
    expect(periodSpan("Feb", AS_OF)).toEqual({ start: d(2026, 2, 1), end: d(2026, 2, 28) });
    expect(periodSpan("2025-12", AS_OF)).toEqual({ start: d(2025, 12, 1), end: d(2025, 12, 31) });
    expect(periodSpan("一季度", AS_OF)).toEqual({ start: d(2026, 1, 1), end: d(2026, 3, 31) });
    expect(periodSpan("H2 2027", AS_OF)).toEqual({ start: d(2027, 7, 1), end: d(2027, 12, 31) });
    expect(periodSpan("W2", AS_OF)).toEqual({ start: d(2026, 1, 8), end: d(2026, 1, 14) });
    expect(periodSpan("2026-03-01", AS_OF)).toEqual({ start: d(2026, 3, 1), end: d(2026, 3, 31) });
    expect(periodSpan("Total", AS_OF)).toBeUndefined();
  });

  it("reads targets that add up to the KPI's target as phased, others as levels", () => {
    expect(periodTargetMode([10, 10, 40], 60)).toBe("phased");
    expect(periodTargetMode([10, 10, 40.2], 60)).toBe("phased"); // within 0.5 % of 60
    expect(periodTargetMode([10, 10, 41], 60)).toBe("level");
    expect(periodTargetMode([0.06, 0.055, 0.05], 0.05)).toBe("level");
    expect(periodTargetMode([60], 60)).toBe("level"); // one target is no phasing
    expect(periodTargetMode([10, 10, 40], undefined)).toBe("level");
  });

  it("takes the as-of date's period, else the latest begun, else the last period with a history value", () => {
    expect(currentPeriod(SEASONAL, d(2026, 2, 28))).toBe(1);
    expect(currentPeriod(SEASONAL, d(2026, 2, 1))).toBe(1);
    expect(currentPeriod(SEASONAL, d(2026, 9, 30))).toBe(2); // after the last period: the last
    expect(currentPeriod(SEASONAL, d(2025, 12, 31), 0)).toBe(0); // before the first: the last history value's
    expect(currentPeriod(SEASONAL, d(2025, 12, 31))).toBeUndefined();
    expect(currentPeriod([{ value: 1 }, { value: 2 }], AS_OF, 1)).toBe(1); // undated labels
  });

  it("expects the running sum of phased targets: 10 + 10 = 20 at the end of February, not the straight line", () => {
    expect(targetToDate(SEASONAL, 1, "phased")).toBe(20);
    expect(targetToDate(SEASONAL, 2, "phased")).toBe(60);
    // The straight line from 0 on 2026-01-01 to 60 on 2026-03-31 would be 60 · 58/89 = 39.1 on 2026-02-28.
    expect(60 * (58 / 89)).toBeCloseTo(39.1, 1);
  });

  it("expects the latest level target given up to the period (a blank keeps the one before)", () => {
    const levels = [dated("Q1", 0.06), dated("Q2", null), dated("Q3", 0.052)];
    expect(targetToDate(levels, 1, "level")).toBe(0.06);
    expect(targetToDate(levels, 2, "level")).toBe(0.052);
    expect(targetToDate([dated("Q1", null), dated("Q2", 0.05)], 0, "level")).toBeUndefined();
    expect(targetToDate(levels, 9, "level")).toBeUndefined();
  });

  it("finds the deadline's period", () => {
    expect(periodAt(SEASONAL, d(2026, 3, 31))).toBe(2);
    expect(periodAt(SEASONAL, d(2026, 4, 1))).toBeUndefined();
    expect(periodAt([dated("Q1", 30), dated("Mar", 40)], d(2026, 3, 15))).toBe(1); // the shortest period containing it
  });
});
