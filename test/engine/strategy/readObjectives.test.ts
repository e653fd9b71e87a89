import { readObjectives } from "../../../src/engine/strategy/readObjectives";

const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);

describe("readObjectives", () => {
  it("finds the header below a title row and a blank row", () => {
    const read = readObjectives([
      ["FY2027 Strategy Map", null, null, null],
      [],
      ["Description", "Objective", "Priority", "Perspective"],
      ["Top-line growth in Asia", "Grow revenue", 3, "Financial"],
      ["", "Delight customers", "", "Customer perspective"],
      [null, null, null, null],
      ["", "Build talent", "High", "L&G"],
    ]);
    expect(read.headerRow).toBe(2);
    expect(read.objectives).toEqual([
      { name: "Grow revenue", weight: 3, row: 3, perspective: "financial", description: "Top-line growth in Asia" },
      { name: "Delight customers", weight: 1, row: 4, perspective: "customer" }, // blank weight → 1
      { name: "Build talent", weight: 3, row: 6, perspective: "learning" }, // High → 3
    ]);
    expect(read.issues).toEqual([]);
  });

  it("prefers the row with more recognised headers over a title that looks like one", () => {
    const read = readObjectives([["Strategy"], ["Objective", "Weight"], ["Grow revenue", 2]]);
    expect(read.headerRow).toBe(1);
    expect(read.objectives).toEqual([{ name: "Grow revenue", weight: 2, row: 2 }]);
  });

  it("reads a Chinese table with percentage weights", () => {
    const read = readObjectives([
      ["战略目标", "权重(%)", "维度", "说明"],
      ["提升营收", "40%", "财务", "营业收入同比增长"],
      ["提升客户满意度", "30%", "客户", null],
      ["优化内部流程", "３０％", "内部流程", ""],
    ]);
    expect(read.headerRow).toBe(0);
    expect(read.objectives).toEqual([
      { name: "提升营收", weight: 0.4, row: 1, perspective: "financial", description: "营业收入同比增长" },
      { name: "提升客户满意度", weight: 0.3, row: 2, perspective: "customer" },
      { name: "优化内部流程", weight: 0.3, row: 3, perspective: "process" }, // full-width ３０％
    ]);
  });

  it("reads a plain list of names, of any shape", () => {
    expect(readObjectives(["Grow revenue", null, "Delight customers", "#N/A", ""])).toEqual({
      objectives: [
        { name: "Grow revenue", weight: 1, row: 0 },
        { name: "Delight customers", weight: 1, row: 2 },
      ],
      headerRow: -1,
      issues: [],
    });
    const grid = readObjectives([
      ["Grow revenue", "Cut cost"],
      [null, "  Build talent  "],
    ]);
    expect(grid.objectives.map((o) => o.name)).toEqual(["Grow revenue", "Cut cost", "Build talent"]);
    expect(grid.headerRow).toBe(-1);
  });

  it("merges duplicate names into the first, with an issue", () => {
    const read = readObjectives([
      ["Goal", "Weight", "Perspective"],
      ["Grow revenue", 2, ""],
      ["grow  REVENUE!", 5, "财务"],
    ]);
    expect(read.objectives).toEqual([{ name: "Grow revenue", weight: 2, row: 1, perspective: "financial" }]);
    expect(read.issues).toMatchObject([{ code: "OBJECTIVE_DUPLICATE", row: 2, column: 0 }]);
    expect(codes(readObjectives(["A", "a", "Ａ"]).issues)).toEqual(["OBJECTIVE_DUPLICATE", "OBJECTIVE_DUPLICATE"]);
  });

  it("reports a bad weight and an unknown perspective", () => {
    const read = readObjectives([
      ["Strategic priority", "Weight", "Perspective"],
      ["Grow revenue", "lots", "Galactic"],
      ["Cut cost", -2, ""],
    ]);
    expect(read.objectives.map((o) => o.weight)).toEqual([1, 1]);
    expect(read.objectives[0]?.perspective).toBeUndefined();
    expect(read.issues).toMatchObject([
      { code: "OBJECTIVE_WEIGHT_INVALID", row: 1, column: 1 },
      { code: "OBJECTIVE_PERSPECTIVE_UNKNOWN", row: 1, column: 2 },
      { code: "OBJECTIVE_WEIGHT_INVALID", row: 2, column: 1 },
    ]);
  });

  it("reports when nothing is found, without throwing", () => {
    for (const input of [[], [[null, ""]], [["Objective"]], null, 42, "Grow revenue"]) {
      const read = readObjectives(input as unknown[][]);
      expect(read.objectives).toEqual([]);
      expect(codes(read.issues)).toEqual(["OBJECTIVES_EMPTY"]);
    }
  });

  it("does not mutate its argument", () => {
    const input = [["Objective", "Weight"], ["Grow revenue", "2"]];
    const copy = JSON.parse(JSON.stringify(input));
    readObjectives(Object.freeze(input.map((row) => Object.freeze(row))));
    expect(input).toEqual(copy);
  });
});
