import { omitted, codeOf, errorCell, messageOf, thrown } from "./support/customFunctions";
import { ATTAINMENT, BAND, SCORE, STATUS, WEIGHTED } from "../../src/functions/functions";
import { setLanguage } from "../../src/functions/internal/locale";

// Excel passes every `any[][]` parameter as a 2-D array, even for one cell: [[x]].
const one = (grid: unknown[][]) => grid[0]?.[0];

afterEach(() => setLanguage(undefined));
beforeEach(() => setLanguage("en"));

describe("KPI.ATTAINMENT", () => {
  it("computes DOMAIN §2 ratios for each direction", () => {
    expect(one(ATTAINMENT([[90]], [[100]]))).toBeCloseTo(0.9); // 1 + (90 − 100)/100
    expect(one(ATTAINMENT([[80]], [[100]], [["lower"]]))).toBeCloseTo(1.2); // 1 − (80 − 100)/100
    expect(one(ATTAINMENT([[105]], [[100]], [["target"]]))).toBeCloseTo(0.95); // 1 − |105 − 100|/100
    expect(one(ATTAINMENT([[-90]], [[-100]]))).toBeCloseTo(1.1); // 1 + (−90 + 100)/|−100|
  });

  it("measures progress from a baseline", () => {
    expect(one(ATTAINMENT([[8]], [[6]], [["lower"]], [[10]]))).toBeCloseTo(0.5); // (8 − 10)/(6 − 10)
    expect(one(ATTAINMENT([[70]], [[100]], omitted, [[50]]))).toBeCloseTo(0.4); // (70 − 50)/(100 − 50)
  });

  it("scores a zero target pass/fail: on target gives 1 only for A = 0", () => {
    expect(one(ATTAINMENT([[0]], [[0]], [["target"]]))).toBe(1);
    expect(one(ATTAINMENT([[0.1]], [[0]], [["target"]]))).toBe(0);
    expect(one(ATTAINMENT([[3]], [[0]], [["lower"]]))).toBe(0);
  });

  it("spills with the range's shape, pairing a single target with every actual", () => {
    // 90/100, 110/100, 120/100 → 0.9, 1.1, 1.2 (row)
    const out = ATTAINMENT([[90, 110, 120]], [[100]]);
    expect(out).toHaveLength(1);
    expect(out[0]?.map((v) => Math.round((v as number) * 100) / 100)).toEqual([0.9, 1.1, 1.2]);
  });

  it("pairs same-shaped actual, target and direction cell by cell", () => {
    const out = ATTAINMENT([[90], [80]], [[100], [100]], [["higher"], ["lower"]]);
    expect(out[0]?.[0]).toBeCloseTo(0.9); // higher: 1 + (90 − 100)/100
    expect(out[1]?.[0]).toBeCloseTo(1.2); // lower: 1 − (80 − 100)/100
  });

  it("reads Chinese directions and messy numbers", () => {
    expect(one(ATTAINMENT([["¥90万"]], [["100万"]], [["越高越好"]]))).toBeCloseTo(0.9); // 900000/1000000
    expect(one(ATTAINMENT([["8%"]], [["10%"]], [["越低越好"]]))).toBeCloseTo(1.2); // 1 − (0.08 − 0.1)/0.1
    expect(one(ATTAINMENT([[95]], [[100]], [["反向"]]))).toBeCloseTo(1.05); // lower: 1 − (95 − 100)/100
  });

  it("gives #N/A for a blank actual or target (null and \"\" alike)", () => {
    expect(codeOf(one(ATTAINMENT([[null]], [[100]])))).toBe("#N/A");
    expect(messageOf(one(ATTAINMENT([[""]], [[100]])))).toBe("actual is blank: nothing to score yet");
    expect(messageOf(one(ATTAINMENT([[90]], [[""]])))).toBe("target is blank: give the target to compare the actual with");
  });

  it("gives #VALUE! saying what to fix for text, booleans and unknown directions", () => {
    expect(messageOf(one(ATTAINMENT([[90]], [["high"]])))).toBe("target is text 'high': give a number");
    expect(messageOf(one(ATTAINMENT([[true]], [[100]])))).toBe("actual is TRUE: give a number, not TRUE/FALSE");
    expect(codeOf(one(ATTAINMENT([[90]], [[100]], [["sideways"]])))).toBe("#VALUE!");
  });

  it("points a range direction to KPI.BAND", () => {
    const cell = one(ATTAINMENT([[90]], [[100]], [["区间"]]));
    expect(codeOf(cell)).toBe("#VALUE!");
    expect(messageOf(cell)).toContain("KPI.BAND");
  });

  it("keeps a bad cell's error in its own cell and passes error cells through", () => {
    const out = ATTAINMENT([[90], ["n.a."], [errorCell("#DIV/0!")], [110]], [[100]]);
    expect(out[0]?.[0]).toBeCloseTo(0.9);
    expect(codeOf(out[1]?.[0])).toBe("#VALUE!");
    expect(codeOf(out[2]?.[0])).toBe("#DIV/0!");
    expect(out[3]?.[0]).toBeCloseTo(1.1);
  });

  it("gives one #VALUE! naming the shapes when ranges do not pair", () => {
    const error = thrown(() => ATTAINMENT([[1], [2], [3]], [[1], [2]]));
    expect(error.message).toBe("actual is 3×1 but target is 2×1: give ranges of the same shape, or a single cell");
  });

  it("speaks Chinese when Excel does", () => {
    setLanguage("zh");
    expect(messageOf(one(ATTAINMENT([[90]], [["高"]])))).toBe("目标值是文本“高”：请填写数值");
  });

  it("does not mutate its arguments", () => {
    const actual = [[90], [null]];
    ATTAINMENT(actual, [[100]]);
    expect(actual).toEqual([[90], [null]]);
  });
});

