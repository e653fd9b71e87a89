import { makeWordMatcher, wordListSource } from "../../../src/engine/smart/wordMatcher";
import { METRIC_MATCHER, VAGUE_MATCHER } from "../../../src/engine/smart/vocabulary";

describe("makeWordMatcher", () => {
  const m = makeWordMatcher(
    [
      { terms: ["cost", "market share"], inflection: "noun" },
      { terms: ["reduce", "cut"], inflection: "verb" },
    ],
    ["成本"],
  );

  it("English by whole word with inflections, Chinese by substring", () => {
    expect(m.find("Costs, market-share and 降低成本")).toEqual(["costs", "market share", "成本"]);
    expect(m.find("reduced, reducing, cutting")).toEqual(["reduced", "reducing", "cutting"]);
    expect(m.test("costume")).toBe(false);
    expect(m.test("CRM成本")).toBe(true);
  });

  it("English words next to Chinese characters still match", () => {
    expect(METRIC_MATCHER.find("NPS达到50")).toEqual(["nps"]);
  });

  it("the SMART vocabularies", () => {
    expect(METRIC_MATCHER.find("Improve the customer churn rate")).toEqual(["churn rate"]);
    expect(VAGUE_MATCHER.find("进一步提升")).toEqual(["进一步", "提升"]);
  });

  it("empty lists never match; find is repeatable (no lastIndex left behind)", () => {
    const none = makeWordMatcher([], []);
    expect(wordListSource([], [])).toBe("(?!)");
    expect(none.find("anything")).toEqual([]);
    expect(m.find("cost cost")).toEqual(m.find("cost cost"));
  });

  it("does not mutate its lists", () => {
    const terms = Object.freeze(["b", "aa"]);
    makeWordMatcher([{ terms, inflection: "none" }], Object.freeze(["丙", "甲乙"]));
    expect(terms).toEqual(["b", "aa"]);
  });
});
