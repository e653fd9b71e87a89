import fc from "fast-check";
import { checkSmart, DEFAULT_SMART_LIMITS, type SmartContext, type SmartInput } from "../../../src/engine/smart/checkSmart";
import { dateToSerial } from "../../../src/engine/parse/serial";

const asOf = dateToSerial(2026, 11, 27); // 46353
const objectives = ["Delight customers", "Grow revenue", "提升客户满意度"];

/** Deep-freezes test fixtures so any mutation throws. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe("checkSmart — one-cell goals", () => {
  it("English: cut first-response time from 9 h to 4 h by end of Q1 2027 → SMART", () => {
    const r = checkSmart(
      { name: "cut average first-response time from 9 h to 4 h by end of Q1 2027", objective: "Delight customers", owner: "Support lead", frequency: "monthly" },
      { asOf, objectives },
    );
    // A: (4 − 9)/9 = −55.6% within a year, inside the −60% limit
    expect(r.A.message.en).toContain("-55.6%");
    expect(r.T.message.en).toContain("2027-03-31");
    expect(r.flags).toBe("SMART");
    expect(r.score).toBe(5);
    expect(r.notes).toEqual([]);
  });

  it("Chinese: 将客户满意度从80%提升到90%（2026年底前） → SMART", () => {
    const r = checkSmart({ name: "将客户满意度从80%提升到90%（2026年底前）", objective: "客户满意度", owner: "市场部", dataSource: "客户调查" }, { asOf, objectives });
    // A: (0.9 − 0.8)/0.8 = +12.5%
    expect(r.A.message.zh).toContain("+12.5%");
    expect(r.M.message.zh).toBe("有数值目标 90%，计量单位：%。");
    expect(r.T.message.zh).toContain("2026-12-31");
    expect(r.flags).toBe("SMART");
  });

  it("raise sales by 10% by Q3 2027, no strategy given → R unknown: SMA?T", () => {
    const r = checkSmart({ name: "raise sales by 10% by Q3 2027" }, { asOf });
    expect(r.flags).toBe("SMA?T");
    expect(r.score).toBe(4);
    expect(r.A.code).toBe("A_CHANGE_PLAUSIBLE"); // +10% a year
  });

  it("vague goals fail S, M and T; A and R unknown: --??-", () => {
    const en = checkSmart({ name: "Improve quality significantly", deadlineText: "ASAP" }, { asOf });
    expect(en.flags).toBe("--??-");
    expect(en.score).toBe(0);
    expect(en.T.suggestion?.en).toBe("Add a deadline such as 2027-03-31.");
    const zh = checkSmart({ name: "显著提升品牌影响力", deadlineText: "长期" }, { asOf });
    expect(zh.flags).toBe("--??-");
    expect(zh.M.code).toBe("M_VAGUE_TARGET");
    expect(zh.T.message.zh).toBe("“长期”不是截止日期。");
  });

  it("several goals in one statement fail S", () => {
    expect(checkSmart({ name: "increase sales and improve morale and reduce costs" }, { asOf }).S.code).toBe("S_MULTIPLE_GOALS");
    expect(checkSmart({ name: "提升销量并加强团队建设" }, { asOf }).flags[0]).toBe("-");
  });
});

describe("checkSmart — columns and text together", () => {
  const deadline = { serial: dateToSerial(2027, 6, 30), iso: "2027-06-30", kind: "date" as const };

  it("a table row: target and unit cells, history rule for A", () => {
    // history 100, 110, 121, 127.05, 139.755: ḡ = 0.0875, s = 0.025 (see achievable.test.ts)
    // deadline 2027-06-30 is 215 days away: 215 / 30.4375 = 7.06 → n = 7
    // T = 139.755 · 1.1⁷ → g = 0.10 → z = (0.10 − 0.0875)/0.025 = 0.5 → met
    const r = checkSmart(
      { name: "Monthly revenue", target: 139.755 * 1.1 ** 7, unit: "k$", history: [100, 110, 121, 127.05, 139.755], deadline, objective: "Grow revenue", owner: "CFO", frequency: "monthly" },
      { asOf, objectives },
    );
    expect(r.A.code).toBe("A_WITHIN_HISTORY");
    expect(r.flags).toBe("SMART");
  });

  it("facts stated in the description count as if in their column", () => {
    const r = checkSmart({ name: "Repeat purchase rate", description: "from 20% to 60% by Q2 2027" }, { asOf });
    // (0.6 − 0.2)/0.2 = +200% within a year → not achievable
    expect(r.A).toMatchObject({ state: "not-met", code: "A_CHANGE_TOO_LARGE" });
    expect(r.M.state).toBe("met");
    expect(r.T.code).toBe("T_DEADLINE_IN_TEXT");
  });

  it("a column wins over the text", () => {
    // target cell 0.3 overrides "to 60%": (0.3 − 0.2)/0.2 = +50% → achievable
    const r = checkSmart({ name: "Repeat purchase rate", description: "from 20% to 60% by Q2 2027", target: 0.3, isPercent: true }, { asOf });
    expect(r.A.code).toBe("A_CHANGE_PLAUSIBLE");
    expect(r.A.message.en).toContain("+50%");
  });

  it("direction inferred from the name (churn → lower) fails a rising target", () => {
    const r = checkSmart({ name: "Churn rate", target: 0.05, baseline: 0.03, isPercent: true, deadline }, { asOf });
    expect(r.A.code).toBe("A_CONTRADICTS_DIRECTION");
    expect(r.flags).toBe("SM-?T");
  });

  it("limits from the context override the defaults", () => {
    const input = { name: "Revenue", target: 300, baseline: 100, unit: "k$", deadline };
    expect(checkSmart(input, { asOf }).A.state).toBe("not-met");
    expect(checkSmart(input, { asOf, limits: { maxIncrease: 3 } }).A.state).toBe("met");
    expect(DEFAULT_SMART_LIMITS).toEqual({ maxIncrease: 1, maxDecrease: 0.6, minHistory: 5, stretchZ: 1, rejectZ: 2 });
  });

  it("alignment from the strategy match makes R met without an objective cell", () => {
    expect(checkSmart({ name: "Revenue" }, { asOf, alignment: { strength: 3, objective: "Grow revenue" } }).R.state).toBe("met");
    expect(checkSmart({ name: "Revenue" }, { asOf, alignment: { strength: 1 } }).R.state).toBe("not-met");
  });
});

describe("checkSmart — flags, score, notes", () => {
  it("flags: the letter when met, '-' when not met, '?' when unknown, in the order S M A R T", () => {
    const r = checkSmart({ name: "Widget index" }, { asOf, objectives });
    // S met (a plain name, no vague words: "index" is a metric head), M not met, A unknown, R not met (list given, no objective), T not met
    expect([r.S.state, r.M.state, r.A.state, r.R.state, r.T.state]).toEqual(["met", "not-met", "unknown", "not-met", "not-met"]);
    expect(r.flags).toBe("S-?--");
    expect(r.score).toBe(1);
  });

  it("notes: no owner; no data source or frequency", () => {
    const bare = checkSmart({ name: "Revenue" }, { asOf });
    expect(bare.notes.map((n) => n.code)).toEqual(["NO_OWNER", "NO_DATA_SOURCE_OR_FREQUENCY"]);
    expect(bare.notes[0]?.message.zh).toContain("负责人");
    expect(checkSmart({ name: "Revenue", owner: "  " }, { asOf }).notes[0]?.code).toBe("NO_OWNER");
    expect(checkSmart({ name: "Revenue", owner: "CFO", dataSource: "ERP" }, { asOf }).notes).toEqual([]);
    expect(checkSmart({ name: "Revenue", owner: "CFO", frequency: "quarterly" }, { asOf }).notes).toEqual([]);
    expect(checkSmart({ name: "Revenue", description: "per the CRM", owner: "CFO" }, { asOf }).notes).toEqual([]);
    expect(checkSmart({ name: "销售额（数据来源：财务报表）", owner: "财务部" }, { asOf }).notes).toEqual([]);
  });

  it("invalid input never throws: null input, missing asOf, junk fields", () => {
    const junk = { name: 42, description: {}, target: "high", history: "1,2,3", frequency: "sometimes", direction: "sideways", deadline: {} } as unknown as SmartInput;
    const r = checkSmart(junk, { asOf: Number.NaN, limits: { maxIncrease: Number.NaN } });
    expect(r.S.code).toBe("S_EMPTY");
    expect(r.score).toBe(0);
    expect(checkSmart(null as unknown as SmartInput, null as unknown as SmartContext).flags).toMatch(/^[S?-][M?-][A?-][R?-][T?-]$/);
  });

  it("does not mutate its arguments", () => {
    const input = deepFreeze({
      name: "Monthly revenue",
      description: "raise to $5M by Q3 2027",
      history: [1, 2, 3, 4, 5, null],
      deadlineText: "Q3 2027",
      objective: "Grow revenue",
    });
    const context = deepFreeze({ asOf, objectives: [...objectives], alignment: { strength: 3 as const }, limits: { maxIncrease: 2 } });
    const before = JSON.stringify([input, context]);
    expect(() => checkSmart(input, context)).not.toThrow();
    expect(JSON.stringify([input, context])).toBe(before);
  });

  it("property: never throws, score = number of criteria met, flags agree with the states", () => {
    const word = fc.constantFrom("revenue", "提升", "improve", "from", "to", "by", "and", "并", "Q1 2027", "2026年底", "ASAP", "尽快", "10%", "9 h", "¥3.5万", "churn", "销售额", "→", " ");
    const text = fc.oneof(fc.string(), fc.array(fc.oneof(word, fc.string({ maxLength: 4 })), { maxLength: 10 }).map((w) => w.join(" ")));
    const num = fc.oneof(fc.double(), fc.integer({ min: -1000, max: 1000 }));
    const input = fc.record(
      {
        name: text,
        description: text,
        target: num,
        baseline: num,
        unit: fc.string({ maxLength: 5 }),
        deadlineText: text,
        direction: fc.constantFrom("higher", "lower", "target", "band"),
        history: fc.array(fc.option(num, { nil: null }), { maxLength: 12 }),
        frequency: fc.constantFrom("daily", "weekly", "monthly", "quarterly", "half-yearly", "yearly"),
        owner: fc.string({ maxLength: 5 }),
        objective: text,
        isPercent: fc.boolean(),
        dataSource: fc.string({ maxLength: 5 }),
      },
      { requiredKeys: ["name"] },
    );
    const context = fc.record(
      {
        asOf: fc.oneof(fc.integer({ min: 30000, max: 60000 }), fc.double()),
        objectives: fc.array(text, { maxLength: 4 }),
        alignment: fc.record({ strength: fc.constantFrom(0 as const, 1 as const, 3 as const, 9 as const) }),
        limits: fc.record({ maxIncrease: num, minHistory: fc.integer({ min: 0, max: 10 }) }, { requiredKeys: [] }),
      },
      { requiredKeys: ["asOf"] },
    );
    fc.assert(
      fc.property(input, context, (i, c) => {
        const r = checkSmart(i, c);
        const states = [r.S, r.M, r.A, r.R, r.T].map((x) => x.state);
        const flags = states.map((s, k) => (s === "met" ? "SMART"[k] : s === "not-met" ? "-" : "?")).join("");
        return r.score === states.filter((s) => s === "met").length && r.flags === flags && [r.S, r.M, r.A, r.R, r.T].every((x) => x.code !== "" && x.message.en !== "" && x.message.zh !== "");
      }),
      { seed: 42, numRuns: 400 },
    );
  });
});
