import { checkMeasurable } from "../../../src/engine/smart/measurable";
import { METRIC_MATCHER, VAGUE_MATCHER } from "../../../src/engine/smart/vocabulary";
import { extractTextFacts } from "../../../src/engine/parse/textFacts";
import { parseTarget } from "../../../src/engine/parse/target";

function measurable(text: string, cells: { target?: number; unit?: string; isPercent?: boolean } = {}) {
  return checkMeasurable({ ...cells, facts: extractTextFacts(text), metrics: METRIC_MATCHER.find(text), vague: VAGUE_MATCHER.find(text) });
}

describe("checkMeasurable", () => {
  it("met: a target cell with a unit cell", () => {
    const r = measurable("Widget output", { target: 500, unit: "pcs" });
    expect(r).toMatchObject({ state: "met", code: "M_TARGET_AND_UNIT" });
    expect(r.message.en).toBe("Numeric target 500, measured in pcs.");
  });

  it("met: a percent target cell", () => {
    expect(measurable("On-time delivery", { target: 0.95, isPercent: true }).message.en).toBe("Numeric target 95%, measured in %.");
  });

  it("met: a number in the text with %, currency or unit", () => {
    expect(measurable("raise sales by 10% by Q3 2027").state).toBe("met");
    expect(measurable("月销售额达到¥350万").message.zh).toContain("¥");
    expect(measurable("cut first-response time from 9 h to 4 h").message.en).toBe("Numeric target 4, measured in h.");
  });

  it("met: a bare number measured by the metric noun", () => {
    expect(measurable("NPS ≥ 50").message.en).toBe("Numeric target 50, measured in nps.");
    expect(measurable("客户数达到500").state).toBe("met");
  });

  it("not met: words instead of a number ('high', 'significant', '显著提升')", () => {
    expect(measurable("Achieve high customer satisfaction")).toMatchObject({ state: "not-met", code: "M_VAGUE_TARGET" });
    expect(measurable("Significant revenue growth").code).toBe("M_VAGUE_TARGET");
    const zh = measurable("销售额显著提升");
    expect(zh).toMatchObject({ state: "not-met", code: "M_VAGUE_TARGET" });
    expect(zh.message.zh).toContain("显著");
    expect(zh.suggestion?.zh).toContain("90%");
  });

  it("not met: no number at all", () => {
    expect(measurable("Revenue")).toMatchObject({ state: "not-met", code: "M_NO_TARGET" });
  });

  it("not met: a number with nothing it is measured in", () => {
    expect(measurable("Widget index", { target: 5 })).toMatchObject({ state: "not-met", code: "M_NO_UNIT" });
    expect(measurable("Widget index", { target: 5 }).suggestion?.en).toContain("unit");
  });

  it("invalid input: a non-finite target cell is no target; a blank unit is no unit", () => {
    expect(measurable("Widget index", { target: Number.NaN }).code).toBe("M_NO_TARGET");
    expect(measurable("Widget index", { target: 3, unit: "   " }).code).toBe("M_NO_UNIT");
  });

  it("does not mutate its input", () => {
    const input = { target: 3, unit: "h", facts: { numbers: [] }, metrics: ["revenue"], vague: [] };
    const copy = structuredClone(input);
    checkMeasurable(input);
    expect(input).toEqual(copy);
  });
});

describe("checkMeasurable: a target stated as a change against the start", () => {
  it("is met and says so in both languages", () => {
    const r = checkMeasurable({ stated: parseTarget("同比下降30%"), unit: "件", facts: extractTextFacts("收费纠纷投诉量"), metrics: [], vague: [] });
    expect(r).toMatchObject({ state: "met", code: "M_CHANGE_TARGET" });
    expect(r.message).toEqual({ en: "Target 同比下降30%: a change relative to the starting value.", zh: "目标“同比下降30%”：相对起点值的变动幅度。" });
    expect(parseTarget("−25% vs 2026")).toEqual({ kind: "change", change: -0.25, text: "−25% vs 2026" });
  });

  it("reads a level to reach as no change: 下降至5% is the level 5 %, not 'a change of 5 %'", () => {
    expect(parseTarget("下降至5%").kind).not.toBe("change");
    expect(parseTarget("15%").kind).toBe("number");
  });
});
