import { omitted, codeOf, errorCell, messageOf, thrown } from "./support/customFunctions";
import { ATTAINMENT, NEEDED } from "../../src/functions/functions";
import { setLanguage } from "../../src/functions/internal/locale";

// Excel passes every `any[][]` parameter as a 2-D array, even for one cell: [[x]].
const one = (grid: unknown[][]) => grid[0]?.[0];

afterEach(() => setLanguage(undefined));
beforeEach(() => setLanguage("en"));

describe("KPI.NEEDED", () => {
  it("gives the actual that reaches the threshold, per direction (DOMAIN §2)", () => {
    expect(NEEDED([[100]])).toEqual([[100]]); // threshold blank = 1: the target itself
    expect(NEEDED([[100]], omitted, omitted, [[0.9]])).toEqual([[90]]); // 100 + (0.9 − 1)·100
    expect(NEEDED([[100]], [["lower"]], omitted, [[0.9]])).toEqual([[110]]); // 100 − (0.9 − 1)·100
    expect(NEEDED([[-50]], [["higher"]], omitted, [[0.9]])).toEqual([[-55]]); // −50 + (0.9 − 1)·|−50|
    expect(NEEDED([[0]], [["lower"]], omitted, [[0.9]])).toEqual([[0]]); // a zero target without a baseline: pass/fail at 0
  });

  it("works back from a baseline: B + s·(T − B)", () => {
    expect(NEEDED([[100]], omitted, [[80]], [[0.9]])).toEqual([[98]]); // 80 + 0.9·20
    expect(NEEDED([[6]], [["越低越好"]], [[10]], [[0.5]])).toEqual([[8]]); // 10 + 0.5·(6 − 10)
  });

  it("ignores a baseline the target contradicts, as KPI.ATTAINMENT does", () => {
    // lower is better but T = 120 > B = 100: 120 − (0.9 − 1)·120 = 132, and ATTAINMENT(132, 120, lower, 100) = 0.9
    expect(NEEDED([[120]], [["lower"]], [[100]], [[0.9]])).toEqual([[132]]);
    expect(one(ATTAINMENT([[132]], [[120]], [["lower"]], [[100]]))).toBeCloseTo(0.9, 12);
  });

  it("returns low and high as a 1×2 row on target", () => {
    expect(NEEDED([[100]], [["target"]], omitted, [[0.9]])).toEqual([[90, 110]]); // 100 ± 0.1·100
    expect(NEEDED([[100]], [["适中"]], [[80]], [[0.9]])).toEqual([[98, 102]]); // 100 ± 0.1·|100 − 80|
    expect(NEEDED([[100]], [["target"]])).toEqual([[100, 100]]);
  });

  it("reads the threshold as a number or a percent: 0.9 and \"90%\" are the same", () => {
    expect(NEEDED([[100]], omitted, omitted, [["90%"]])).toEqual([[90]]);
    expect(NEEDED([[100]], [["越低越好"]], omitted, [["９０％"]])).toEqual([[110]]);
    expect(NEEDED([[100]], omitted, omitted, [["1.2"]])).toEqual([[120]]);
  });

  it("reads targets and directions as KPI.SCORE does: percent text, Chinese words, messy numbers", () => {
    expect(one(NEEDED([["95%"]], omitted, omitted, [[0.9]]))).toBeCloseTo(0.855, 12); // 0.95 − 0.1·0.95
    expect(one(NEEDED([["10%"]], [["越低越好"]], omitted, [[0.9]]))).toBeCloseTo(0.11, 12); // 0.1 + 0.1·0.1
    expect(one(NEEDED([["¥100万"]], [["越高越好"]], omitted, [[0.9]]))).toBe(900000);
    expect(one(NEEDED([[100]], [["反向"]], omitted, [[0.9]]))).toBe(110); // lower is better
    // a % baseline beside a plain target puts both on one scale: 90 and "80%" are 0.9 and 0.8
    expect(one(NEEDED([[90]], omitted, [["80%"]], [[0.5]]))).toBeCloseTo(0.85, 12);
  });

  it("is the inverse of KPI.ATTAINMENT", () => {
    for (const [target, direction, baseline, threshold] of [
      [100, "higher", null, 0.9],
      [100, "越低越好", null, 0.75],
      [-20, "lower", null, 1.1],
      [6, "lower", 10, 0.5],
      [250, "higher", 200, 1.15],
    ] as const) {
      const actual = one(NEEDED([[target]], [[direction]], [[baseline]], [[threshold]]));
      expect(one(ATTAINMENT([[actual]], [[target]], [[direction]], [[baseline]]))).toBeCloseTo(threshold, 12);
    }
    const [low, high] = NEEDED([[100]], [["适中"]], omitted, [[0.8]])[0] ?? [];
    expect(one(ATTAINMENT([[low]], [[100]], [["适中"]]))).toBeCloseTo(0.8, 12);
    expect(one(ATTAINMENT([[high]], [[100]], [["适中"]]))).toBeCloseTo(0.8, 12);
  });

  it("gives #N/A for a blank target (null and \"\" alike)", () => {
    expect(codeOf(one(NEEDED([[null]])))).toBe("#N/A");
    expect(messageOf(one(NEEDED([[""]], omitted, omitted, [[0.9]])))).toBe("target is blank: give the target to compare the actual with");
    expect(NEEDED([[null]], [["target"]])).toHaveLength(1);
    expect(NEEDED([[null]], [["target"]])[0]).toHaveLength(1); // no answer, so no second column
  });

  it("gives #VALUE! for a word where a number is required", () => {
    expect(codeOf(one(NEEDED([["high"]])))).toBe("#VALUE!");
    expect(messageOf(one(NEEDED([["high"]])))).toBe("target is text 'high': give a number");
    expect(messageOf(one(NEEDED([[100]], omitted, [["low"]])))).toBe("baseline is text 'low': give a number");
    expect(messageOf(one(NEEDED([[100]], omitted, omitted, [["most"]])))).toBe("threshold is text 'most': give a number");
    expect(codeOf(one(NEEDED([[100]], [["sideways"]])))).toBe("#VALUE!");
  });

  it("gives #N/A with a reason for a band direction and for a threshold that cannot be reached", () => {
    const band = one(NEEDED([[100]], [["区间"]], omitted, [[0.9]]));
    expect(codeOf(band)).toBe("#N/A");
    expect(messageOf(band)).toContain("target band");
    const above = one(NEEDED([[100]], [["target"]], omitted, [[1.1]]));
    expect(codeOf(above)).toBe("#N/A");
    expect(messageOf(above)).toBe("threshold 1.1 cannot be reached: on target the score is at most 1");
    expect(messageOf(one(NEEDED([[0]], omitted, omitted, [[1.2]])))).toBe("threshold 1.2 cannot be reached: a target of 0 without a baseline scores 1 or 0");
    expect(NEEDED([[100]], omitted, omitted, [[1.1]])).toEqual([[110]]); // higher is better can go above 1
  });

  it("spills a range cell by cell, with the range's shape", () => {
    const out = NEEDED([[100], [200], [null], ["high"]], omitted, omitted, [[0.9]]);
    expect(out.slice(0, 2)).toEqual([[90], [180]]);
    expect(codeOf(out[2]?.[0])).toBe("#N/A");
    expect(codeOf(out[3]?.[0])).toBe("#VALUE!");
    expect(NEEDED([[100]], omitted, omitted, [[0.9, 1, 1.1]])).toEqual([[90, 100, 110]]); // one target, three thresholds
    expect(NEEDED([[100], [6]], [["higher"], ["lower"]], [[80], [10]], [[0.9], ["50%"]])).toEqual([[98], [8]]);
  });

  it("gives every cell a low and a high column when a range holds an on-target KPI", () => {
    // higher: at least 90 (no upper side); lower: at most 110 (no lower side); on target: 90 to 110
    const out = NEEDED([[100], [100], [100], [null]], [["higher"], ["lower"], ["适中"], ["target"]], omitted, [[0.9]]);
    expect(out.slice(0, 3)).toEqual([
      [90, ""],
      ["", 110],
      [90, 110],
    ]);
    expect(out[3]?.map(codeOf)).toEqual(["#N/A", "#N/A"]);
    expect(NEEDED([[100, 200]], [["target"]], omitted, [[0.9]])).toEqual([[90, 110, 180, 220]]); // a row: low, high per cell
  });

  it("passes error cells through and gives one #VALUE! naming the shapes when ranges do not pair", () => {
    expect(codeOf(one(NEEDED([[errorCell("#DIV/0!")]])))).toBe("#DIV/0!");
    expect(codeOf(one(NEEDED([[100]], omitted, omitted, [[errorCell("#N/A")]])))).toBe("#N/A");
    const error = thrown(() => NEEDED([[1], [2], [3]], [["higher"], ["lower"]]));
    expect(error.message).toBe("target is 3×1 but direction is 2×1: give ranges of the same shape, or a single cell");
  });

  it("speaks Chinese when Excel does", () => {
    setLanguage("zh");
    expect(messageOf(one(NEEDED([["高"]])))).toBe("目标值是文本“高”：请填写数值");
    expect(messageOf(one(NEEDED([[100]], [["适中"]], omitted, [["120%"]])))).toBe("无法达到阈值 1.2：适中型指标的得分最高为 1");
    expect(messageOf(one(NEEDED([[100]], [["区间"]])))).toContain("目标区间");
  });

  it("does not mutate its arguments", () => {
    const target = [[100], [null]];
    NEEDED(target, [["target"]]);
    expect(target).toEqual([[100], [null]]);
  });
});
