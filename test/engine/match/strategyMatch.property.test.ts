import fc from "fast-check";
import { strategyMatch } from "../../../src/engine/match/strategyMatch";
import type { MatchKpi } from "../../../src/engine/match/strengths";
import type { Objective, Perspective } from "../../../src/engine/model";

const WORDS = ["revenue", "sales", "cost", "customer", "客户", "满意度", "营收", "成本", "talent", "员工", "quality", "品牌", "brand", "grow", "提升", "delivery", "NPS", "market share", "市占率"];
const PERSPECTIVES: Perspective[] = ["financial", "customer", "process", "learning"];
const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.join(" "));
const objectiveArb: fc.Arbitrary<Objective> = fc.record(
  { name: text, weight: fc.oneof(fc.constant(1), fc.integer({ min: 0, max: 5 })), perspective: fc.constantFrom(...PERSPECTIVES) },
  { requiredKeys: ["name", "weight"] },
);
const kpiArb = (links: readonly string[]): fc.Arbitrary<MatchKpi> =>
  fc.record(
    {
      name: text,
      description: text,
      objective: links.length > 0 ? fc.constantFrom(...links) : fc.constant("none"),
      weight: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: -1, max: 10, noNaN: false })),
      perspective: fc.constantFrom(...PERSPECTIVES),
      owner: fc.constantFrom("Ann", "Bo", "ann", "张三"),
    },
    { requiredKeys: ["name"] },
  );
const scenario = fc
  .array(objectiveArb, { maxLength: 6 })
  .chain((objectives) => fc.tuple(fc.array(kpiArb(objectives.map((o) => o.name)), { maxLength: 8 }), fc.constant(objectives)));

describe("strategyMatch properties", () => {
  it("keeps the index and every component within range", () => {
    fc.assert(
      fc.property(scenario, ([kpis, objectives]) => {
        const r = strategyMatch(kpis, objectives);
        expect(r.index).toBeGreaterThanOrEqual(0);
        expect(r.index).toBeLessThanOrEqual(100 + 1e-9);
        for (const c of [r.coverage, r.strengthCoverage, r.weightConsistency, r.balance]) {
          expect(c).toBeGreaterThanOrEqual(-1e-12);
          expect(c).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
      { seed: 20261127, numRuns: 300 },
    );
  });

  it("never raises coverage when an unrelated KPI is added", () => {
    fc.assert(
      fc.property(scenario, fc.constantFrom("Office plants watered", "茶水间咖啡机"), ([kpis, objectives], unrelated) => {
        const before = strategyMatch(kpis, objectives);
        const after = strategyMatch([...kpis, { name: unrelated, weight: 5 }], objectives);
        expect(after.coverage).toBeLessThanOrEqual(before.coverage);
        expect(after.strengthCoverage).toBeLessThanOrEqual(before.strengthCoverage + 1e-12);
        expect(after.uncovered).toEqual(before.uncovered);
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it("does not depend on KPI order (per-KPI arrays permute with it)", () => {
    fc.assert(
      fc.property(
        scenario.chain(([kpis, objectives]) =>
          fc.tuple(fc.constant(kpis), fc.constant(objectives), fc.shuffledSubarray(kpis.map((_, i) => i), { minLength: kpis.length, maxLength: kpis.length })),
        ),
        ([kpis, objectives, order]) => {
          const a = strategyMatch(kpis, objectives);
          const b = strategyMatch(order.map((i) => kpis[i] as MatchKpi), objectives);
          for (const key of ["index", "coverage", "strengthCoverage", "weightConsistency", "balance"] as const) expect(b[key]).toBeCloseTo(a[key], 9);
          expect(b.band === a.band || Math.abs(a.index - 75) < 1e-9 || Math.abs(a.index - 60) < 1e-9).toBe(true);
          expect(b.uncovered).toEqual(a.uncovered);
          expect(b.emptyPerspectives).toEqual(a.emptyPerspectives);
          expect(b.matrix).toEqual(order.map((i) => a.matrix[i]));
          expect(b.best).toEqual(order.map((i) => a.best[i]));
          expect(b.importance).toEqual(order.map((i) => a.importance[i]));
          expect(b.orphans.map((k) => order[k]).sort()).toEqual([...a.orphans].sort());
          const owners = (r: typeof a) => r.ownerLoad.map((o) => `${o.owner}:${o.kpis}:${o.weightShare.toFixed(9)}`).sort();
          expect(owners(b)).toEqual(owners(a));
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });

  it("does not mutate its inputs", () => {
    fc.assert(
      fc.property(scenario, ([kpis, objectives]) => {
        const before = JSON.stringify([kpis, objectives]);
        strategyMatch(kpis, objectives, { weights: { balance: 0.2 } });
        expect(JSON.stringify([kpis, objectives])).toBe(before);
      }),
      { seed: 3, numRuns: 100 },
    );
  });

  it("matches 10,000 KPIs × 20 objectives (speed and linear growth: npm run bench)", () => {
    const names = ["Revenue growth", "客户满意度", "Unit cost", "员工培训时长", "Defect rate", "市场份额", "On-time delivery", "品牌知名度"];
    const objectives: Objective[] = Array.from({ length: 20 }, (_, j) => ({ name: `${names[j % names.length] ?? ""} objective ${j}`, weight: 1 + (j % 3) }));
    const kpis: MatchKpi[] = Array.from({ length: 10_000 }, (_, k) => ({ name: `${names[k % names.length] ?? ""} 区域${k % 97}`, weight: 1 + (k % 5), owner: `o${k % 40}` }));
    const result = strategyMatch(kpis, objectives);
    expect(result.matrix).toHaveLength(10_000);
    expect(result.matrix.every((row) => row.length === 20)).toBe(true);
    expect(result.index).toBeGreaterThanOrEqual(0);
    expect(result.index).toBeLessThanOrEqual(100);
  });
});
