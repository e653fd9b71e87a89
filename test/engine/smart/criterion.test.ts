import { formatMessage } from "../../../src/engine/messages/define";
import { SMART_MESSAGES, SMART_SUGGESTIONS } from "../../../src/engine/messages/smart";
import { criterion, smartMessage } from "../../../src/engine/smart/criterion";
import { signedPercent } from "../../../src/engine/smart/signedPercent";

describe("smartMessage", () => {
  it("fills every SMART template exactly as formatMessage does", () => {
    const params = { metric: "NPS", target: 50, unit: "%", g: "+1%", mean: "+2%", spread: "1%", z: "1.5", example: "2027-03-31", text: "ASAP" };
    for (const table of [SMART_MESSAGES, SMART_SUGGESTIONS]) {
      for (const template of Object.values(table)) {
        expect(smartMessage(template, params)).toEqual(formatMessage(template, params));
        expect(smartMessage(template)).toEqual(formatMessage(template));
      }
    }
  });

  it("every code has both languages, and every suggestion belongs to a message code", () => {
    for (const t of Object.values(SMART_MESSAGES)) expect(t.en.length * t.zh.length).toBeGreaterThan(0);
    for (const code of Object.keys(SMART_SUGGESTIONS)) expect(Object.keys(SMART_MESSAGES)).toContain(code);
  });
});

describe("criterion", () => {
  it("attaches the suggestion and detail", () => {
    const r = criterion("not-met", "T_NO_DEADLINE", { example: "2027-06-30" });
    expect(r).toEqual({
      state: "not-met",
      code: "T_NO_DEADLINE",
      message: { en: "No deadline.", zh: "没有截止日期。" },
      suggestion: { en: "Add a deadline such as 2027-06-30.", zh: "请补充截止日期，例如 2027-06-30。" },
    });
    expect(criterion("met", "A_STRETCH", {}, "stretch").detail).toBe("stretch");
    expect(criterion("met", "T_DEADLINE", { date: "2027-01-01" }).suggestion).toBeUndefined();
  });
});

describe("signedPercent", () => {
  it("one decimal, signed", () => {
    expect(signedPercent(0.125)).toBe("+12.5%");
    expect(signedPercent(-5 / 9)).toBe("-55.6%"); // −0.5556 → −55.6%
    expect(signedPercent(0)).toBe("0%");
    expect(signedPercent(-0.00001)).toBe("0%");
  });
});
