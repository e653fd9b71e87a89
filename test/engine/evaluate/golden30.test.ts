/**
 * Golden evaluation of the realistic 30-row bilingual scorecard (test/fixtures/scorecards/bilingual30.ts):
 * hand-checked figures first, then a compact golden summary of every KPI (jest snapshot, run with --ci
 * so a missing or changed snapshot fails instead of being rewritten).
 */
import { evaluate, readKpiTable, readObjectives, type Evaluation } from "../../../src/engine";
import { AS_OF_2026_07_15, SCORECARD_30, STRATEGY_5 } from "../../fixtures/scorecards/bilingual30";

const table = readKpiTable(SCORECARD_30, { asOf: AS_OF_2026_07_15 });
const strategy = readObjectives(STRATEGY_5);
const e: Evaluation = evaluate(table, strategy.objectives, { asOf: AS_OF_2026_07_15 });
const kpi = (prefix: string) => {
  const found = e.kpis.find((k) => k.name.startsWith(prefix));
  if (found === undefined) throw new Error(`no KPI ${prefix}`);
  return found;
};

describe("golden evaluation: 30-row bilingual marketing scorecard", () => {
  it("reads 27 KPIs under the bilingual header (title block, totals row and blank rows skipped) and 7 objectives", () => {
    expect(table.headerRow).toBe(3);
    expect(e.kpis).toHaveLength(27);
    expect(strategy.objectives.map((o) => o.name)).toEqual([
      "Grow revenue", "Improve profitability", "Delight customers", "Retain customers", "Operate efficiently", "Build capability", "Build the brand",
    ]);
  });

  it("scores hand-checked rows by DOMAIN §2", () => {
    // Revenue: "12,000" → "15,000", actual "14,700": (14700 − 12000)/(15000 − 12000) = 0.9 → At risk
    expect(kpi("销售额").attainment).toBe(0.9);
    expect(kpi("销售额").status).toBe("At risk");
    // Marketing cost ratio, 越低越好: (11.8% − 14%)/(12% − 14%) = 1.1 → On track
    expect(kpi("营销费用率").attainment).toBe(1.1);
    expect(kpi("营销费用率").status).toBe("On track");
    // CAC, direction inferred from "cost": (345 − 420)/(350 − 420) = 75/70 = 1.0714…
    expect(kpi("Customer acquisition").inputs.directionSource).toBe("inferred");
    expect(kpi("Customer acquisition").attainment).toBeCloseTo(75 / 70, 10);
    // Price index, band 98–102 (区间), actual 103.5: 1 − 1.5/102 = 0.98529…
    expect(kpi("Price index").attainment).toBeCloseTo(1 - 1.5 / 102, 10);
    // Training hours: (22 − 24)/(40 − 24) = −0.125 → score clamped to the floor 0
    expect(kpi("员工培训时长").attainment).toBe(-0.125);
    expect(kpi("员工培训时长").score).toBe(0);
    // Data-driven decisions: (47% − 20%)/(50% − 20%) = 0.9 exactly (not 0.8999…) → At risk, not Off track
    expect(kpi("Data-driven").score).toBe(0.9);
    expect(kpi("Data-driven").status).toBe("At risk");
    // First-response time: 9 h → 4 h stated in the text, actual 6.5: (6.5 − 9)/(4 − 9) = 0.5
    expect(kpi("Average first-response").attainment).toBe(0.5);
    // Blank actual → No data
    expect(kpi("Employee engagement").status).toBe("No data");
  });

  it("totals only the KPIs that have both a score and a weight (DOMAIN §2)", () => {
    const used = e.kpis.filter((k) => k.score !== undefined && k.inputs.weight !== undefined);
    const sw = used.reduce((s, k) => s + (k.score ?? 0) * (k.inputs.weight ?? 0), 0);
    const w = used.reduce((s, k) => s + (k.inputs.weight ?? 0), 0);
    expect(e.total.mode).toBe("weighted");
    expect(e.total.value).toBeCloseTo(sw / w, 10);
    // The two scored KPIs with a blank weight are left out and reported.
    expect(e.total.excludedNoWeight.map((i) => e.kpis[i]?.name)).toEqual(["Key talent attrition 核心人才流失率", "Data-driven decisions 数据驱动决策占比"]);
    expect(Object.values(e.counts).reduce((a, b) => a + b, 0)).toBe(27);
  });

  it("flags the weak KPIs against SMART and keeps the well-formed ones clean", () => {
    expect(kpi("提升团队士气").smart.flags).toBe("--?--");
    expect(kpi("Improve digital marketing").smart.criteria.S.state).toBe("not-met");
    expect(kpi("Improve digital marketing").smart.criteria.T.state).toBe("not-met");
    expect(kpi("Gross margin").smart.flags).toBe("SMART");
  });

  it("covers every objective through explicit links, and names the orphan", () => {
    expect(e.match.coverage).toBe(1);
    expect(e.match.uncovered).toEqual([]);
    expect(e.match.orphans.map((i) => e.kpis[i]?.name)).toEqual(["提升团队士气"]);
    expect(e.match.index).toBeGreaterThan(75);
    expect(e.match.band).toBe("strong");
  });

  it("raises the process-behaviour signals that the history shows", () => {
    // MAU jumps from ~112万 to 150万 in June: a point above the upper limit.
    expect(kpi("App monthly").trend.signal).toEqual({ kind: "ABOVE_LIMIT", index: 5, label: "Jun" });
    const signalled = e.kpis.filter((k) => k.trend.signal !== undefined).map((k) => k.name);
    expect(signalled).toEqual(expect.arrayContaining(["App monthly active users 月活"]));
  });

  it("matches the golden summary", () => {
    const round = (x: number | undefined) => (x === undefined ? null : Math.round(x * 1e6) / 1e6);
    const summary = {
      total: round(e.total.value),
      counts: e.counts,
      smart: { passRate: round(e.smart.passRate), meanScore: round(e.smart.meanScore), failing: e.smart.failing },
      match: { index: round(e.match.index), band: e.match.band, C: round(e.match.coverage), S: round(e.match.strengthCoverage), WC: round(e.match.weightConsistency), H: round(e.match.balance) },
      kpis: e.kpis.map((k) => [k.name, round(k.attainment), round(k.score), k.status, k.smart.flags, k.best.objective ?? null, k.best.strength, k.trend.signal?.kind ?? null, round(k.trend.projection?.value)]),
      issues: e.issues.map((i) => `${i.code}@${i.row ?? "-"}:${i.column ?? "-"}`),
    };
    expect(summary).toMatchSnapshot();
  });
});
