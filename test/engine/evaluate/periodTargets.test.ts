import { evaluate, readKpiTable, type Evaluation } from "../../../src/engine";
import { dateToSerial } from "../../../src/engine/parse/serial";

function run(values: unknown[][], asOf: number): Evaluation {
  return evaluate(readKpiTable(values, { asOf }), [], { asOf });
}

describe("evaluate: per-period targets (DOMAIN §5)", () => {
  const END_OF_FEB = dateToSerial(2026, 2, 28);
  const HEAD = ["KPI", "Baseline", "Target", "Actual", "Direction", "Deadline", "Jan", "Feb", "Mar"];
  const ROW = ["Sales", 0, 60, 19, "higher", "2026-03-31", 9, 10, null];

  it("uses the seasonal target to date for pace: 10 + 10 = 20 at the end of February, not the straight line", () => {
    const line = run([HEAD, ROW], END_OF_FEB).kpis[0];
    // Straight line: 0 + 60 · (2026-02-28 − 2026-01-01) / (2026-03-31 − 2026-01-01) = 60 · 58/89
    expect(line?.trend.pace).toMatchObject({ source: "line", behind: true });
    expect(line?.trend.pace?.expected).toBeCloseTo((60 * 58) / 89, 10);

    const seasonal = run([[...HEAD, "Target Jan", "Target Feb", "Target Mar"], [...ROW, 10, 10, 40]], END_OF_FEB).kpis[0];
    expect(seasonal?.trend.pace).toEqual({ expected: 20, behind: true, source: "period-targets", period: "Feb", mode: "phased" });
    expect(seasonal?.trend.notes).toContain("PACE_FROM_PERIOD_TARGETS");
    // The score is unchanged: 19 / 60 against the main target.
    expect(seasonal?.score).toBeCloseTo(19 / 60, 12);
  });

  it("is not behind pace when the actual reaches the target to date", () => {
    const ahead = run([[...HEAD, "Target Jan", "Target Feb", "Target Mar"], [...ROW.slice(0, 3), 21, ...ROW.slice(4), 10, 10, 40]], END_OF_FEB).kpis[0];
    expect(ahead?.trend.pace).toMatchObject({ expected: 20, behind: false });
  });

  it("needs no baseline for pace from per-period targets, and reads Chinese headers", () => {
    const zh = run([
      ["指标名称", "目标值", "实际值", "1月", "2月", "3月", "1月目标", "2月目标", "3月目标"],
      ["销售额", 60, 19, 9, 10, null, 10, 10, 40],
    ], END_OF_FEB).kpis[0];
    expect(zh?.trend.pace).toMatchObject({ expected: 20, source: "period-targets", period: "2月" });
  });

  it("uses the current level target for a rate that steps down (lower is better)", () => {
    const mid = dateToSerial(2026, 7, 1);
    const churn = run([
      ["KPI", "Unit", "Target", "Actual", "Direction", "Q1", "Q2", "Q1 target", "Q2 target", "Q3 target", "Q4 target"],
      ["Churn rate", "%", 5, 5.4, "lower", 6.1, 5.6, 6, 5.5, 5.2, 5],
    ], mid).kpis[0];
    // 6 + 5.5 + 5.2 + 5 ≠ 5: levels; as of 2026-07-01 the Q3 target 5.2 % applies, and 5.4 % > 5.2 % is behind.
    expect(churn?.trend.pace).toEqual({ expected: 0.052, behind: true, source: "period-targets", period: "Q3", mode: "level" });
    // Lower is better, no baseline: 1 − (5.4 − 5)/5 = 0.92 → At risk (behind pace cannot make it worse than that)
    expect(churn?.score).toBeCloseTo(0.92, 12);
    expect(churn?.status).toBe("At risk");
  });

  it("turns a green KPI behind its period target At risk", () => {
    const green = run([
      ["KPI", "Target", "Actual", "Q1 target", "Q2 target", "Q3 target", "Q4 target"],
      ["Orders", 100, 100, 100, 110, 120, 100],
    ], dateToSerial(2026, 5, 15)).kpis[0];
    // Score 1 (On track by score); levels (sum 430 ≠ 100): Q2's 110 applies, and 100 < 110 → At risk.
    expect(green?.score).toBe(1);
    expect(green?.trend.pace).toMatchObject({ expected: 110, behind: true, period: "Q2", mode: "level" });
    expect(green?.status).toBe("At risk");
  });

  it("projects to the deadline against the deadline period's target", () => {
    const asOf = dateToSerial(2026, 3, 31);
    const head = ["KPI", "Target", "Actual", "Deadline", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Target Jun", "Target Dec"];
    const row = ["On-time delivery", 0.97, 0.92, "2026-06-30", 0.9, 0.91, 0.92, null, null, null, 0.95, 0.97];
    const k = run([head, row], asOf).kpis[0];
    // Least squares through 0.90, 0.91, 0.92 → 0.95 at June (3 periods after March); June's target is 0.95:
    // attainment 1 + (0.95 − 0.95)/0.95 = 1 (against the year's 0.97 it would be 1 + (0.95 − 0.97)/0.97 = 0.979).
    expect(k?.trend.projection?.value).toBeCloseTo(0.95, 12);
    expect(k?.trend.projection).toMatchObject({ periodsLeft: 3, target: 0.95, targetPeriod: "Jun" });
    expect(k?.trend.projection?.attainment).toBeCloseTo(1, 10);
    expect(k?.trend.notes).toContain("PROJECTION_PERIOD_TARGET");
    // No target given up to March, and no baseline: no pace at all.
    expect(k?.trend.pace).toBeUndefined();

    const without = run([head.slice(0, 10), row.slice(0, 10)], asOf).kpis[0];
    expect(without?.trend.projection?.attainment).toBeCloseTo(1 + (0.95 - 0.97) / 0.97, 10);
    expect(without?.trend.projection?.target).toBeUndefined();
  });
});
