import fc from "fast-check";
import { extractTextFacts } from "../../../src/engine/parse/textFacts";
import { dateToSerial } from "../../../src/engine/parse/serial";

const asOf = dateToSerial(2026, 11, 27); // 46353

describe("extractTextFacts — goals written in one cell", () => {
  it("reads baseline, target and deadline from an English goal", () => {
    const facts = extractTextFacts("cut average first-response time from 9 h to 4 h by end of Q1 2027", { asOf });
    expect(facts.baseline).toBe(9);
    expect(facts.target).toBe(4);
    expect(facts.deadline?.iso).toBe("2027-03-31");
    expect(facts.deadline?.kind).toBe("quarter");
    expect(facts.deadlineText).toBe("by end of Q1 2027");
    expect(facts.direction).toBe("lower"); // "cut"
    // the digits of "Q1 2027" are a deadline, not numbers
    expect(facts.numbers.map((n) => [n.value, n.unit])).toEqual([
      [9, "h"],
      [4, "h"],
    ]);
  });

  it("reads a Chinese goal: 从80%提升到90%（2026年底前）", () => {
    const facts = extractTextFacts("将客户满意度从80%提升到90%（2026年底前）", { asOf });
    expect(facts.baseline).toBeCloseTo(0.8, 12);
    expect(facts.target).toBeCloseTo(0.9, 12);
    expect(facts.deadline?.iso).toBe("2026-12-31");
    expect(facts.numbers.every((n) => n.percent)).toBe(true);
    expect(facts.direction).toBe("higher");
  });

  it("reads a relative change: raise sales by 10% by Q3 2027", () => {
    const facts = extractTextFacts("raise sales by 10% by Q3 2027", { asOf });
    expect(facts.numbers).toEqual([{ value: 0.1, percent: true, raw: "10%" }]);
    expect(facts.target).toBeUndefined();
    expect(facts.change).toBeCloseTo(0.1, 12);
    expect(facts.deadline?.iso).toBe("2027-09-30");
  });

  it("signs a change by its verb: 成本降低20% → −0.2", () => {
    expect(extractTextFacts("成本降低20%").change).toBeCloseTo(-0.2, 12);
    expect(extractTextFacts("cut costs by 15%").change).toBeCloseTo(-0.15, 12);
    expect(extractTextFacts("销售额增长10%").change).toBeCloseTo(0.1, 12);
  });

  it("takes comparison words as the target: NPS ≥ 50, 不低于95%", () => {
    expect(extractTextFacts("NPS ≥ 50").target).toBe(50);
    expect(extractTextFacts("准时交付率不低于95%").target).toBeCloseTo(0.95, 12);
    expect(extractTextFacts("keep churn below 2% each month").target).toBeCloseTo(0.02, 12);
  });

  it("links two numbers joined only by an arrow: 9h→4h", () => {
    const facts = extractTextFacts("9h→4h");
    expect([facts.baseline, facts.target]).toEqual([9, 4]);
  });

  it("reads currencies and scales through parseNumber", () => {
    const facts = extractTextFacts("reach ¥3.5万 monthly revenue");
    expect(facts.numbers[0]).toMatchObject({ value: 35000, currency: "¥", raw: "¥3.5万" });
    expect(facts.target).toBe(35000);
    expect(extractTextFacts("每月销售额达到100万元").target).toBe(1_000_000);
  });

  it("reads deadline forms: ISO, 年月日, FY, month names, by <year>, 2027年第三季度", () => {
    expect(extractTextFacts("ship by 2027-06-30").deadline?.iso).toBe("2027-06-30");
    expect(extractTextFacts("2027年6月30日前完成").deadline?.iso).toBe("2027-06-30");
    expect(extractTextFacts("churn 5% → 3% by FY2027").deadline?.kind).toBe("fiscal-year");
    expect(extractTextFacts("market share to 25% by June 2027").deadline?.iso).toBe("2027-06-30");
    expect(extractTextFacts("NPS ≥ 50 by 2027").deadline?.iso).toBe("2027-12-31");
    expect(extractTextFacts("2027年第三季度市场份额达到20%").deadline?.iso).toBe("2027-09-30");
  });

  it("reads a duration from asOf, and only with asOf", () => {
    // 2026-11-27 + 6 months = 2027-05-27
    expect(extractTextFacts("revenue $1.2M in 6 months", { asOf }).deadline?.iso).toBe("2027-05-27");
    expect(extractTextFacts("revenue $1.2M in 6 months").deadline).toBeUndefined();
    expect(extractTextFacts("6个月内上线", { asOf }).deadline?.iso).toBe("2027-05-27");
  });

  it("reads a recurring period as a cadence deadline: 每月", () => {
    const facts = extractTextFacts("每月销售额达到100万元", { asOf });
    expect(facts.deadline?.kind).toBe("cadence");
    expect(facts.deadline?.cadence).toBe("monthly");
  });

  it("reports a vague time phrase only when no deadline is found", () => {
    expect(extractTextFacts("尽快提升满意度").vagueDeadline).toBe("尽快");
    expect(extractTextFacts("reduce backlog ASAP").vagueDeadline).toBe("ASAP");
    const both = extractTextFacts("ongoing, review by Q1 2027");
    expect(both.vagueDeadline).toBeUndefined();
    expect(both.deadline?.iso).toBe("2027-03-31");
  });

  it("full-width digits and percent fold to ASCII: １２％", () => {
    expect(extractTextFacts("毛利率达到１２％").target).toBeCloseTo(0.12, 12);
  });

  it("several numbers without cues give no target", () => {
    const facts = extractTextFacts("10 stores, 20 staff");
    expect(facts.numbers.map((n) => n.value)).toEqual([10, 20]);
    expect(facts.target).toBeUndefined();
  });

  it("invalid input: blank or non-string text gives empty facts", () => {
    expect(extractTextFacts("")).toEqual({ numbers: [] });
    expect(extractTextFacts("   ")).toEqual({ numbers: [] });
    expect(extractTextFacts(42 as unknown as string)).toEqual({ numbers: [] });
    expect(extractTextFacts("no numbers here")).toEqual({ numbers: [] });
  });

  it("does not mutate its options", () => {
    const options = Object.freeze({ asOf, fiscalYearStartMonth: 4 });
    expect(() => extractTextFacts("FY2027 revenue to $5M", options)).not.toThrow();
    expect(options).toEqual({ asOf, fiscalYearStartMonth: 4 });
  });

  it("never throws and every number is finite, for any text", () => {
    const fragment = fc.constantFrom("from", "to", "by", "从", "到", "提升", "降低", "Q1 2027", "2026年底", "%", "¥", "9 h", "ASAP", "尽快", "每月", " ", "-", "(", "1,234.5", "３.５万", "→");
    const text = fc.oneof(fc.string(), fc.array(fc.oneof(fragment, fc.string({ maxLength: 3 })), { maxLength: 12 }).map((p) => p.join("")));
    fc.assert(
      fc.property(text, (t) => {
        const facts = extractTextFacts(t, { asOf });
        return facts.numbers.every((n) => Number.isFinite(n.value)) && (facts.target === undefined || Number.isFinite(facts.target));
      }),
      { seed: 20261127, numRuns: 500 },
    );
  });
});

