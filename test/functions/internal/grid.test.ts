import { cellsOf, isBlank, plain, readGrid, rowOf, shapeText } from "../../../src/functions/internal/grid";

describe("readGrid", () => {
  it("reads a 2-D range by row and column", () => {
    const grid = readGrid([[1, 2, 3], [4, 5, 6]]);
    expect([grid.rows, grid.cols, grid.omitted]).toEqual([2, 3, false]);
    expect(grid.at(1, 2)).toBe(6);
    expect(shapeText(grid)).toBe("2×3");
    expect(cellsOf(grid)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rowOf(grid, 1)).toEqual([4, 5, 6]);
  });

  it("marks an omitted argument (null or undefined) as one blank cell", () => {
    for (const arg of [null, undefined]) {
      const grid = readGrid(arg);
      expect([grid.rows, grid.cols, grid.omitted, grid.at(0, 0)]).toEqual([1, 1, true, null]);
    }
  });

  it("reads data-type values as their basic value, keeping error values as objects", () => {
    expect(readGrid([[{ type: "FormattedNumber", basicValue: 0.25 }]]).at(0, 0)).toBe(0.25);
    const error = { type: "Error", errorType: "Div0" };
    expect(readGrid([[error]]).at(0, 0)).toBe(error);
    expect(plain("x")).toBe("x");
  });
});

describe("isBlank", () => {
  it("treats null, undefined, \"\" and white space as blank, and nothing else", () => {
    expect([null, undefined, "", "  "].every(isBlank)).toBe(true);
    expect([0, "0", false, "-"].some(isBlank)).toBe(false);
  });
});
