import { DEFAULT_MATCH_WEIGHTS } from "../../../src/engine/match/matchWeights";
import { strategyMatch } from "../../../src/engine/match/strategyMatch";
import type { MatchKpi } from "../../../src/engine/match/strengths";
import type { Objective } from "../../../src/engine/model";

const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);

// 3 objectives × 4 KPIs, computed by hand (DOMAIN §4).
const objectives: Objective[] = [
  { name: "Grow revenue", weight: 2, perspective: "financial" }, // {revenue}
  { name: "Improve customer satisfaction", weight: 1, perspective: "customer" }, // {customer, satisfaction}
  { name: "Develop talent", weight: 1, perspective: "learning" }, // {develop, employee}
];
const kpis: MatchKpi[] = [
  { name: "Revenue growth %", weight: 40, perspective: "financial", owner: "Ann" }, // {revenue} → [3, 0, 0]
  { name: "Net Promoter Score", weight: 30, owner: "Bo", objective: "Improve customer satisfaction" }, // link → [0, 9, 0]
  { name: "Employee parking permits", weight: 20, owner: "ann " }, // {employee, park, permit} vs {develop, employee}: (1/3 + 1/2)/2 = 5/12, no theme → [0, 0, 1]
  { name: "Office plants watered", weight: 10 }, // {office, plant, water} → [0, 0, 0]
];

