import { omitted, codeOf, errorCell, messageOf, thrown } from "./support/customFunctions";
import { ALIGN, BESTOBJECTIVE, MATCHINDEX } from "../../src/functions/functions";
import { setLanguage } from "../../src/functions/internal/locale";

const one = (grid: unknown[][]) => grid[0]?.[0];
const OBJECTIVES = [["Grow revenue", "提升客户满意度"]];

beforeEach(() => setLanguage("en"));
afterEach(() => setLanguage(undefined));

describe("KPI.ALIGN", () => {
  it("gives 3 for clearly related text, 0 for none, 9 for an explicit link", () => {
    expect(ALIGN([["Revenue growth"], ["客户满意度"], ["Office plants"]], OBJECTIVES)).toEqual([[3], [3], [0]]);
    expect(ALIGN([["Office plants"]], OBJECTIVES, [["Grow revenue"]])).toEqual([[9]]);
  });

  it("reads objectives of any shape, skipping blanks", () => {
    expect(ALIGN([["Revenue growth"]], [["Grow revenue"], [null], [""]])).toEqual([[3]]);
  });

  it("gives #N/A without objectives or KPI text", () => {
    expect(thrown(() => ALIGN([["Revenue"]], [[null]])).message).toBe("objectives is empty: give the list of strategic objectives");
    expect(codeOf(one(ALIGN([[null]], OBJECTIVES)))).toBe("#N/A");
  });

  it("keeps an error cell to its own KPI; fails the call for an error in the shared objectives", () => {
    const out = ALIGN([["Revenue growth"], [errorCell("#N/A")]], OBJECTIVES);
    expect(out[0]).toEqual([3]);
    expect(codeOf(out[1]?.[0])).toBe("#N/A");
    expect(thrown(() => ALIGN([["Revenue"]], [["Grow revenue", errorCell("#REF!")]])).code).toBe("#VALUE!");
  });
});

describe("KPI.BESTOBJECTIVE", () => {
  it("names the best objective, #N/A when none relates", () => {
    const out = BESTOBJECTIVE([["Revenue growth"], ["客户满意度"], ["Office plants"]], OBJECTIVES);
    expect(out[0]).toEqual(["Grow revenue"]);
    expect(out[1]).toEqual(["提升客户满意度"]);
    expect(codeOf(out[2]?.[0])).toBe("#N/A");
    expect(messageOf(out[2]?.[0])).toBe("no objective relates to 'Office plants'");
  });

  it("follows an explicit link", () => {
    expect(BESTOBJECTIVE([["Office plants"]], OBJECTIVES, [["提升客户满意度"]])).toEqual([["提升客户满意度"]]);
  });

  it("says it in Chinese", () => {
    setLanguage("zh");
    expect(messageOf(one(BESTOBJECTIVE([["办公绿植"]], OBJECTIVES)))).toBe("没有与“办公绿植”相关的战略目标");
  });
});

describe("KPI.MATCHINDEX", () => {
  it("gives 100 when every objective is strongly covered by equally weighted, equally important KPIs in every perspective", () => {
    // C = 1, S = 1 (explicit links, strength 9), WC = 1 (weights 1/4 each = importance shares), H = 1 (one KPI per perspective)
    const index = MATCHINDEX(
      [["Revenue"], ["Customer satisfaction"], ["Cycle time"], ["Training hours"]],
      [[1], [1], [1], [1]],
      [["Grow revenue", "Delight customers", "Run lean", "Build skills"]],
      omitted,
      [["Grow revenue"], ["Delight customers"], ["Run lean"], ["Build skills"]],
      [["财务"], ["客户"], ["内部流程"], ["学习与成长"]],
    );
    expect(index).toBeCloseTo(100);
  });

  it("falls when an objective has no KPI", () => {
    // two of four objectives covered: C = 0.5, S = 0.5 → the index drops by 30·0.5 + 30·0.5 = 30 at least
    const index = MATCHINDEX(
      [["Revenue"], ["Customer satisfaction"]],
      [[1], [1]],
      [["Grow revenue", "Delight customers", "Run lean", "Build skills"]],
      omitted,
      [["Grow revenue"], ["Delight customers"]],
    );
    expect(index).toBeLessThanOrEqual(70 + 1e-9);
    expect(index).toBeGreaterThan(0);
  });

  it("gives #N/A without objectives or KPIs, #VALUE! for mismatched shapes and text weights", () => {
    expect(thrown(() => MATCHINDEX([["Revenue"]], [[1]], [[null]])).code).toBe("#N/A");
    expect(thrown(() => MATCHINDEX([[null]], [[null]], [["Grow revenue"]])).code).toBe("#N/A");
    expect(thrown(() => MATCHINDEX([["a"], ["b"]], [[1, 2]], [["Grow revenue"]])).code).toBe("#VALUE!");
    expect(thrown(() => MATCHINDEX([["a"]], [["heavy"]], [["Grow revenue"]])).message).toBe("kpiWeights is text 'heavy': give a number");
  });
});
