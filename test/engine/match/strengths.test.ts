import { bestObjective } from "../../../src/engine/match/bestObjective";
import { prepareObjectives } from "../../../src/engine/match/prepareObjectives";
import { strengths } from "../../../src/engine/match/strengths";
import type { Objective } from "../../../src/engine/model";

const english: Objective[] = [
  { name: "Grow revenue", weight: 1 }, // concepts {revenue}
  { name: "Reduce operating cost", weight: 1 }, // {operat, cost}
  { name: "Delight customers", weight: 1 }, // {delight, customer}
];
const chinese: Objective[] = [
  { name: "提升营收", weight: 1 }, // {revenue}
  { name: "降低运营成本", weight: 1 }, // {process, cost}
  { name: "提升客户满意度", weight: 1 }, // {customer, satisfaction}
];

describe("strengths", () => {
  const en = prepareObjectives(english);
  const zh = prepareObjectives(chinese);

  it("gives 9 for an explicit link, tolerant of wording", () => {
    expect(strengths({ name: "Widgets", objective: "grow REVENUE" }, en)).toEqual([9, 0, 0]);
    expect(strengths({ name: "Widgets", objective: "「降低 运营成本」" }, zh)).toEqual([0, 9, 0]);
  });

  it("gives 3 for clearly related text (similarity ≥ 0.5) in English", () => {
    // {revenue} vs {revenue}: (1 + 1) / 2 = 1
    expect(strengths({ name: "Revenue growth rate" }, en)).toEqual([3, 0, 0]);
    // {customer, satisfaction} vs {delight, customer}: (1/2 + 1/2) / 2 = 0.5
    expect(strengths({ name: "Customer satisfaction" }, en)).toEqual([0, 0, 3]);
  });

  it("gives 1 for weakly related text (0.2 ≤ similarity < 0.5) and 0 otherwise", () => {
    // {customer, park, permit} to "Delight customers" {delight, customer}: (1/3 + 1/2) / 2 = 5/12 → 1 (no theme says otherwise)
    expect(strengths({ name: "Customer parking permits" }, en)[2]).toBe(1);
    // {customer, acquisition, cost} shares only "customer" with "Delight customers", and acquisition cost is no
    // customer satisfaction: one shared word whose subjects disagree is no link
    expect(strengths({ name: "Customer acquisition cost" }, en)[2]).toBe(0);
    // {employee, turnover}: nothing shared, and no theme of "Employee turnover" (people) is in these objectives
    expect(strengths({ name: "Employee turnover" }, en)).toEqual([0, 0, 0]);
  });

  it("gives 3 for a clear theme link where the words differ (the metric lexicon)", () => {
    // CAC: the lexicon's "customer acquisition cost" measures cost first (its head word) and acquisition;
    // the phrase "operating cost" makes a cost link → 3. Nothing feeds growth, so "Grow revenue" stays 0.
    expect(strengths({ name: "Customer acquisition cost" }, en)).toEqual([0, 3, 0]);
    const talent = prepareObjectives([{ name: "Attract top talent", weight: 1 }, { name: "Strengthen liquidity", weight: 1 }, { name: "Grow revenue", weight: 1 }]);
    expect(strengths({ name: "Time to hire" }, talent)).toEqual([3, 0, 0]);
    expect(strengths({ name: "Cash conversion cycle" }, talent)).toEqual([0, 3, 0]);
    const zhThemes = prepareObjectives([{ name: "增强资金流动性", weight: 1 }, { name: "扩大优质销售线索", weight: 1 }, { name: "提升品牌知名度", weight: 1 }]);
    expect(strengths({ name: "现金周转周期" }, zhThemes)).toEqual([3, 0, 0]);
    expect(strengths({ name: "市场合格线索数" }, zhThemes)[1]).toBe(3);
    expect(strengths({ name: "线索转化率" }, zhThemes)[1]).toBe(3);
    expect(strengths({ name: "品牌搜索指数" }, zhThemes)[2]).toBe(3);
  });

  it("makes no link between unrelated metrics and objectives", () => {
    const hotel = prepareObjectives([{ name: "Fill more rooms at better rates", weight: 1 }, { name: "Control food and labour costs", weight: 1 }, { name: "Grow direct bookings", weight: 1 }]);
    expect(strengths({ name: "Teacher retention rate" }, hotel)).toEqual([0, 0, 0]);
    expect(strengths({ name: "Deployment frequency" }, hotel)).toEqual([0, 0, 0]);
  });

  it("works for Chinese text", () => {
    // {revenue} vs {revenue} → 3
    expect(strengths({ name: "销售额增长率" }, zh)).toEqual([3, 0, 0]);
    // {customer, satisfaction} vs {customer, satisfaction} → 3
    expect(strengths({ name: "客户满意度" }, zh)).toEqual([0, 0, 3]);
    // {单位, 生产, cost} vs {process, cost}: (1/3 + 1/2) / 2 = 5/12 → 1 by words; but 成本 is a cost
    // metric and 运营成本 names cost → a theme link, 3
    expect(strengths({ name: "单位生产成本" }, zh)).toEqual([0, 3, 0]);
    // {华东, 拜访} shares no word; 拜访次数 (sales visits) measures acquisition, which none of these names → 0
    expect(strengths({ name: "华东拜访次数" }, zh)).toEqual([0, 0, 0]);
    expect(strengths({ name: "华东仓库面积" }, zh)).toEqual([0, 0, 0]);
  });

  it("works for mixed text across languages", () => {
    expect(strengths({ name: "提升Revenue" }, en)).toEqual([3, 0, 0]); // {revenue}
    expect(strengths({ name: "Revenue" }, zh)).toEqual([3, 0, 0]);
    // KPI {satisfaction, customer, 调查}; "Delight customers" {delight, customer}: (1/3 + 1/2) / 2 = 5/12 → 1
    // by words, but 客户满意度 measures satisfaction and "delight" says it → 3
    expect(strengths({ name: "NPS", description: "客户满意度调查" }, en)).toEqual([0, 0, 3]);
    // "Improve customer satisfaction" {customer, satisfaction}: (2/3 + 2/2) / 2 = 5/6 → 3
    expect(strengths({ name: "NPS", description: "客户满意度调查" }, prepareObjectives([{ name: "Improve customer satisfaction", weight: 1 }]))).toEqual([3]);
  });

  it("lets an explicit link win where the text points elsewhere", () => {
    // The text says revenue (3 to objective 0), the link says customers: 9 to objective 2,
    // and the text strength to objective 0 stays.
    const row = strengths({ name: "Revenue growth rate", objective: "Delight customers" }, en);
    expect(row).toEqual([3, 0, 9]);
    expect(bestObjective({ name: "Revenue growth rate", objective: "Delight customers" }, en)).toEqual({ index: 2, objective: "Delight customers", strength: 9, evidence: { kind: "explicit" } });
  });

  it("reads the description as well as the name", () => {
    // KPI {mrr, recur, subscription, revenue, bill} contains the whole objective {revenue}: (1/5 + 1/1) / 2 = 0.6 → 3
    expect(strengths({ name: "MRR", description: "Recurring subscription revenue billed monthly" }, en)[0]).toBe(3);
  });

  it("is all 0 with no objectives or an unreadable KPI, and does not mutate", () => {
    expect(strengths({ name: "Revenue" }, prepareObjectives([]))).toEqual([]);
    expect(strengths(null as unknown as { name: string }, en)).toEqual([0, 0, 0]);
    expect(strengths({ name: 42 as unknown as string }, en)).toEqual([0, 0, 0]);
    const kpi = Object.freeze({ name: "Revenue", objective: "Delight customers" });
    const objectives = english.map((o) => Object.freeze({ ...o }));
    expect(strengths(kpi, prepareObjectives(Object.freeze(objectives)))).toEqual([3, 0, 9]);
  });
});

