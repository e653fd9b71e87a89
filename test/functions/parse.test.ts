import { codeOf, errorCell, messageOf } from "./support/customFunctions";
import { DEADLINE, NUMBER } from "../../src/functions/functions";
import { setLanguage } from "../../src/functions/internal/locale";

const one = (grid: unknown[][]) => grid[0]?.[0];

beforeEach(() => setLanguage("en"));
afterEach(() => setLanguage(undefined));

describe("KPI.NUMBER", () => {
  it("reads the issue's examples", () => {
    expect(NUMBER([["¥3.5万", "(1,200)", "12.5%"]])).toEqual([[35000, -1200, 0.125]]); // 3.5·10⁴; accounting negative; 12.5/100
  });

  it("reads full-width digits, scales and units", () => {
    const out = NUMBER([["１２％"], ["$1.2M"], ["2亿"], ["1.2k"], ["RMB 300"], ["15 pts"], ["1,234.5"]]);
    expect(out.map((row) => row[0])).toEqual([0.12, 1_200_000, 200_000_000, 1200, 300, 15, 1234.5]);
  });

  it("passes numbers through and spills with the range's shape", () => {
    expect(NUMBER([[1, "2"], ["3", 4]])).toEqual([[1, 2], [3, 4]]);
  });

  it("gives #N/A for blank (null, \"\", and placeholders such as -)", () => {
    expect(NUMBER([[null, "", "-"]])[0]?.map(codeOf)).toEqual(["#N/A", "#N/A", "#N/A"]);
  });

  it("gives #VALUE! saying what to fix for text without a number, and for booleans", () => {
    expect(messageOf(one(NUMBER([["high"]])))).toBe("'high' holds no number: give text such as 1,234, 12.5%, ¥3.5万 or (1,200)");
    expect(codeOf(one(NUMBER([[false]])))).toBe("#VALUE!");
  });

  it("passes error cells (and error text) through", () => {
    expect(codeOf(one(NUMBER([[errorCell("#NUM!")]])))).toBe("#NUM!");
    expect(codeOf(one(NUMBER([["#N/A"]])))).toBe("#N/A");
  });

  it("says it in Chinese", () => {
    setLanguage("zh");
    expect(messageOf(one(NUMBER([["很高"]])))).toBe("“很高”中没有数值：请填写如 1,234、12.5%、¥3.5万 或 (1,200) 的文本");
  });

  it("does not mutate its arguments", () => {
    const cells = [["12%"]];
    NUMBER(cells);
    expect(cells).toEqual([["12%"]]);
  });
});

describe("KPI.DEADLINE", () => {
  // Serials: 2027-09-30 = 46660, 2026-12-31 = 46387, 2027-12-31 = 46752, 2027-06-30 = 46568.
  it("gives the serial of the period's last day", () => {
    expect(DEADLINE([["Q3 2027"], ["2027Q3"], ["2027年第三季度"], ["2026年底"], ["FY2027"], ["H1 2027"], ["2026/12/31"], ["end of 2026"]])).toEqual([
      [46660],
      [46660],
      [46660],
      [46387],
      [46752],
      [46568],
      [46387],
      [46387],
    ]);
  });

  it("passes a date serial through", () => {
    expect(one(DEADLINE([[46387]]))).toBe(46387);
  });

  it("gives #VALUE! for vague and unreadable text, #N/A for blank", () => {
    expect(messageOf(one(DEADLINE([["ASAP"]])))).toBe("'ASAP' names no date: give a deadline such as 2026-12-31 or end of 2026");
    expect(codeOf(one(DEADLINE([["尽快"]])))).toBe("#VALUE!");
    expect(messageOf(one(DEADLINE([["purple"]])))).toBe("'purple' is not a date: give a date or period such as 2026-12-31, Q3 2027 or FY2027");
    expect(codeOf(one(DEADLINE([[null]])))).toBe("#N/A");
  });

  it("keeps each cell's answer in its own cell", () => {
    const out = DEADLINE([["Q3 2027", "TBD", errorCell("#REF!")]]);
    expect(out[0]?.[0]).toBe(46660);
    expect(codeOf(out[0]?.[1])).toBe("#VALUE!");
    expect(messageOf(out[0]?.[2])).toBe("text shows #REF!: fix that cell first");
  });
});