describe("KPI.SCORE", () => {
  it("clamps attainment to [0, 1.2] by default", () => {
    const out = SCORE([[130], [50], [-10]], [[100]]);
    expect(out).toEqual([[1.2], [0.5], [0]]); // 1.3 → cap 1.2; 0.5; −0.1 → floor 0
  });

  it("takes a floor and a cap", () => {
    expect(one(SCORE([[130]], [[100]], omitted, omitted, [[0]], [[1.5]]))).toBeCloseTo(1.3);
    expect(one(SCORE([[20]], [[100]], omitted, omitted, [[0.5]], omitted))).toBe(0.5); // 0.2 → floor 0.5
  });

  it("propagates attainment errors per cell", () => {
    const out = SCORE([[null], [90]], [[100]]);
    expect(codeOf(out[0]?.[0])).toBe("#N/A");
    expect(out[1]?.[0]).toBeCloseTo(0.9);
    expect(codeOf(one(SCORE([[90]], [[100]], [["range"]])))).toBe("#VALUE!");
  });

  it("reads Chinese directions and full-width percentages", () => {
    // lower is better: 1 − (0.12 − 0.1)/0.1 = 0.8
    expect(one(SCORE([["１２％"]], [["10%"]], [["越低越好"]]))).toBeCloseTo(0.8);
  });

  it("reports a text floor", () => {
    expect(messageOf(one(SCORE([[90]], [[100]], omitted, omitted, [["low"]])))).toBe("floor is text 'low': give a number");
  });
});

describe("KPI.BAND", () => {
  it("is 1 inside the band and falls off relative to the nearer bound", () => {
    expect(BAND([[100], [121], [81]], [[90]], [[110]])).toEqual([[1], [0.9], [0.9]]); // 1 − 11/110; 1 − 9/90
  });

  it("swaps bounds given high to low", () => {
    expect(one(BAND([[121]], [[110]], [[90]]))).toBeCloseTo(0.9);
  });

  it("gives #DIV/0! when the nearer bound is 0 and the actual is outside", () => {
    expect(codeOf(one(BAND([[-5]], [[0]], [[10]])))).toBe("#DIV/0!");
  });

  it("gives #N/A for a blank actual and #VALUE! for a missing bound", () => {
    expect(codeOf(one(BAND([[null]], [[90]], [[110]])))).toBe("#N/A");
    expect(messageOf(one(BAND([[100]], [[90]], [[null]])))).toBe("low and high are needed: give both bounds of the target band");
  });

  it("reads percentages written as text, full width included", () => {
    expect(one(BAND([["97%"]], [["95%"]], [["98%"]]))).toBe(1);
    expect(one(BAND([["９７％"]], [["９５％"]], [["９８％"]]))).toBe(1);
  });
});

