import { tokenize } from "../../../src/engine/match/tokenize";

describe("tokenize", () => {
  it("drops vague verbs and generic measurement words, keeps the subject", () => {
    expect(tokenize("Grow revenue")).toEqual(["revenue"]);
    expect(tokenize("Revenue growth rate (%)")).toEqual(["revenue"]);
  });

  it("maps synonyms to one concept id in English and Chinese", () => {
    expect(tokenize("Sales")).toEqual(["revenue"]);
    expect(tokenize("销售额")).toEqual(["revenue"]);
    expect(tokenize("营收")).toEqual(["revenue"]);
    expect(tokenize("Client NPS")).toEqual(["customer", "satisfaction"]);
    expect(tokenize("市占率")).toEqual(["market-share"]);
  });

  it("matches multi-word English phrases before single words", () => {
    expect(tokenize("Grow market share in Asia")).toEqual(["market-share", "asia"]);
    expect(tokenize("On-time delivery")).toEqual(["delivery"]);
  });

  it("segments Chinese: synonym terms longest first, the rest with Intl.Segmenter", () => {
    expect(tokenize("提升销售额和客户满意度，降低成本，提高市场份额")).toEqual(["revenue", "customer", "satisfaction", "cost", "market-share"]);
    expect(tokenize("员工满意度")).toEqual(["engagement"]); // the longer term wins over 员工 + 满意度
    expect(tokenize("降低单位生产成本")).toEqual(["单位", "生产", "cost"]);
  });

  it("handles mixed text", () => {
    expect(tokenize("提升Revenue")).toEqual(["revenue"]);
    expect(tokenize("NPS客户满意度")).toEqual(["satisfaction", "customer"]);
  });

  it("folds full-width forms and case, stems plurals", () => {
    expect(tokenize("ＣＵＳＴＯＭＥＲＳ")).toEqual(["customer"]);
    expect(tokenize("Widgets shipped")).toEqual(["widget", "delivery"]); // shipping/shipped → delivery
  });

  it("drops numbers, single letters and blank text", () => {
    expect(tokenize("Q3 2027 target 15%")).toEqual([]);
    expect(tokenize("")).toEqual([]);
    expect(tokenize("   ")).toEqual([]);
  });

  it("returns unique ids", () => {
    expect(tokenize("sales revenue 销售额 营收")).toEqual(["revenue"]);
  });
});
