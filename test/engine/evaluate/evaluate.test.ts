import fc from "fast-check";
import { evaluate, readKpiTable, readObjectives, type Evaluation, type Objective } from "../../../src/engine";
import { dateToSerial } from "../../../src/engine/parse/serial";

const AS_OF = dateToSerial(2026, 7, 1); // mid-year: 181 of 364 days after 2026-01-01

const HEADER = ["KPI", "Perspective", "Objective", "Owner", "Baseline", "Target", "Actual", "Weight", "Direction", "Deadline"];
const TABLE: unknown[][] = [
  HEADER,
  ["Revenue", "Financial", "Grow revenue", "Ann", 100, 120, 115, 40, "higher", "2026-12-31"],
  ["Churn rate", "Customer", "Keep customers", "Bo", "8%", "5%", "5.5%", 30, "lower", "2026-12-31"],
  ["NPS", "Customer", "Keep customers", "Bo", null, 50, 55, 30, "higher", "2026-12-31"],
];
const OBJECTIVES: Objective[] = [
  { name: "Grow revenue", weight: 2, perspective: "financial" },
  { name: "Keep customers", weight: 1, perspective: "customer" },
];

function run(values: unknown[][] = TABLE, objectives: readonly Objective[] = OBJECTIVES, extra = {}): Evaluation {
  return evaluate(readKpiTable(values, { asOf: AS_OF }), objectives, { asOf: AS_OF, ...extra });
}

