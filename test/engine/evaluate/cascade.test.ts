import { evaluate, readKpiTable, type Evaluation } from "../../../src/engine";
import { dateToSerial } from "../../../src/engine/parse/serial";

const AS_OF = dateToSerial(2026, 7, 1);
const codes = (e: Evaluation) => e.issues.map((i) => i.code);

// Company revenue ← Region A (weight 2, children Store 1 and Store 2, weights 1/1) and Region B (weight 1, its own actual).
const TABLE: unknown[][] = [
  ["KPI", "Parent KPI", "Perspective", "Target", "Actual", "Weight", "Direction"],
  ["Company revenue", "", "Financial", 300, null, null, "higher"],
  ["Region A", "Company revenue", "Financial", null, null, 2, "higher"],
  ["Store 1", "region a", "Financial", 100, 110, 1, "higher"], // 1 + (110 − 100)/100 = 1.1
  ["Store 2", "ＲＥＧＩＯＮ Ａ", "Customer", 100, 80, 1, "higher"], // 1 + (80 − 100)/100 = 0.8
  ["Region B", "company revenue", "Customer", 100, 100, 1, "higher"], // 1
];

function run(values: unknown[][]): Evaluation {
  return evaluate(readKpiTable(values, { asOf: AS_OF }), [], { asOf: AS_OF });
}

