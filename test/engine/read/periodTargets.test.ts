import { readKpiTable } from "../../../src/engine/read/readKpiTable";
import type { KpiTable } from "../../../src/engine/model";

const codes = (t: KpiTable) => t.issues.map((i) => i.code);

describe("readKpiTable: per-period targets (DOMAIN §5)", () => {
  it("reads Target Jan … beside the history, not as history nor as the main target, aligned with the history", () => {
    const t = readKpiTable([
      ["KPI", "Target", "Actual", "Jan", "Feb", "Mar", "Target Jan", "Target Feb", "Target Mar"],
      ["Sales", 60, 19, 9, 10, null, 10, 10, 40],
    ]);
    expect(t.columns).toEqual({
      name: 0, target: 1, actual: 2, history: [3, 4, 5],
      periodTargets: [{ column: 6, label: "Jan", index: 0 }, { column: 7, label: "Feb", index: 1 }, { column: 8, label: "Mar", index: 2 }],
    });
    expect(t.kpis[0]).toMatchObject({ target: 60, actual: 19, extra: {} });
    expect(t.kpis[0]?.history.map((h) => h.value)).toEqual([9, 10, null]);
    expect(t.kpis[0]?.periodTargets).toEqual([{ label: "Jan", value: 10 }, { label: "Feb", value: 10 }, { label: "Mar", value: 40 }]);
    expect(codes(t)).toContain("PERIOD_TARGETS_READ");
  });

  it("never takes a period target as the main target when there is no Target column", () => {
    const t = readKpiTable([["KPI", "Actual", "Jan target", "Feb target"], ["Sales", 19, 10, 10]]);
    expect(t.columns.target).toBeUndefined();
    expect(t.columns.history).toEqual([]);
    expect(t.kpis[0]?.target).toBeUndefined();
    expect(t.kpis[0]?.periodTargets).toEqual([{ label: "Jan", value: 10 }, { label: "Feb", value: 10 }]);
  });

  it("puts target periods without a history column after the history, oldest first; a blank target is null", () => {
    const t = readKpiTable([
      ["KPI", "Target", "Jan", "Feb", "Target Mar", "Target Feb", "Target Jan"],
      ["Sales", 60, 9, 10, 40, null, 10],
    ]);
    expect(t.columns.periodTargets).toEqual([{ column: 6, label: "Jan", index: 0 }, { column: 5, label: "Feb", index: 1 }, { column: 4, label: "Mar", index: 2 }]);
    expect(t.kpis[0]?.periodTargets).toEqual([{ label: "Jan", value: 10 }, { label: "Feb", value: null }, { label: "Mar", value: 40 }]);
  });

  it("gives history periods without a target column a null target, and keeps quarterly targets beside monthly history", () => {
    const t = readKpiTable([["KPI", "Target", "Jan", "Feb", "Mar", "Q1 target", "Q2 target"], ["Sales", 100, 9, 10, 11, 30, 70]]);
    expect(t.kpis[0]?.periodTargets).toEqual([
      { label: "Jan", value: null }, { label: "Feb", value: null }, { label: "Mar", value: null },
      { label: "Q1", value: 30 }, { label: "Q2", value: 70 },
    ]);
  });

  it("reads Chinese headers and matches years: 1月目标, 2026年1月目标, 一季度目标", () => {
    const zh = readKpiTable([["指标名称", "目标值", "1月", "2月", "1月目标", "2月目标"], ["销售额", 100, 40, 45, 50, 50]]);
    expect(zh.kpis[0]?.periodTargets).toEqual([{ label: "1月", value: 50 }, { label: "2月", value: 50 }]);
    const dated = readKpiTable([["指标名称", "目标值", "2026-01", "2026-02", "2026年2月目标", "2026年1月目标", "一季度目标"], ["销售额", 100, 40, 45, 50, 45, 95]]);
    expect(dated.columns.periodTargets).toEqual([{ column: 5, label: "2026年1月", index: 0 }, { column: 4, label: "2026年2月", index: 1 }]);
    // A quarterly target beside monthly ones is another cadence: kept as an extra column, and said so.
    expect(dated.kpis[0]?.extra).toEqual({ 一季度目标: 95 });
    expect(codes(dated)).toContain("PERIOD_TARGET_IGNORED");
  });

  it("keeps a second target column for the same period as an extra column", () => {
    const t = readKpiTable([["KPI", "Target", "Jan", "Target Jan", "Jan plan"], ["Sales", 10, 9, 10, 11]]);
    expect(t.columns.periodTargets).toEqual([{ column: 3, label: "Jan", index: 0 }]);
    expect(t.kpis[0]?.extra).toEqual({ "Jan plan": 11 });
    expect(t.issues.find((i) => i.code === "PERIOD_TARGET_IGNORED")).toMatchObject({ column: 4 });
  });

  it("reads period targets on the row's percent scale", () => {
    // Unit % and plain numbers above 1.5: every number of the row is in percent points.
    const t = readKpiTable([["KPI", "Unit", "Target", "Actual", "Q1", "Q2", "Q1 target", "Q2 target"], ["Churn", "%", 5, 5.4, 6.1, 5.6, 6, 5.5]]);
    expect(t.kpis[0]).toMatchObject({ target: 0.05, actual: 0.054, isPercent: true });
    expect(t.kpis[0]?.periodTargets).toEqual([{ label: "Q1", value: 0.06 }, { label: "Q2", value: 0.055 }]);
    // Fractions typed as "6%" beside points 5.5: the one rule reads 5.5 as 5.5 %.
    const mixed = readKpiTable([["KPI", "Target", "Q1 target", "Q2 target"], ["Churn", "5%", "6%", 5.5]]);
    expect(mixed.kpis[0]?.periodTargets).toEqual([{ label: "Q1", value: 0.06 }, { label: "Q2", value: 0.055 }]);
  });

  it("reports an unreadable period target and keeps it null", () => {
    const t = readKpiTable([["KPI", "Target", "Target Jan", "Target Feb"], ["Sales", 20, "tbd", 10]]);
    expect(t.kpis[0]?.periodTargets).toEqual([{ label: "Jan", value: null }, { label: "Feb", value: 10 }]);
    expect(t.issues.find((i) => i.code === "NUMBER_UNREADABLE")).toMatchObject({ row: 1, column: 2 });
  });

  it("leaves tables without period targets as they were (no periodTargets key)", () => {
    const t = readKpiTable([["KPI", "Target", "Target 2026", "Jan"], ["Sales", 10, 12, 9]]);
    expect(t.columns).toEqual({ name: 0, target: 1, history: [3] });
    expect(t.kpis[0]?.periodTargets).toBeUndefined();
  });
});