describe("strategyMatch on a hand-computed set", () => {
  const result = strategyMatch(kpis, objectives);

  it("builds the strength matrix and each KPI's best objective", () => {
    expect(result.matrix).toEqual([
      [3, 0, 0],
      [0, 9, 0],
      [0, 0, 1],
      [0, 0, 0],
    ]);
    expect(result.best).toEqual([
      // Revenue growth is a growth metric and the objective's words say growth: a theme link (3).
      { index: 0, objective: "Grow revenue", strength: 3, evidence: { kind: "theme", theme: "growth", metric: "Revenue growth", keyword: "grow revenue" } },
      { index: 1, objective: "Improve customer satisfaction", strength: 9, evidence: { kind: "explicit" } },
      { index: 2, objective: "Develop talent", strength: 1, evidence: { kind: "words", concepts: ["employee"] } },
      { strength: 0 },
    ]);
    expect(result.orphans).toEqual([3]);
    expect(result.weakOnly).toEqual([2]);
  });

  it("computes importance I = Σ v·r and its shares", () => {
    // v = [2, 1, 1]: I = [2·3, 1·9, 1·1, 0] = [6, 9, 1, 0], Σ = 16
    expect(result.importance).toEqual([6, 9, 1, 0]);
    expect(result.importanceShare).toEqual([0.375, 0.5625, 0.0625, 0]);
    expect(result.weightShare).toEqual([0.4, 0.3, 0.2, 0.1]); // 40/30/20/10 of 100
  });

  it("computes coverage C and strength coverage S", () => {
    // max strength per objective [3, 9, 1]: objectives 0 and 1 have ≥ 3 → C = 2/3
    expect(result.coverage).toBeCloseTo(2 / 3, 12);
    expect(result.uncovered).toEqual(["Develop talent"]);
    // S = (2·min(1, 3/9) + 1·min(1, 9/9) + 1·min(1, 1/9)) / (2 + 1 + 1) = (6/9 + 9/9 + 1/9) / 4 = 4/9
    expect(result.strengthCoverage).toBeCloseTo(4 / 9, 12);
  });

  it("computes weight consistency WC = 1 − ½·Σ|ŵ − Î|", () => {
    // |0.4−0.375| + |0.3−0.5625| + |0.2−0.0625| + |0.1−0| = 0.025 + 0.2625 + 0.1375 + 0.1 = 0.525 → 1 − 0.2625
    expect(result.weightConsistency).toBeCloseTo(0.7375, 12);
  });

  it("computes perspective balance H, taking a KPI's perspective from its best objective", () => {
    // financial 0.4 (own), customer 0.3 (from objective 1), learning 0.2 (from objective 2), KPI 3 left out.
    // p = [4/9, 3/9, 0, 2/9]; H = −Σ p ln p / ln 4
    const p = [4 / 9, 3 / 9, 2 / 9];
    const h = -p.reduce((s, x) => s + x * Math.log(x), 0) / Math.log(4); // ≈ 0.765247
    expect(result.balance).toBeCloseTo(h, 12);
    expect(result.balance).toBeCloseTo(0.765247, 6);
    expect(result.perspectiveWeights.financial).toBeCloseTo(4 / 9, 12);
    expect(result.perspectiveWeights.customer).toBeCloseTo(3 / 9, 12);
    expect(result.perspectiveWeights.process).toBe(0);
    expect(result.perspectiveWeights.learning).toBeCloseTo(2 / 9, 12);
    expect(result.emptyPerspectives).toEqual(["process"]);
    expect(result.crowdedPerspectives).toEqual([]);
  });

  it("combines them into the index and band", () => {
    // 100·(0.3·2/3 + 0.3·4/9 + 0.3·0.7375 + 0.1·0.765247) = 100·(0.2 + 0.133333 + 0.22125 + 0.076525) ≈ 63.111
    expect(result.index).toBeCloseTo(63.1108, 3);
    expect(result.band).toBe("moderate");
  });

  it("reports owner load, merging owner spellings", () => {
    expect(result.ownerLoad).toHaveLength(2);
    expect(result.ownerLoad[0]).toMatchObject({ owner: "Ann", kpis: 2 });
    expect(result.ownerLoad[0]?.weightShare).toBeCloseTo(0.6, 12);
    expect(result.ownerLoad[1]).toEqual({ owner: "Bo", kpis: 1, weightShare: 0.3 });
  });

  it("reports orphans, weak-only KPIs, uncovered objectives and the empty perspective", () => {
    expect(codes(result.issues).sort()).toEqual(["ORPHAN_KPI", "PERSPECTIVE_EMPTY", "UNCOVERED_OBJECTIVE", "WEAK_ONLY_KPI"]);
    expect(result.issues.find((i) => i.code === "ORPHAN_KPI")).toMatchObject({ kpi: 3 });
    expect(result.issues.find((i) => i.code === "PERSPECTIVE_EMPTY")?.message).toEqual({
      en: "The Internal process perspective has no KPI weight.",
      zh: "内部流程维度没有 KPI 权重。",
    });
  });

  it("uses custom component weights, divided by their sum", () => {
    const onlyCoverage = strategyMatch(kpis, objectives, { weights: { coverage: 1, strengthCoverage: 0, weightConsistency: 0, balance: 0 } });
    expect(onlyCoverage.index).toBeCloseTo(100 * (2 / 3), 10);
    // 2·C + 2·S (others default 0.3/0.1): (2·2/3 + 2·4/9 + 0.3·0.7375 + 0.1·H) / 4.4
    const doubled = strategyMatch(kpis, objectives, { weights: { coverage: 2, strengthCoverage: 2 } });
    expect(doubled.index).toBeCloseTo((100 * (2 * (2 / 3) + 2 * (4 / 9) + 0.3 * 0.7375 + 0.1 * result.balance)) / 4.4, 10);
  });

  it("falls back to the default component weights when they are invalid", () => {
    const bad = strategyMatch(kpis, objectives, { weights: { coverage: -1 } });
    expect(bad.index).toBeCloseTo(result.index, 12);
    expect(codes(bad.issues)).toContain("MATCH_WEIGHTS_INVALID");
    const zero = strategyMatch(kpis, objectives, { weights: { coverage: 0, strengthCoverage: 0, weightConsistency: 0, balance: 0 } });
    expect(codes(zero.issues)).toContain("MATCH_WEIGHTS_INVALID");
    expect(DEFAULT_MATCH_WEIGHTS).toEqual({ coverage: 0.3, strengthCoverage: 0.3, weightConsistency: 0.3, balance: 0.1 });
  });

  it("does not mutate its arguments", () => {
    const k = JSON.parse(JSON.stringify(kpis));
    const o = JSON.parse(JSON.stringify(objectives));
    strategyMatch(Object.freeze(k.map((x: MatchKpi) => Object.freeze(x))), Object.freeze(o.map((x: Objective) => Object.freeze(x))));
    expect(k).toEqual(kpis);
    expect(o).toEqual(objectives);
  });
});

