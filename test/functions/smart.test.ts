import { omitted, codeOf, errorCell, thrown } from "./support/customFunctions";
import { SMART, SMARTFLAGS, SMARTNOTE } from "../../src/functions/functions";
import { setLanguage } from "../../src/functions/internal/locale";
import { setToday } from "../../src/functions/internal/today";

const one = (grid: unknown[][]) => grid[0]?.[0];
const TODAY = 46353; // 2026-11-27 (2026-12-31 is 46387)

beforeEach(() => {
  setLanguage("en");
  setToday(TODAY);
});
afterEach(() => {
  setLanguage(undefined);
  setToday(undefined);
});

// One KPI written out in its columns: NPS from 30 to 45 pts by Q4 2027, serving "Delight customers".
const FULL: [unknown[][], unknown[][], unknown[][], unknown[][], unknown[][], unknown[][], unknown[][]] = [
  [["NPS"]],
  [[45]],
  [["pts"]],
  [["Q4 2027"]],
  [[30]],
  [["Delight customers"]],
  [["Delight customers", "Grow revenue"]],
];

describe("KPI.SMART / SMARTFLAGS / SMARTNOTE", () => {
  it("meets all five when every column is filled in", () => {
    // S: metric noun NPS; M: 45 pts; A: +50% in about a year (≤ +100%); R: objective in the strategy; T: Q4 2027
    expect(SMART(...FULL)).toEqual([[5]]);
    expect(SMARTFLAGS(...FULL)).toEqual([["SMART"]]);
    expect(SMARTNOTE(...FULL)).toEqual([[""]]);
  });

  it("reads a goal written in one cell (target, baseline and deadline in the text)", () => {
    const goal = [["Cut average first-response time from 9 h to 4 h by end of Q1 2027"]];
    // R: the strategy has objectives but none is named, and the text does not clearly serve one
    expect(SMARTFLAGS(goal, omitted, omitted, omitted, omitted, omitted, [["Grow revenue"]])).toEqual([["SMA-T"]]);
    expect(SMART(goal, omitted, omitted, omitted, omitted, omitted, [["Grow revenue"]])).toEqual([[4]]);
  });

  it("marks a criterion unknown when there is nothing to judge it by", () => {
    // no strategy objectives given → R unknown
    expect(SMARTFLAGS([["Cut average first-response time from 9 h to 4 h by end of Q1 2027"]])).toEqual([["SMA?T"]]);
  });

  it("spills one answer per KPI, pairing per-KPI columns and sharing the objectives", () => {
    const out = SMARTFLAGS(
      [["NPS"], ["Improve things"]],
      [[45], [null]],
      [["pts"], [null]],
      [["Q4 2027"], ["ASAP"]],
      [[30], [null]],
      [["Delight customers"], [null]],
      [["Delight customers"], ["Grow revenue"]],
    );
    expect(out).toHaveLength(2);
    expect(out[0]).toEqual(["SMART"]);
    const vague = String(out[1]?.[0]);
    expect(vague).toHaveLength(5);
    expect(vague[1]).toBe("-"); // M: "Improve things" has no target
    expect(vague[4]).toBe("-"); // T: ASAP is not a deadline
  });

  it("takes history as one row per KPI", () => {
    // steady growth of 2 a month from 100; target 120 by 2027-03-31 needs ~2/month: achievable
    const history = [[100, 102, 104, 106, 108, 110]];
    const flags = String(one(SMARTFLAGS([["Monthly revenue"]], [[118]], [["万元"]], [["2027-03-31"]], [[110]], omitted, omitted, history)));
    expect(flags[2]).toBe("A");
  });

  it("reads Chinese goals", () => {
    // 提高 is a vague verb without a number: M and T not met
    const flags = String(one(SMARTFLAGS([["提高客户满意度"]])));
    expect(flags[1]).toBe("-");
    expect(flags[4]).toBe("-");
    expect(one(SMART([["到2027年底将客户满意度从80%提升到90%"]], omitted, omitted, omitted, omitted, omitted, [["提升客户满意度"]]))).toBe(5);
  });

  it("writes the reasons and suggestions in Excel's display language", () => {
    const english = String(one(SMARTNOTE([["提高客户满意度"]])));
    expect(english).toMatch(/^M✗ /);
    expect(english).toContain(" | T✗ No deadline.");
    setLanguage("zh");
    const chinese = String(one(SMARTNOTE([["提高客户满意度"]])));
    expect(chinese).toMatch(/^M✗ /);
    expect(chinese).not.toContain("No deadline");
    expect(chinese).toMatch(/[\u4e00-\u9fff]/);
  });

  it("judges a text target instead of refusing it, and passes error cells through", () => {
    const out = SMART([["NPS"], ["NPS"], ["NPS"]], [["high"], [45], [errorCell("#N/A")]]);
    expect(typeof out[0]?.[0]).toBe("number");
    expect(typeof out[1]?.[0]).toBe("number");
    expect(codeOf(out[2]?.[0])).toBe("#N/A");
    // "high" is vague: Measurable is not met, with the reason.
    expect(one(SMARTFLAGS([["NPS"]], [["high"]]))).toMatch(/^S-/);
    expect(one(SMARTNOTE([["NPS"]], [["high"]]))).toContain("Vague words (high) are not a target");
  });

  it.each([
    ["4:1", "M_RATIO"],
    ["1:3", "M_RATIO"],
    ["Top 5", "M_RANK"],
    ["前5", "M_RANK"],
    ["行业前三", "M_RANK"],
    ["≤¥85", "M_TARGET"],
    ["≥ 95 %", "M_TARGET"],
    ["不低于90%", "M_TARGET"],
    ["at least 90%", "M_TARGET"],
    ["double", "M_MULTIPLE"],
    ["翻一番", "M_MULTIPLE"],
  ])("reads the target %s as measurable and never answers #VALUE!", (target) => {
    const flags = one(SMARTFLAGS([["Market share"]], [[target]], [["%"]]));
    expect(typeof flags).toBe("string");
    expect(String(flags).charAt(1)).toBe("M");
  });

  it.each(["high", "significant", "best in class", "double-digit growth", "显著提升", "行业领先", "TBD"])("reads the target %s as not measurable", (target) => {
    expect(String(one(SMARTFLAGS([["Customer satisfaction"]], [[target]]))).charAt(1)).toBe("-");
  });

  it("never answers #VALUE! for words in the baseline, history or direction", () => {
    const flags = one(SMARTFLAGS([["NPS"]], [[45]], [["pts"]], [["Q4 2027"]], [["about thirty"]], omitted, omitted, [[20, "n/a", "?", 28]], [["up-ish"]]));
    expect(flags).toMatch(/^SM/);
  });

  it("puts baseline 27 (unit %) and target 35% on one scale (27 % → 35 %, not 27 → 0.35)", () => {
    const note = one(SMARTNOTE([["Conversion rate"]], [["35%"]], [["%"]], [["2027-12-31"]], [[27]]));
    expect(note).not.toContain("−98");
    expect(one(SMARTFLAGS([["Conversion rate"]], [["35%"]], [["%"]], [["2027-12-31"]], [[27]]))).toMatch(/^SMA/);
  });

  it("says when the deadline has passed, though Time-bound stays met", () => {
    setToday(46353); // 2026-11-27
    expect(one(SMARTFLAGS([["NPS"]], [[45]], [["pts"]], [["2026-09-30"]]))).toMatch(/T$/);
    expect(one(SMARTNOTE([["NPS"]], [[45]], [["pts"]], [["2026-09-30"]]))).toContain("Deadline passed on 2026-09-30: set the next period.");
  });

  it("treats a blank description as a KPI with no text (nothing met but what the columns give)", () => {
    expect(one(SMARTFLAGS([[null]]))).toMatch(/^-/);
  });

  it("gives one #VALUE! for per-KPI columns of different shapes", () => {
    expect(thrown(() => SMART([["a"], ["b"]], [[1, 2]])).code).toBe("#VALUE!");
  });

  it("does not mutate its arguments", () => {
    const description = [["NPS"]];
    const objectives = [["Delight customers"]];
    SMART(description, omitted, omitted, omitted, omitted, omitted, objectives);
    expect(description).toEqual([["NPS"]]);
    expect(objectives).toEqual([["Delight customers"]]);
  });
});