describe("bestObjective", () => {
  it("picks the highest strength", () => {
    expect(bestObjective({ name: "客户满意度" }, prepareObjectives(chinese))).toMatchObject({ index: 2, objective: "提升客户满意度", strength: 3 });
  });

  it("breaks ties by affinity, then the higher priority weight, then the first", () => {
    // "Widget customers" shares one concept with each objective (1 to both, no theme): weight decides.
    const tied = prepareObjectives([
      { name: "Customer widgets first", weight: 1 },
      { name: "Widget customers", weight: 2 },
      { name: "Customer widgets", weight: 2 },
    ]);
    expect(bestObjective({ name: "Widget customer count" }, tied)).toMatchObject({ index: 1, objective: "Widget customers" });
    // Of two theme links of strength 3, the metric's first theme wins: share of voice is first about awareness.
    const brand = prepareObjectives([
      { name: "Grow share in the premium segment", weight: 1 },
      { name: "Become the best-known brand in our category", weight: 1 },
    ]);
    expect(bestObjective({ name: "Share of voice" }, brand)).toMatchObject({ index: 1, strength: 3, evidence: { kind: "theme", theme: "awareness" } });
  });

  it("has no objective when nothing relates", () => {
    expect(bestObjective({ name: "Office plants watered" }, prepareObjectives(english))).toEqual({ strength: 0 });
    expect(bestObjective({ name: "Revenue" }, prepareObjectives([]))).toEqual({ strength: 0 });
  });
});
