import { NO_GROUP, rollUp, type RollUpItem } from "../../../src/engine/score/rollUp";

describe("rollUp — weighted and worst child per group", () => {
  const items: RollUpItem[] = [
    { group: "Financial", score: 1.2, weight: 30 },
    { group: "Customer", score: 0.8, weight: 20 },
    { group: "Financial", score: 0.6, weight: 10 },
    { group: " customer ", score: 1, weight: 20 },
    { group: null, score: 0.5, weight: 20 },
    { group: "Customer", score: null, weight: 10 },
  ];
  it("groups in first-seen order, matching text loosely and keeping the first spelling", () => {
    const rows = rollUp(items);
    expect(rows.map((r) => r.group)).toEqual(["Financial", "Customer", NO_GROUP]);
    // Financial: (1.2·30 + 0.6·10) / 40 = 42 / 40 = 1.05; worst 0.6
    expect(rows[0]).toMatchObject({ weighted: 1.05, worst: 0.6, count: 2, scored: 2, items: [0, 2], mode: "weighted" });
    // Customer: (0.8·20 + 1·20) / 40 = 0.9 (item 5 has no score); worst 0.8
    expect(rows[1]).toMatchObject({ weighted: 0.9, worst: 0.8, count: 3, scored: 2, items: [1, 3, 5] });
    // blank group: 0.5
    expect(rows[2]).toMatchObject({ group: "(none)", weighted: 0.5, worst: 0.5, count: 1, scored: 1 });
  });
  it("applies the weighted-total rules inside each group", () => {
    // group A: all weights blank → equal: (1 + 0.5) / 2 = 0.75
    // group B: one blank weight beside a given one → left out: 0.9 alone
    const rows = rollUp([
      { group: "A", score: 1 },
      { group: "A", score: 0.5 },
      { group: "B", score: 0.9, weight: 1 },
      { group: "B", score: 0.1 },
    ]);
    expect(rows[0]).toMatchObject({ group: "A", weighted: 0.75, mode: "equal", worst: 0.5 });
    expect(rows[1]).toMatchObject({ group: "B", weighted: 0.9, mode: "weighted", worst: 0.1 });
    expect(rows[1]?.issues.map((i) => i.code)).toEqual(["WEIGHT_BLANK"]);
  });
  it("leaves weighted and worst out of a group without scores", () => {
    const [row] = rollUp([{ group: "Learning", score: null, weight: 1 }, { group: "Learning", score: NaN }]);
    expect(row).toMatchObject({ group: "Learning", count: 2, scored: 0, mode: "none" });
    expect(row?.weighted).toBeUndefined();
    expect(row?.worst).toBeUndefined();
  });
  it("handles empty input and blank or whitespace groups", () => {
    expect(rollUp([])).toEqual([]);
    const rows = rollUp([{ group: "", score: 1 }, { group: "   ", score: 0 }, { score: 0.5 }]);
    expect(rows).toHaveLength(1);
    // equal weights: (1 + 0 + 0.5) / 3 = 0.5
    expect(rows[0]).toMatchObject({ group: NO_GROUP, weighted: 0.5, worst: 0, count: 3 });
  });
  it("merges full-width and case variants of Chinese and English group text", () => {
    const rows = rollUp([{ group: "财务", score: 1 }, { group: "财务 ", score: 0.8 }, { group: "ＦＩＮＡＮＣＥ", score: 1 }, { group: "finance", score: 0.4 }]);
    expect(rows.map((r) => [r.group, r.count])).toEqual([["财务", 2], ["ＦＩＮＡＮＣＥ", 2]]);
  });
  it("does not mutate its argument", () => {
    const frozen = Object.freeze(items.map((i) => Object.freeze({ ...i })));
    const copy = JSON.parse(JSON.stringify(frozen)) as unknown;
    rollUp(frozen);
    expect(frozen).toEqual(copy);
  });
});