describe("KPI.SMART* on a target stated as a change relative to the start", () => {
  it.each(["−25% vs 2026", "+15% YoY", "-10% on last year", "同比下降30%", "较上年下降10%", "cut by 20%"])("reads %s as measurable and judges Achievable from the change", (target) => {
    const flags = String(one(SMARTFLAGS([["Complaints about billing"]], [[target]], [["cases"]], [["2027-12-31"]])));
    expect(flags.charAt(1)).toBe("M");
    // within the +100 % / −60 % a year limits, so plausible (DOMAIN §3 A)
    expect(flags.charAt(2)).toBe("A");
    const note = String(one(SMARTNOTE([["Complaints about billing"]], [[target]], [["cases"]], [["2027-12-31"]])));
    expect(note).not.toContain("states no number");
  });

  it("finds a change beyond the limits not achievable: −80 % in a year is more than the −60 % a lower-is-better KPI allows", () => {
    expect(String(one(SMARTFLAGS([["Complaints about billing"]], [["−80% vs 2026"]], [["cases"]], [["2027-12-31"]])))).toMatch(/^SM-/u);
  });

});

describe("KPI.SMARTFLAGS on a count stated in the goal", () => {
  it.each(["Open 120 new motorway charging sites by June 2027.", "2026年10月底前新建高标准农田1.2万亩"])("finds %s measurable: the number says what it counts", (goal) => {
    expect(String(one(SMARTFLAGS([[goal]]))).charAt(1)).toBe("M");
  });
  it("still finds a bare number with nothing counted not measurable", () => {
    expect(String(one(SMARTFLAGS([["Improve 3 things by Q2 2027"]]))).charAt(1)).toBe("-");
  });
});

describe("KPI.SMARTFLAGS on 前 that is no rank", () => {
  it("reads （目前68%） as the starting value and 3月31日前 as a deadline, not 'top 68 %'", () => {
    // a rank would make the KPI lower-is-better, and 68 % → 75 % would then move against it
    expect(String(one(SMARTFLAGS([["2027年3月31日前私教课消课率达到75%（目前68%）"]])))).toMatch(/^SMA/u);
    expect(String(one(SMARTFLAGS([["2027年底前进入行业前三"]], [["前3"]])))).toMatch(/^.M/u);
  });
});