describe("evaluate: cascades (DOMAIN §2)", () => {
  const e = run(TABLE);
  const [company, regionA, store1, store2, regionB] = e.kpis;

  it("reads the Parent column", () => {
    const table = readKpiTable(TABLE, { asOf: AS_OF });
    expect(table.columns.parent).toBe(1);
    expect(table.kpis.map((k) => k.parent)).toEqual([undefined, "Company revenue", "region a", "ＲＥＧＩＯＮ Ａ", "company revenue"]);
  });

  it("scores a 3-level cascade bottom-up, with the worst child beside each parent", () => {
    expect(store1?.score).toBeCloseTo(1.1, 12);
    expect(store2?.score).toBeCloseTo(0.8, 12);
    // Region A = (1.1 + 0.8) / 2 = 0.95 → At risk; worst child Store 2
    expect(regionA?.score).toBe(0.95);
    expect(regionA?.status).toBe("At risk");
    expect(regionA?.attainment).toBeUndefined();
    expect(regionA?.cascade).toEqual({ parent: 0, children: [2, 3], fromChildren: true, worstChild: { index: 3, score: 0.8 } });
    // Company = (0.95·2 + 1·1) / 3 = 0.966666666667 → At risk; worst child Region A
    expect(company?.score).toBe(0.966666666667);
    expect(company?.status).toBe("At risk");
    expect(company?.cascade).toEqual({ children: [1, 4], fromChildren: true, worstChild: { index: 1, score: 0.95 } });
    expect(store2?.cascade).toEqual({ parent: 1, children: [], fromChildren: false });
    expect(regionB?.cascade).toEqual({ parent: 0, children: [], fromChildren: false });
    expect(e.counts).toEqual({ "On track": 2, "At risk": 2, "Off track": 1, "No data": 0 });
  });

  it("says a parent is scored from its children instead of reporting its missing actual", () => {
    expect(e.issues.filter((i) => i.code === "NO_ACTUAL")).toEqual([]);
    expect(e.issues.filter((i) => i.code === "PARENT_FROM_CHILDREN").map((i) => i.kpi)).toEqual([0, 1]);
  });

  it("counts only top-level KPIs in the weighted total, and says so", () => {
    // Only Company revenue is top-level (its weight is blank, so equal weights): 0.966666666667
    expect(e.total).toEqual({ value: 0.966666666667, mode: "equal", scored: 1, excludedNoWeight: [], excludedChildren: [1, 2, 3, 4] });
    const note = e.issues.find((i) => i.code === "TOTAL_TOP_LEVEL_ONLY");
    expect(note?.message.en).toBe("4 KPI(s) roll up into a parent KPI: the weighted total counts only the 1 top-level KPI(s), so no child is counted twice.");
  });

  it("keeps every KPI in the roll-ups by perspective, with the scores shown", () => {
    const [financial, customer] = e.rollUps.perspective;
    // Financial: Company (blank weight) left out beside weighted Region A (0.95·2) and Store 1 (1.1·1): 3 / 3 = 1
    expect(financial).toMatchObject({ group: "financial", items: [0, 1, 2], weighted: 1, worst: 0.95 });
    // Customer: Store 2 (0.8·1) and Region B (1·1): 0.9
    expect(customer).toMatchObject({ group: "customer", items: [3, 4], weighted: 0.9, worst: 0.8 });
  });

  it("keeps a parent's own score when it has an actual, its children beside it", () => {
    const own = run([
      ["KPI", "Rolls up to", "Target", "Actual", "Weight"],
      ["Revenue", "", 100, 90, 1], // 0.9
      ["Online revenue", "Revenue", 50, 60, 1], // 1.2
      ["Store revenue", "Revenue", 50, 45, 3], // 0.9
    ]);
    expect(own.kpis[0]?.score).toBeCloseTo(0.9, 12);
    expect(own.kpis[0]?.attainment).toBeCloseTo(0.9, 12);
    expect(own.kpis[0]?.cascade).toEqual({ children: [1, 2], fromChildren: false, worstChild: { index: 2, score: 0.9 } });
    expect(own.total.value).toBeCloseTo(0.9, 12);
    expect(own.total.scored).toBe(1);
  });

  it("reports cycles, unknown and ambiguous parents, and treats those KPIs as top-level", () => {
    const bad = run([
      ["KPI", "Parent", "Target", "Actual"],
      ["A", "B", 100, 100], // 1
      ["B", "A", 100, 90], // 0.9
      ["C", "C", 100, 80], // 0.8
      ["D", "Nowhere", 100, 70], // 0.7
      ["E", "", 100, 60],
      ["E", "", 100, 50],
      ["F", "e", 100, 100],
    ]);
    expect(codes(bad).filter((c) => c.startsWith("PARENT_"))).toEqual(["PARENT_NOT_FOUND", "PARENT_AMBIGUOUS", "PARENT_CYCLE", "PARENT_CYCLE"]);
    expect(bad.kpis.every((k) => k.cascade === undefined)).toBe(true);
    expect(bad.total.excludedChildren).toBeUndefined();
    // Every KPI is top-level: (1 + 0.9 + 0.8 + 0.7 + 0.6 + 0.5 + 1) / 7 = 5.5 / 7
    expect(bad.total.value).toBeCloseTo(5.5 / 7, 10);
    const cycle = bad.issues.find((i) => i.code === "PARENT_CYCLE");
    expect(cycle?.message.en).toContain('"A" (row 2) → "B" (row 3) → "A" (row 2)');
    const ambiguous = bad.issues.find((i) => i.code === "PARENT_AMBIGUOUS");
    expect(ambiguous).toMatchObject({ kpi: 6, row: 7 });
    expect(ambiguous?.message.en).toContain('"E" (row 6), "E" (row 7)');
  });

  it("reads Chinese headers: 上级指标, 指标名称, 目标值, 实际值, 权重", () => {
    const zh = run([
      ["指标名称", "上级指标", "目标值", "实际值", "权重"],
      ["销售额 Revenue", "", 1000, null, null],
      ["华东销售额", "销售额", 500, 550, 1], // 1.1
      ["华南销售额", "销售额", 500, 400, 1], // 0.8
    ]);
    expect(zh.kpis[0]?.cascade).toEqual({ children: [1, 2], fromChildren: true, worstChild: { index: 2, score: 0.8 } });
    // (1.1 + 0.8) / 2 = 0.95
    expect(zh.kpis[0]?.score).toBe(0.95);
    expect(zh.issues.find((i) => i.code === "PARENT_FROM_CHILDREN")?.message.zh).toBe("“销售额 Revenue”（第 2 行）没有自己的实际值：其得分为 2 个下级指标得分的加权平均。");
  });

  it("does not mutate its arguments", () => {
    const table = readKpiTable(TABLE, { asOf: AS_OF });
    const before = JSON.stringify(table);
    const deepFreeze = (v: unknown): void => {
      if (v !== null && typeof v === "object" && !Object.isFrozen(v)) {
        Object.freeze(v);
        for (const x of Object.values(v)) deepFreeze(x);
      }
    };
    deepFreeze(table);
    expect(() => evaluate(table, [], { asOf: AS_OF })).not.toThrow();
    expect(JSON.stringify(table)).toBe(before);
  });
});
