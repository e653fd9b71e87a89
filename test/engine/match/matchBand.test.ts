import { matchBand } from "../../../src/engine/match/matchBand";

describe("matchBand", () => {
  it("puts the edges where DOMAIN §4 says: > 75 strong, 60–75 moderate, < 60 weak", () => {
    expect(matchBand(100)).toBe("strong");
    expect(matchBand(75.0001)).toBe("strong");
    expect(matchBand(75)).toBe("moderate");
    expect(matchBand(60)).toBe("moderate");
    expect(matchBand(59.9999)).toBe("weak");
    expect(matchBand(0)).toBe("weak");
  });

  it("is weak for NaN", () => {
    expect(matchBand(Number.NaN)).toBe("weak");
  });
});