describe("extractTextFacts: what a bare number counts", () => {
  const units = (text: string) => extractTextFacts(text).numbers.map((n) => [n.value, n.unit ?? null]);

  it("reads the noun phrase after a bare number as its unit, in both languages", () => {
    expect(units("Open 120 new motorway charging sites by June 2027.")).toEqual([[120, "new motorway charging sites"]]);
    expect(units("Install soil-moisture sensors on 500 member farms")).toEqual([[500, "member farms"]]);
    expect(units("2026年10月底前新建高标准农田1.2万亩")).toEqual([[12000, "亩"]]);
    expect(units("农村女性借款客户达到10万户")).toEqual([[100000, "户"]]);
  });

  it("reads no unit from a function or time word, nor from words that count nothing in particular", () => {
    expect(units("Reduce churn to 3 by 2027")).toEqual([[3, null]]);
    expect(units("Improve 3 things")).toEqual([[3, null]]);
    expect(units("Reach 40 in March")).toEqual([[40, null]]);
  });
});

describe("extractTextFacts: a starting value written 由目前的 …", () => {
  it("reads 由目前的92%提升至98% as from 92 % to 98 %", () => {
    const facts = extractTextFacts("2027年6月底前，订单OTIF由目前的92%提升至98%");
    expect([facts.baseline, facts.target]).toEqual([0.92, 0.98]);
    expect([extractTextFacts("投诉量从当前的120件降至80件").baseline, extractTextFacts("投诉量从当前的120件降至80件").target]).toEqual([120, 80]);
  });
});

describe("extractTextFacts: numbers written with a magnitude word", () => {
  it("reads '1.2 million' and '5 million' at their size, as a count of millions", () => {
    const facts = extractTextFacts("Grow peak concurrent viewers from 1.2 million to 5 million at the final");
    expect([facts.baseline, facts.target]).toEqual([1_200_000, 5_000_000]);
    expect(facts.numbers.map((n) => n.unit)).toEqual(["million", "million"]);
    expect(extractTextFacts("Raise 40 thousand new donors").numbers.map((n) => [n.value, n.unit])).toEqual([[40_000, "new donors"]]);
  });
});

describe("extractTextFacts: a year the goal compares with", () => {
  it("takes 'compared with 2026' and 'vs 2025' for years, not numbers of the goal", () => {
    expect(extractTextFacts("Triple holiday-season sell-through compared with 2026, by the end of December 2027").numbers).toEqual([]);
    expect(extractTextFacts("Cut complaints by 20% vs 2025").numbers.map((n) => n.value)).toEqual([0.2]);
    // but a count that happens to look like a year is kept
    expect(extractTextFacts("a total of 2000 visitors").target).toBe(2000);
  });
});
