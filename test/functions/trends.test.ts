import { codeOf, errorCell, messageOf, thrown } from "./support/customFunctions";
import { PROJECT, SIGNAL } from "../../src/functions/functions";
import { setLanguage } from "../../src/functions/internal/locale";

const one = (grid: unknown[][]) => grid[0]?.[0];

beforeEach(() => setLanguage("en"));
afterEach(() => setLanguage(undefined));

describe("KPI.PROJECT", () => {
  it("projects the least-squares line and scores it against the target", () => {
    // [1, 2, 4, 4, 6]: slope 1.2, intercept 0.8; at x = 4 + 2 = 6 → 8.2; 8.2 / 10 = 0.82
    expect(one(PROJECT([[1, 2, 4, 4, 6]], [[10]], [[2]]))).toBeCloseTo(0.82);
    expect(one(PROJECT([[1], [2], [4], [4], [6]], [[10]], [[2]]))).toBeCloseTo(0.82); // a column too
  });

  it("counts a blank inside the history as a period of time", () => {
    // points (0, 2), (2, 6), (3, 8) lie on y = 2 + 2x; at x = 3 + 1 = 4 → 10 = target → 1
    // (were the blank dropped, (0,2),(1,6),(2,8) would give 11.33 → 1.13)
    expect(one(PROJECT([[2, null, 6, 8]], [[10]], [[1]]))).toBeCloseTo(1);
    expect(one(PROJECT([[2, "", 6, 8]], [[10]], [[1]]))).toBeCloseTo(1);
  });

  it("gives row i of the history to KPI i", () => {
    // row 1: y = 1 + x, at x = 3 → 4 vs 4 → 1; row 2: y = 3 − x, at x = 3 → 0 vs 1, lower: 1 − (0 − 1)/1 = 2
    expect(PROJECT([[1, 2, 3], [3, 2, 1]], [[4], [1]], [[1]], [["higher"], ["lower"]])).toEqual([[1], [2]]);
  });

  it("spills one result per history row when the other arguments are single cells", () => {
    // row 2: y = 2 + 2x, at x = 3 → 8 vs 4 → 2
    expect(PROJECT([[1, 2, 3], [2, 4, 6]], [[4]], [[1]])).toEqual([[1], [2]]);
  });

  it("uses the baseline and reads Chinese numbers and directions", () => {
    // y = 1 + x at x = 3 → 4; baseline 0, target 8: (4 − 0)/(8 − 0) = 0.5
    expect(one(PROJECT([["１", "２", "３"]], [[8]], [[1]], [["越高越好"]], [[0]]))).toBeCloseTo(0.5);
  });

  it("gives #N/A under 3 numbers and for a blank periodsLeft", () => {
    expect(messageOf(one(PROJECT([[1, null, 2]], [[10]], [[1]])))).toBe("history has 2 number(s): a projection needs at least 3");
    expect(codeOf(one(PROJECT([[1, 2, 3]], [[10]], [[null]])))).toBe("#N/A");
  });

  it("gives #VALUE! for text in the history, a negative horizon and a range direction", () => {
    expect(messageOf(one(PROJECT([[1, "lots", 3]], [[10]], [[1]])))).toBe("history is text 'lots': give a number");
    expect(codeOf(one(PROJECT([[1, 2, 3]], [[10]], [[-1]])))).toBe("#VALUE!");
    expect(codeOf(one(PROJECT([[1, 2, 3]], [[10]], [[1]], [["range"]])))).toBe("#VALUE!");
  });

  it("keeps an error in one KPI's history to that KPI", () => {
    const out = PROJECT([[1, 2, 3], [1, errorCell("#N/A"), 3]], [[4], [4]], [[1]]);
    expect(out[0]?.[0]).toBeCloseTo(1);
    expect(codeOf(out[1]?.[0])).toBe("#N/A");
  });

  it("gives one #VALUE! when history rows do not match the KPIs", () => {
    expect(thrown(() => PROJECT([[1, 2, 3], [1, 2, 3]], [[4], [4], [4]], [[1]])).message).toBe(
      "history has 2 row(s) but there are 3 KPIs: give one row per KPI",
    );
  });
});

describe("KPI.SIGNAL", () => {
  it("reports the latest signal", () => {
    // centre 14.67, mR̄ 4.8, upper limit 14.67 + 2.66·4.8 = 27.43 < 30 → ABOVE_LIMIT
    expect(SIGNAL([[10, 12, 11, 13, 12, 30]])).toEqual([["ABOVE_LIMIT"]]);
    expect(SIGNAL([[10], [12], [11], [13], [12], [30]])).toEqual([["ABOVE_LIMIT"]]);
  });

  it("gives \"\" when there is no signal", () => {
    expect(SIGNAL([[10, 11, 10, 11, 10, 11]])).toEqual([[""]]);
  });

  it("gives one result per KPI row", () => {
    expect(SIGNAL([[10, 12, 11, 13, 12, 30], [10, 11, 10, 11, 10, 11]])).toEqual([["ABOVE_LIMIT"], [""]]);
  });

  it("gives #N/A saying it needs 6 numbers (blanks do not count)", () => {
    const cell = one(SIGNAL([[1, 2, null, 3, 4, 5]]));
    expect(codeOf(cell)).toBe("#N/A");
    expect(messageOf(cell)).toBe("history has 5 number(s): a signal needs at least 6");
  });

  it("says it in Chinese", () => {
    setLanguage("zh");
    expect(messageOf(one(SIGNAL([[1, 2]])))).toBe("历史数据只有 2 个数值：判断信号至少需要 6 个");
  });

  it("gives #VALUE! for text in the history", () => {
    expect(codeOf(one(SIGNAL([[1, 2, 3, "x", 5, 6]])))).toBe("#VALUE!");
  });
});
