import { codeOf, errorCell, messageOf, thrown } from "../support/customFunctions";
import { fail } from "../../../src/functions/internal/errors";
import { setLanguage } from "../../../src/functions/internal/locale";
import { type Param, defineFunction, defineScalar } from "../../../src/functions/internal/runner";

// Test doubles: readers that do not need the engine.
const num = (name: string): Param<number | undefined> => ({
  kind: "cell",
  name,
  read: (cell) => (cell === null || cell === undefined || cell === "" ? undefined : typeof cell === "number" ? cell : fail("#VALUE!", `${name} is text`)),
});
const line = (name: string): Param<unknown[]> => ({ kind: "rows", name, read: (cells) => [...cells] });
const list = (name: string): Param<number> => ({ kind: "shared", name, read: (grid) => grid.rows * grid.cols });

const ADD = defineFunction({
  name: "ADD",
  params: [num("a"), num("b")],
  body: ([a, b]) => (a === undefined || b === undefined ? fail("#N/A", "blank") : a + b),
});

afterEach(() => setLanguage(undefined));

describe("defineFunction: pairing and spilling", () => {
  it("gives a 1×1 result for single cells (Excel passes [[x]])", () => {
    expect(ADD([[2]], [[3]])).toEqual([[5]]);
  });

  it("pairs same-shaped ranges cell by cell and spills with their shape", () => {
    // 1+10, 2+20 / 3+30, 4+40
    expect(ADD([[1, 2], [3, 4]], [[10, 20], [30, 40]])).toEqual([[11, 22], [33, 44]]);
  });

  it("pairs a single cell with every cell of a range", () => {
    expect(ADD([[1], [2], [3]], [[100]])).toEqual([[101], [102], [103]]);
    expect(ADD([[100]], [[1, 2, 3]])).toEqual([[101, 102, 103]]);
  });

  it("gives one #VALUE! naming both shapes when shapes differ", () => {
    setLanguage("en");
    const error = thrown(() => ADD([[1], [2], [3]], [[1], [2]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("a is 3×1 but b is 2×1: give ranges of the same shape, or a single cell");
  });

  it("treats an N×1 and a 1×N range as different shapes", () => {
    expect(thrown(() => ADD([[1], [2]], [[1, 2]])).code).toBe("#VALUE!");
  });

  it("puts a bad cell's error in its own result cell, never failing the whole array", () => {
    const out = ADD([[1], ["x"], [null], [4]], [[1]]);
    expect(out[0]).toEqual([2]);
    expect(codeOf(out[1]?.[0])).toBe("#VALUE!");
    expect(messageOf(out[1]?.[0])).toBe("a is text");
    expect(codeOf(out[2]?.[0])).toBe("#N/A");
    expect(out[3]).toEqual([5]);
  });

  it("treats null, undefined and an omitted argument alike as blank", () => {
    expect(codeOf(ADD([[null]], [[1]])[0]?.[0])).toBe("#N/A");
    expect(codeOf(ADD(undefined, [[1]])[0]?.[0])).toBe("#N/A");
    expect(codeOf(ADD(null, [[1]])[0]?.[0])).toBe("#N/A");
  });

  it("reads scalars, 1-D, ragged and empty arrays defensively", () => {
    expect(ADD(2, 3)).toEqual([[5]]);
    expect(ADD([1, 2], [[10]])).toEqual([[11, 12]]);
    const ragged = ADD([[1, 2], [3]], [[1]]);
    expect(ragged[0]).toEqual([2, 3]);
    expect(codeOf(ragged[1]?.[1])).toBe("#N/A"); // the missing cell reads as blank
    expect(codeOf(ADD([], [[1]])[0]?.[0])).toBe("#N/A");
  });
});

describe("defineFunction: error cells in ranges", () => {
  it("passes an input error through to that result cell, with its message", () => {
    setLanguage("en");
    const out = ADD([[1], [errorCell("#DIV/0!")], [errorCell("#N/A", "no data yet")]], [[1]]);
    expect(out[0]).toEqual([2]);
    expect(codeOf(out[1]?.[0])).toBe("#DIV/0!");
    expect(messageOf(out[1]?.[0])).toBeUndefined(); // #DIV/0! carries no message in Excel
    expect(codeOf(out[2]?.[0])).toBe("#N/A");
    expect(messageOf(out[2]?.[0])).toBe("a shows #N/A (no data yet)");
  });

  it("turns input errors a function may not return (#REF!, #NAME?) into #VALUE! saying which", () => {
    setLanguage("en");
    const out = ADD([[errorCell("#REF!")]], [[1]]);
    expect(codeOf(out[0]?.[0])).toBe("#VALUE!");
    expect(messageOf(out[0]?.[0])).toBe("a shows #REF!: fix that cell first");
  });

  it("reads rich error values ({ type: 'Error' }) as errors too", () => {
    expect(codeOf(ADD([[{ type: "Error", basicValue: "#NUM!", errorType: "Num" }]], [[1]])[0]?.[0])).toBe("#NUM!");
  });

  it("says it in Chinese when Excel's display language is Chinese", () => {
    setLanguage("zh");
    expect(messageOf(ADD([[errorCell("#REF!")]], [[1]])[0]?.[0])).toBe("a为错误值 #REF!：请先修正该单元格");
  });
});

describe("defineFunction: rows and shared parameters", () => {
  const LAST = defineFunction({
    name: "LAST",
    params: [line("history"), num("k")],
    body: ([history, k]) => `${history.join(",")}|${k ?? ""}`,
  });

  it("reads one row or one column as the single KPI's line", () => {
    expect(LAST([[1, 2, 3]], null)).toEqual([["1,2,3|"]]);
    expect(LAST([[1], [2], [3]], [[7]])).toEqual([["1,2,3|7"]]);
  });

  it("gives row i to KPI i", () => {
    expect(LAST([[1, 2], [3, 4]], [[7], [8]])).toEqual([["1,2|7"], ["3,4|8"]]);
  });

  it("makes one result per row of an N×P block when every other argument is one cell", () => {
    expect(LAST([[1, 2], [3, 4], [5, 6]], [[9]])).toEqual([["1,2|9"], ["3,4|9"], ["5,6|9"]]);
  });

  it("fails the call when the rows do not match the KPIs", () => {
    setLanguage("en");
    const error = thrown(() => LAST([[1, 2], [3, 4]], [[7], [8], [9]]));
    expect(error.message).toBe("history has 2 row(s) but there are 3 KPIs: give one row per KPI");
  });

  it("puts an error cell of a line into that KPI's result only", () => {
    const out = LAST([[1, 2], [errorCell("#N/A"), 4]], [[7], [8]]);
    expect(out[0]).toEqual(["1,2|7"]);
    expect(codeOf(out[1]?.[0])).toBe("#N/A");
  });

  const COUNT = defineScalar({ name: "COUNT", params: [list("items")], body: ([n]) => (n > 3 ? fail("#NUM!") : n) });

  it("reads shared arguments once and returns a scalar", () => {
    expect(COUNT([[1, 2, 3]])).toBe(3); // 1×3 block = 3 cells
  });

  it("throws the body's error for a scalar function", () => {
    expect(thrown(() => COUNT([[1, 2], [3, 4]])).code).toBe("#NUM!"); // 4 cells > 3
  });

  it("fails the whole call for an error cell in a shared argument (as SUM does)", () => {
    expect(thrown(() => COUNT([[1, errorCell("#DIV/0!")]])).code).toBe("#DIV/0!");
  });
});

describe("defineFunction: never an unhandled exception", () => {
  it("turns a crash in one cell's body into #VALUE! in that cell", () => {
    setLanguage("en");
    const CRASH = defineFunction({
      name: "CRASH",
      params: [num("a")],
      body: ([a]) => {
        if (a === 2) throw new TypeError("boom");
        return a ?? 0;
      },
    });
    const out = CRASH([[1], [2]]);
    expect(out[0]).toEqual([1]);
    expect(codeOf(out[1]?.[0])).toBe("#VALUE!");
    expect(messageOf(out[1]?.[0])).toBe("KPI.CRASH could not compute this (boom): please report it");
  });

  it("does not mutate its arguments", () => {
    const a = [[1], [2]];
    const b = [[3]];
    ADD(a, b);
    expect(a).toEqual([[1], [2]]);
    expect(b).toEqual([[3]]);
  });
});
