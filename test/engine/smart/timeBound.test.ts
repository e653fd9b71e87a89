import { checkTimeBound, exampleDeadline } from "../../../src/engine/smart/timeBound";
import { extractTextFacts } from "../../../src/engine/parse/textFacts";
import { dateToSerial } from "../../../src/engine/parse/serial";
import type { Deadline } from "../../../src/engine/model";

const asOf = dateToSerial(2026, 11, 27);
const noFacts = { numbers: [] };

describe("exampleDeadline — end of the quarter after asOf's", () => {
  it("by hand", () => {
    expect(exampleDeadline(asOf)).toBe("2027-03-31"); // 2026-11-27 is in Q4 2026 → Q1 2027 ends 2027-03-31
    expect(exampleDeadline(dateToSerial(2027, 2, 10))).toBe("2027-06-30"); // Q1 → Q2
    expect(exampleDeadline(dateToSerial(2027, 3, 31))).toBe("2027-06-30"); // last day of Q1 → Q2
    expect(exampleDeadline(dateToSerial(2027, 4, 1))).toBe("2027-09-30"); // first day of Q2 → Q3
  });

  it("invalid asOf falls back to today, still a date", () => {
    expect(exampleDeadline(Number.NaN)).toMatch(/^\d{4}-(03-31|06-30|09-30|12-31)$/);
  });
});

describe("checkTimeBound", () => {
  it("met: a parsed deadline cell", () => {
    const deadline: Deadline = { serial: dateToSerial(2027, 6, 30), iso: "2027-06-30", kind: "date" };
    const r = checkTimeBound({ deadline, facts: noFacts, asOf });
    expect(r.result).toMatchObject({ state: "met", code: "T_DEADLINE" });
    expect(r.result.message).toEqual({ en: "Deadline 2027-06-30.", zh: "截止日期 2027-06-30。" });
    expect(r.deadline).toBe(deadline);
  });

  it("met: deadline text that parses (English and Chinese)", () => {
    expect(checkTimeBound({ deadlineText: "Q3 2027", facts: noFacts, asOf }).deadline?.iso).toBe("2027-09-30");
    expect(checkTimeBound({ deadlineText: "2026年底", facts: noFacts, asOf }).result.code).toBe("T_DEADLINE");
  });

  it("met: a cadence deadline is a period", () => {
    const r = checkTimeBound({ deadlineText: "每月", facts: noFacts, asOf });
    expect(r.result).toMatchObject({ state: "met", code: "T_PERIOD" });
    expect(r.result.message.zh).toBe("按月考核。");
    expect(r.deadline?.kind).toBe("cadence");
  });

  it("met: a deadline stated in the text", () => {
    const facts = extractTextFacts("raise sales by 10% by Q3 2027", { asOf });
    const r = checkTimeBound({ facts, asOf });
    expect(r.result).toMatchObject({ state: "met", code: "T_DEADLINE_IN_TEXT" });
    expect(r.result.message.en).toBe('Deadline 2027-09-30, stated in the text ("Q3 2027").');
  });

  it("met: a reporting frequency without a deadline", () => {
    expect(checkTimeBound({ frequency: "quarterly", facts: noFacts, asOf }).result.message.en).toBe("No deadline, but measured every quarter.");
  });

  it("not met: ASAP / 尽快 / ongoing / 长期, with an example deadline from asOf", () => {
    for (const text of ["ASAP", "尽快", "ongoing", "长期"]) {
      const r = checkTimeBound({ deadlineText: text, facts: noFacts, asOf }).result;
      expect(r).toMatchObject({ state: "not-met", code: "T_VAGUE" });
      expect(r.suggestion).toEqual({ en: "Add a deadline such as 2027-03-31.", zh: "请补充截止日期，例如 2027-03-31。" });
    }
  });

  it("not met: a vague phrase in the text", () => {
    const r = checkTimeBound({ facts: extractTextFacts("尽快提升客户满意度"), asOf }).result;
    expect(r).toMatchObject({ state: "not-met", code: "T_VAGUE" });
    expect(r.message.zh).toBe("“尽快”不是截止日期。");
  });

  it("the deadline cell wins over the text: ASAP in the cell is not met even when the text has a date", () => {
    const facts = extractTextFacts("revenue to $5M by Q3 2027", { asOf });
    const r = checkTimeBound({ deadlineText: "ASAP", facts, asOf });
    expect(r.result.code).toBe("T_VAGUE");
    expect(r.deadline?.iso).toBe("2027-09-30"); // still used by Achievable
  });

  it("invalid input: unreadable text, no deadline, a broken Deadline object", () => {
    expect(checkTimeBound({ deadlineText: "next blue moon", facts: noFacts, asOf }).result.code).toBe("T_UNREADABLE");
    expect(checkTimeBound({ facts: noFacts, asOf }).result).toMatchObject({ state: "not-met", code: "T_NO_DEADLINE" });
    const broken = { serial: Number.NaN, iso: "", kind: "date" } as Deadline;
    expect(checkTimeBound({ deadline: broken, facts: noFacts, asOf }).result.code).toBe("T_NO_DEADLINE");
  });

  it("does not mutate its input", () => {
    const input = { deadlineText: "FY2027", fiscalYearStartMonth: 4, facts: { numbers: [] }, asOf };
    const copy = structuredClone(input);
    expect(checkTimeBound(input).deadline?.iso).toBe("2027-03-31"); // FY2027 starting in April ends 2027-03-31
    expect(input).toEqual(copy);
  });
});
