import { weightedTotal, type WeightedItem } from "../../../src/engine/score/weightedTotal";

const pairs = (scores: (number | null)[], weights: (number | null)[]): WeightedItem[] =>
  scores.map((score, i) => ({ score, weight: weights[i] ?? null }));
const codes = (t: { issues: readonly { code: string }[] }) => t.issues.map((i) => i.code);

describe("weightedTotal — Σ sᵢwᵢ / Σ wᵢ over KPIs with a score", () => {
  it("weights scores", () => {
    // (1·40 + 0.8·30 + 0.5·30) / 100 = (40 + 24 + 15) / 100 = 0.79
    const t = weightedTotal(pairs([1, 0.8, 0.5], [40, 30, 30]));
    expect(t).toEqual({ value: 0.79, mode: "weighted", used: [0, 1, 2], excludedNoWeight: [], excludedNoScore: [], excludedInvalidWeight: [], issues: [] });
  });
  it("treats weights as relative: 40/30/30 ≡ 0.4/0.3/0.3 ≡ 4/3/3", () => {
    // (1.1·4 + 0.93·3 + 0.67·3) / 10 = (4.4 + 2.79 + 2.01) / 10 = 0.92
    const scores = [1.1, 0.93, 0.67];
    const totals = [[40, 30, 30], [0.4, 0.3, 0.3], [4, 3, 3]].map((w) => weightedTotal(pairs(scores, w)).value);
    expect(totals).toEqual([0.92, 0.92, 0.92]);
  });
  it("uses equal weights when every weight is blank", () => {
    // (1 + 0.5 + 0.9) / 3 = 0.8
    const t = weightedTotal(pairs([1, 0.5, 0.9], [null, null, null]));
    expect(t).toMatchObject({ value: 0.8, mode: "equal", used: [0, 1, 2] });
    expect(t.issues).toEqual([]);
  });
  it("leaves out, and reports, scored KPIs with a blank weight when others have one", () => {
    // only items 0 and 2 count: (1·3 + 0.6·1) / 4 = 0.9
    const t = weightedTotal(pairs([1, 0.2, 0.6], [3, null, 1]));
    expect(t).toMatchObject({ value: 0.9, mode: "weighted", used: [0, 2], excludedNoWeight: [1] });
    expect(codes(t)).toEqual(["WEIGHT_BLANK"]);
    expect(t.issues[0]?.message.en).toContain("1 KPI(s)");
  });
  it("skips KPIs without a score (N/A ignored) and renormalises the weights", () => {
    // item 1 has no score: (1·50 + 0.7·25) / 75 = 67.5 / 75 = 0.9
    const t = weightedTotal(pairs([1, null, 0.7], [50, 25, 25]));
    expect(t).toMatchObject({ value: 0.9, used: [0, 2], excludedNoScore: [1] });
    expect(t.issues).toEqual([]);
  });
  it("decides the weighting scheme over all items, scored or not", () => {
    // the unscored item has a weight, so the scored one with a blank weight is left out: no value
    const t = weightedTotal(pairs([1, null], [null, 50]));
    expect(t).toMatchObject({ mode: "none", used: [], excludedNoWeight: [0], excludedNoScore: [1] });
    expect(t.value).toBeUndefined();
    expect(codes(t)).toEqual(["WEIGHT_BLANK"]);
  });
  it("leaves out negative and non-finite weights, with an issue", () => {
    // only item 0 counts: 0.8·2 / 2 = 0.8
    const t = weightedTotal(pairs([0.8, 1, 1], [2, -1, Infinity]));
    expect(t).toMatchObject({ value: 0.8, used: [0], excludedInvalidWeight: [1, 2] });
    expect(codes(t)).toEqual(["WEIGHT_INVALID"]);
  });
  it("counts zero weights, and gives no value when the weights add up to 0", () => {
    // (1·1 + 0·0) / 1 = 1
    expect(weightedTotal(pairs([1, 0], [1, 0]))).toMatchObject({ value: 1, used: [0, 1] });
    const t = weightedTotal(pairs([1, 0.5], [0, 0]));
    expect(t).toMatchObject({ mode: "none", used: [0, 1] });
    expect(t.value).toBeUndefined();
    expect(codes(t)).toEqual(["WEIGHTS_SUM_ZERO"]);
  });
  it("reports non-finite scores and an empty input", () => {
    const t = weightedTotal(pairs([NaN, 0.5], [1, 1]));
    expect(t).toMatchObject({ value: 0.5, excludedNoScore: [0] });
    expect(codes(t)).toEqual(["SCORE_INVALID"]);
    expect(codes(weightedTotal([]))).toEqual(["NO_SCORES"]);
    expect(weightedTotal([{}, { score: null }])).toMatchObject({ mode: "none", excludedNoScore: [0, 1] });
  });
  it("does not overflow with huge weights", () => {
    // relative weights 1:1 → (1 + 0.5) / 2 = 0.75
    expect(weightedTotal(pairs([1, 0.5], [1e308, 1e308])).value).toBe(0.75);
  });
  it("does not mutate its argument and shares empty lists", () => {
    const items = Object.freeze(pairs([1, 0.5], [2, 1]).map((i) => Object.freeze(i)));
    const copy = JSON.parse(JSON.stringify(items)) as unknown;
    const t = weightedTotal(items);
    expect(items).toEqual(copy);
    expect(t.excludedNoScore).toBe(t.excludedNoWeight);
    expect(Object.isFrozen(t.issues)).toBe(true);
  });
});
