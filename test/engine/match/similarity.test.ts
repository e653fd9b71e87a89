import { similarity, similarityOfCounts } from "../../../src/engine/match/similarity";
import { textStrength } from "../../../src/engine/match/strength";

describe("similarity", () => {
  it("is the mean of the two containments", () => {
    // shared 1 of 2 and 1 of 2: (1/2 + 1/2) / 2 = 0.5
    expect(similarity(["customer", "satisfaction"], ["customer", "experience"])).toBe(0.5);
    // shared 1 of 3 and 1 of 2: (1/3 + 1/2) / 2 = 5/12
    expect(similarity(["customer", "acquisition", "cost"], ["operat", "cost"])).toBeCloseTo(5 / 12, 12);
    // a long KPI text that contains the whole objective: (1/9 + 1/1) / 2 = 5/9
    expect(similarityOfCounts(1, 9, 1)).toBeCloseTo(5 / 9, 12);
    expect(similarity(["revenue"], ["revenue"])).toBe(1);
  });

  it("is 0 without shared concepts or with an empty side", () => {
    expect(similarity(["revenue"], ["cost"])).toBe(0);
    expect(similarity([], ["cost"])).toBe(0);
    expect(similarityOfCounts(0, 3, 3)).toBe(0);
    expect(similarityOfCounts(1, 0, 3)).toBe(0);
    expect(similarityOfCounts(Number.NaN, 1, 1)).toBe(0);
  });

  it("counts duplicates once and does not mutate its arguments", () => {
    const a = ["revenue", "revenue"];
    const b = ["revenue", "cost"];
    expect(similarity(a, b)).toBe(0.75); // (1/1 + 1/2) / 2
    expect(a).toEqual(["revenue", "revenue"]);
    expect(b).toEqual(["revenue", "cost"]);
  });
});

describe("textStrength", () => {
  it("maps the thresholds 0.5 and 0.2 to 3 and 1", () => {
    expect(textStrength(1)).toBe(3);
    expect(textStrength(0.5)).toBe(3);
    expect(textStrength(0.4999)).toBe(1);
    expect(textStrength(0.2)).toBe(1);
    expect(textStrength(0.1999)).toBe(0);
    expect(textStrength(0)).toBe(0);
    expect(textStrength(Number.NaN)).toBe(0);
  });
});