describe("KPI.STATUS", () => {
  it("uses 1.0 / 0.9 by default", () => {
    expect(STATUS([[1.05], [1], [0.95], [0.9], [0.5]])).toEqual([["On track"], ["On track"], ["At risk"], ["At risk"], ["Off track"]]);
  });

  it("says No data for a blank score", () => {
    expect(STATUS([[null], [""]])).toEqual([["No data"], ["No data"]]);
  });

  it("takes thresholds, per cell or for all", () => {
    expect(STATUS([[0.95]], [[0.95]])).toEqual([["On track"]]);
    expect(STATUS([[0.85], [0.85]], [[1], [1]], [[0.8], [0.9]])).toEqual([["At risk"], ["Off track"]]);
  });

  it("reads scores written as Chinese-style percentages", () => {
    expect(STATUS([["９５％"], ["100%"]])).toEqual([["At risk"], ["On track"]]);
  });

  it("gives #VALUE! for a text score and passes error scores through", () => {
    expect(codeOf(one(STATUS([["good"]])))).toBe("#VALUE!");
    expect(codeOf(one(STATUS([[errorCell("#N/A")]])))).toBe("#N/A");
  });
});

describe("KPI.WEIGHTED", () => {
  it("computes Σ sᵢwᵢ / Σ wᵢ with relative weights", () => {
    // (1·40 + 0.8·30 + 0.5·30) / 100 = 0.79; 4/3/3 gives the same
    expect(WEIGHTED([[1], [0.8], [0.5]], [[40], [30], [30]])).toBeCloseTo(0.79);
    expect(WEIGHTED([[1], [0.8], [0.5]], [[4], [3], [3]])).toBeCloseTo(0.79);
    expect(WEIGHTED([[1, 0.8, 0.5]], [["40%", "30%", "30%"]])).toBeCloseTo(0.79);
  });

  it("uses equal weights when every weight is blank", () => {
    expect(WEIGHTED([[1], [0.5]], [[null], [null]])).toBeCloseTo(0.75); // (1 + 0.5)/2
    expect(WEIGHTED([[1], [0.5]], omitted)).toBeCloseTo(0.75);
  });

  it("skips blank scores and leaves out scored KPIs whose weight is blank", () => {
    expect(WEIGHTED([[1], [null], [0.5]], [[1], [1], [3]])).toBeCloseTo(0.625); // (1·1 + 0.5·3)/4
    expect(WEIGHTED([[1], [0.2], [0.5]], [[1], [null], [3]])).toBeCloseTo(0.625); // 0.2 left out
  });

  it("gives #N/A when there is nothing to total", () => {
    expect(thrown(() => WEIGHTED([[null], [""]], [[1], [1]])).message).toBe("scores are all blank: nothing to total");
    expect(thrown(() => WEIGHTED([[1], [null]], [[null], [2]])).code).toBe("#N/A"); // the scored KPI has no weight
  });

  it("gives #DIV/0! when the weights add up to 0", () => {
    expect(thrown(() => WEIGHTED([[1], [0.5]], [[0], [0]])).code).toBe("#DIV/0!");
  });

  it("gives #VALUE! for negative weights, text and mismatched shapes", () => {
    expect(thrown(() => WEIGHTED([[1], [0.5]], [[-1], [2]])).message).toBe("weight -1 is negative: give weights of 0 or more");
    expect(thrown(() => WEIGHTED([[1], ["good"]], [[1], [1]])).message).toBe("scores is text 'good': give a number");
    expect(thrown(() => WEIGHTED([[1], [0.5]], [[1, 2]])).message).toBe("scores is 2×1 but weights is 1×2: give ranges of the same shape, or a single cell");
  });

  it("fails as a whole on an error cell, as SUM does", () => {
    expect(thrown(() => WEIGHTED([[1], [errorCell("#DIV/0!")]], [[1], [1]])).code).toBe("#DIV/0!");
  });

  it("reads Chinese weights", () => {
    expect(WEIGHTED([[1], [0.5]], [["３０％"], ["７０％"]])).toBeCloseTo(0.65); // 1·0.3 + 0.5·0.7
  });
});