describe("evaluate", () => {
  it("scores each KPI by DOMAIN §2 and totals with relative weights", () => {
    const e = run();
    const [revenue, churn, nps] = e.kpis;
    // Revenue: baseline progress (115 − 100) / (120 − 100) = 0.75 → Off track (< 0.9)
    expect(revenue?.attainment).toBeCloseTo(0.75, 12);
    expect(revenue?.status).toBe("Off track");
    // Churn, lower is better with a baseline: (0.055 − 0.08) / (0.05 − 0.08) = 0.8333… → Off track
    expect(churn?.attainment).toBeCloseTo(0.025 / 0.03, 12);
    // NPS, no baseline: 1 + (55 − 50)/50 = 1.1 → On track
    expect(nps?.score).toBeCloseTo(1.1, 12);
    expect(nps?.status).toBe("On track");
    // Total: (0.75·40 + 0.8333·30 + 1.1·30) / 100 = 0.88
    expect(e.total.value).toBeCloseTo((0.75 * 40 + (0.025 / 0.03) * 30 + 1.1 * 30) / 100, 10);
    expect(e.total.mode).toBe("weighted");
    expect(e.counts).toEqual({ "On track": 1, "At risk": 0, "Off track": 2, "No data": 0 });
  });

  it("rolls up by perspective with the weighted and the worst child", () => {
    const e = run();
    const customer = e.rollUps.perspective.find((r) => r.group === "customer");
    // (0.8333·30 + 1.1·30) / 60 = 0.96667; worst child 0.8333
    expect(customer?.weighted).toBeCloseTo(((0.025 / 0.03) * 30 + 1.1 * 30) / 60, 10);
    expect(customer?.worst).toBeCloseTo(0.025 / 0.03, 12);
    expect(customer?.count).toBe(2);
  });

  it("links each KPI to its best objective and computes the strategy match", () => {
    const e = run();
    expect(e.kpis.map((k) => [k.best.objective, k.best.strength])).toEqual([
      ["Grow revenue", 9],
      ["Keep customers", 9],
      ["Keep customers", 9],
    ]);
    expect(e.match.coverage).toBe(1);
    expect(e.match.index).toBeGreaterThan(0);
    expect(e.match.index).toBeLessThanOrEqual(100);
  });

  it("marks a green KPI that is behind pace as At risk", () => {
    // Green threshold 0.7: Revenue scores 0.75 (On track by score). Pace: 100 + 20·(181/364) = 109.95 expected
    // by 2026-07-01 — actual 115 is ahead. With actual 105, score (105−100)/20 = 0.25 is red anyway, so use
    // a per-KPI threshold: green 0.2 and actual 105 → On track by score, but 105 < 109.95 → behind pace → At risk.
    const values = [[...HEADER, "Green"], ["Revenue", "Financial", "Grow revenue", "Ann", 100, 120, 105, 40, "higher", "2026-12-31", 0.2]];
    const [revenue] = run(values).kpis;
    expect(revenue?.score).toBeCloseTo(0.25, 12);
    expect(revenue?.trend.pace?.expected).toBeCloseTo(100 + 20 * (181 / 364), 6);
    expect(revenue?.behindPace).toBe(true);
    expect(revenue?.status).toBe("At risk");
  });

  it("takes a target, baseline and deadline stated in the text when their columns are blank (DOMAIN §3)", () => {
    const values = [
      ["KPI", "Description", "Actual", "Direction"],
      ["First-response time", "cut average first-response time from 9 h to 4 h by end of Q1 2027", 6.5, "lower"],
    ];
    const e = run(values, []);
    const [frt] = e.kpis;
    expect(frt?.inputs.target).toBe(4);
    expect(frt?.inputs.baseline).toBe(9);
    expect(frt?.inputs.deadline).toBe("2027-03-31");
    // (6.5 − 9) / (4 − 9) = 0.5
    expect(frt?.attainment).toBeCloseTo(0.5, 12);
    expect(e.issues.filter((i) => i.code === "INPUT_FROM_TEXT").length).toBe(3);
  });

  it("applies settings and reports the ones it cannot use", () => {
    const capped = run(TABLE, OBJECTIVES, { cap: 1.05 });
    expect(capped.kpis[2]?.score).toBe(1.05);
    const bad = run(TABLE, OBJECTIVES, { cap: Number.NaN });
    expect(bad.settings.cap).toBe(1.2);
    expect(bad.issues.some((i) => i.code === "SETTING_REJECTED")).toBe(true);
  });

  it("is plain data: a JSON round trip gives an equal object", () => {
    const e = run();
    // Fails on NaN/Infinity (→ null), Maps, Sets, Dates or class instances anywhere in the result.
    expect(JSON.parse(JSON.stringify(e))).toEqual(e);
  });

  it("works with no objectives and with no KPIs", () => {
    const none = run(TABLE, []);
    // Without a strategy list, the objective each KPI names is judged by meaning: revenue serves "Grow
    // revenue", churn and NPS serve "Keep customers" (loyalty).
    expect(none.kpis.map((k) => k.smart.criteria.R.code)).toEqual(["R_ALIGNED", "R_ALIGNED", "R_ALIGNED"]);
    // A named objective the KPI does not serve stays unverified: its name alone proves nothing.
    const unrelated = run([HEADER, ["Office plants watered", "Customer", "Keep customers", "Bo", null, 50, 55, 30, "higher", "2026-12-31"]], []);
    expect(unrelated.kpis[0]?.smart.criteria.R.code).toBe("R_OBJECTIVE_UNVERIFIED");
    const empty = run([HEADER], OBJECTIVES);
    expect(empty.kpis).toEqual([]);
    expect(empty.total.value).toBeUndefined();
    expect(empty.smart.passRate).toBe(0);
  });

  it("does not depend on the order of the KPI rows (property)", () => {
    const objectives = readObjectives(["Grow revenue", "Keep customers"]).objectives;
    fc.assert(
      fc.property(fc.shuffledSubarray([1, 2, 3], { minLength: 3, maxLength: 3 }), (order) => {
        const shuffled = [HEADER, ...order.map((i) => TABLE[i] as unknown[])];
        const a = run(TABLE, objectives);
        const b = run(shuffled, objectives);
        const byName = (e: Evaluation) => Object.fromEntries(e.kpis.map((k) => [k.name, [k.score, k.status, k.smart.flags, k.best]]));
        expect(byName(b)).toEqual(byName(a));
        expect(b.total.value).toBeCloseTo(a.total.value ?? NaN, 12);
        expect(b.match.index).toBeCloseTo(a.match.index, 9);
        expect(b.counts).toEqual(a.counts);
      }),
      { seed: 7, numRuns: 6 },
    );
  });

  it("does not mutate the table or the objectives", () => {
    const table = readKpiTable(TABLE, { asOf: AS_OF });
    const before = JSON.stringify(table);
    const objectives = JSON.stringify(OBJECTIVES);
    evaluate(table, OBJECTIVES, { asOf: AS_OF });
    expect(JSON.stringify(table)).toBe(before);
    expect(JSON.stringify(OBJECTIVES)).toBe(objectives);
  });
});