describe("strategyMatch edge cases", () => {
  it("a perfect match scores 100 and is strong", () => {
    // Each KPI linked (9) to one objective, equal weights and priorities, one per perspective:
    // C = 1, S = 1, I = [9, 9, 9, 9] so Î = ŵ = 1/4 and WC = 1, H = ln 4 / ln 4 = 1 → 100
    const four: Objective[] = [
      { name: "Grow revenue", weight: 1, perspective: "financial" },
      { name: "Delight customers", weight: 1, perspective: "customer" },
      { name: "Streamline operations", weight: 1, perspective: "process" },
      { name: "Develop talent", weight: 1, perspective: "learning" },
    ];
    const result = strategyMatch(
      four.map((o) => ({ name: `KPI for ${o.name}`, objective: o.name })),
      four,
    );
    expect(result.index).toBeCloseTo(100, 10);
    expect(result.band).toBe("strong");
    expect(result.issues).toEqual([]);
  });

  it("gives index 0 without objectives, without throwing", () => {
    const result = strategyMatch([{ name: "Revenue", perspective: "financial" }], []);
    expect(result.index).toBe(0);
    expect(result.band).toBe("weak");
    expect(result.matrix).toEqual([[]]);
    expect(result.best).toEqual([{ strength: 0 }]);
    expect(result.orphans).toEqual([]);
    expect(codes(result.issues)).toContain("NO_OBJECTIVES");
  });

  it("gives index 0 without KPIs, listing every objective as uncovered", () => {
    const result = strategyMatch([], objectives);
    expect(result.index).toBe(0);
    expect(result.coverage).toBe(0);
    expect(result.uncovered).toEqual(["Grow revenue", "Improve customer satisfaction", "Develop talent"]);
    expect(codes(result.issues)).toEqual(["NO_KPIS"]);
  });

  it("survives input that is not an array", () => {
    const result = strategyMatch(null as unknown as MatchKpi[], "x" as unknown as Objective[]);
    expect(result.index).toBe(0);
    expect(codes(result.issues)).toEqual(["NO_OBJECTIVES", "NO_KPIS"]);
  });

  it("applies the weight rules: all blank → equal; some blank → 0 and reported; invalid → blank", () => {
    const two: Objective[] = [{ name: "Grow revenue", weight: 1 }];
    expect(strategyMatch([{ name: "a" }, { name: "b" }], two).weightShare).toEqual([0.5, 0.5]);
    const some = strategyMatch([{ name: "a", weight: 3 }, { name: "b" }], two);
    expect(some.weightShare).toEqual([1, 0]);
    expect(some.issues.filter((i) => i.code === "KPI_WEIGHT_BLANK")).toMatchObject([{ kpi: 1 }]);
    const invalid = strategyMatch([{ name: "a", weight: 1 }, { name: "b", weight: -2 }, { name: "c", weight: 3 }], two);
    expect(invalid.weightShare).toEqual([0.25, 0, 0.75]);
    expect(codes(invalid.issues)).toEqual(expect.arrayContaining(["KPI_WEIGHT_INVALID", "KPI_WEIGHT_BLANK"]));
    const zero = strategyMatch([{ name: "a", weight: 0 }, { name: "b", weight: 0 }], two);
    expect(zero.weightShare).toEqual([0.5, 0.5]);
    expect(codes(zero.issues)).toContain("KPI_WEIGHTS_ZERO");
  });

  it("reports a link to an unknown objective and falls back to the text", () => {
    const result = strategyMatch([{ name: "Revenue", objective: "Conquer Mars" }], [{ name: "Grow revenue", weight: 1 }]);
    expect(result.matrix).toEqual([[3]]);
    expect(result.issues.find((i) => i.code === "LINK_UNKNOWN")).toMatchObject({ kpi: 0 });
  });

  it("gives WC 0 when nothing relates, and H 0 without perspectives", () => {
    const result = strategyMatch([{ name: "Office plants" }], [{ name: "Grow revenue", weight: 1 }]);
    expect(result.weightConsistency).toBe(0);
    expect(result.balance).toBe(0);
    expect(codes(result.issues)).toEqual(expect.arrayContaining(["IMPORTANCE_ZERO", "NO_PERSPECTIVES", "ORPHAN_KPI"]));
  });

  it("warns on more than 5 objectives in one perspective", () => {
    const six: Objective[] = ["Revenue", "Profit", "Cash", "Cost", "Margin", "Inventory"].map((name) => ({ name, weight: 1, perspective: "financial" }));
    const five = six.slice(0, 5);
    expect(strategyMatch([{ name: "Revenue" }], six).crowdedPerspectives).toEqual(["financial"]);
    expect(codes(strategyMatch([{ name: "Revenue" }], six).issues)).toContain("PERSPECTIVE_CROWDED");
    expect(strategyMatch([{ name: "Revenue" }], five).crowdedPerspectives).toEqual([]);
  });

  it("uses equal priorities when all objective weights are 0", () => {
    const result = strategyMatch([{ name: "Revenue" }], [{ name: "Grow revenue", weight: 0 }, { name: "Cut cost", weight: 0 }]);
    expect(result.importance).toEqual([3]);
    expect(result.strengthCoverage).toBeCloseTo(1 / 6, 12); // (1·3/9 + 1·0) / 2
    expect(codes(result.issues)).toContain("OBJECTIVE_WEIGHTS_ZERO");
  });
});
