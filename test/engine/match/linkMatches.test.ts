import { linkMatches } from "../../../src/engine/match/linkMatches";

describe("linkMatches", () => {
  it("matches the same name up to case, spaces, punctuation and full-width forms", () => {
    expect(linkMatches("Grow revenue", "Grow revenue")).toBe(true);
    expect(linkMatches(" grow  REVENUE! ", "Grow revenue")).toBe(true);
    expect(linkMatches("ＧＲＯＷ　ＲＥＶＥＮＵＥ", "Grow revenue")).toBe(true);
    expect(linkMatches("「提升客户满意度」", "提升 客户满意度")).toBe(true);
  });

  it("ignores function words", () => {
    expect(linkMatches("Grow the revenue", "grow revenue")).toBe(true);
  });

  it("accepts abbreviations: known ones, capital initials and shortened words", () => {
    expect(linkMatches("CX", "Customer Experience")).toBe(true); // known abbreviation
    expect(linkMatches("CE", "Customer Experience")).toBe(true); // initials
    expect(linkMatches("Grow Rev.", "Grow revenue")).toBe(true); // rev… prefixes revenue
    expect(linkMatches("Cust. Sat.", "Customer satisfaction")).toBe(true);
    expect(linkMatches("Customer Experience", "CX")).toBe(true); // either side may be abbreviated
  });

  it("accepts small typos, more for longer names", () => {
    expect(linkMatches("customer experiance", "Customer Experience")).toBe(true); // 1 edit in 18 letters
    expect(linkMatches("Grow revnue", "Grow revenue")).toBe(true); // 1 deletion in 11 letters
    expect(linkMatches("Grwo revenue", "Grow revenue")).toBe(true); // a swap counts 1
    expect(linkMatches("提升客户满意度", "提高客户满意度")).toBe(true); // 1 of 7 characters
  });

  it("rejects different objectives", () => {
    expect(linkMatches("Reduce cost", "Grow revenue")).toBe(false);
    expect(linkMatches("Cost", "Cast")).toBe(false); // 4 letters: no typo allowed
    expect(linkMatches("提升营收", "提升营销")).toBe(false); // 4 characters: no typo allowed
    expect(linkMatches("Grow", "Grow revenue")).toBe(false); // a part is not the whole
    expect(linkMatches("ce", "Customer Experience")).toBe(false); // initials must be written as capitals
    expect(linkMatches("Grow revenue in Asia", "Grow revenue")).toBe(false);
  });

  it("is false for blank or non-text input", () => {
    expect(linkMatches("", "Grow revenue")).toBe(false);
    expect(linkMatches("  ", "")).toBe(false);
    expect(linkMatches(undefined as unknown as string, "Grow revenue")).toBe(false);
    expect(linkMatches("Grow revenue", 3 as unknown as string)).toBe(false);
  });
});
